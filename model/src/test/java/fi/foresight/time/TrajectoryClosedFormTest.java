package fi.foresight.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.Horizon;
import fi.foresight.model.Model;
import fi.foresight.model.TimeProcess;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trajectories of processes whose distribution per year is known in closed form, within 5 standard errors. */
class TrajectoryClosedFormTest {
    private static final int N = 20_000;

    @Test
    void randomWalkWithDriftHasMeanX0PlusTMuAndVarianceVarX0PlusTSigma2() {
        double x0 = 10;
        double sd0 = 2;
        double mu = 0.5;
        double sigma = 1.5;
        Model m = Model.builder("walk").horizon(2019, 2030)
                .variable(Driver.of("x", Normal.of(x0, sd0)).process(TimeProcess.randomWalk(mu, sigma)))
                .outcome("y", "x")
                .build();
        OutcomeTrajectory y = Trajectories.of(m).samples(N).seed(11).threads(1).run().outcome("base", "none", "y");
        assertEquals(12, y.years().size());
        for (int t = 0; t < 12; t++) {
            YearStatistics s = y.years().get(t);
            assertEquals(2019 + t, s.year());
            double mean = x0 + t * mu;
            double variance = sd0 * sd0 + t * sigma * sigma;
            double seMean = Math.sqrt(variance / N);
            assertEquals(mean, s.mean(), 5 * seMean, "mean in " + s.year());
            // x_t is normal, so the sample variance has standard error sqrt(2 / (n - 1)) * variance
            double seVar = Math.sqrt(2.0 / (N - 1)) * variance;
            assertEquals(variance, s.variance(), 5 * seVar, "variance in " + s.year());
        }
    }

    @Test
    void geometricWalkHasLogNormalMean() {
        double mu = 0.02;
        double sigma = 0.1;
        Model m = Model.builder("gbm").horizon(Horizon.of(2020, 2030))
                .variable(Driver.of("x", Fixed.of(1)).process(TimeProcess.geometricRandomWalk(mu, sigma)))
                .outcome("y", "x")
                .build();
        OutcomeTrajectory y = Trajectories.of(m).samples(N).seed(3).threads(2).run().outcome("base", "none", "y");
        for (int t = 0; t <= 10; t++) {
            double mean = Math.exp(t * mu + t * sigma * sigma / 2);
            double variance = Math.exp(2 * t * mu + t * sigma * sigma) * (Math.exp(t * sigma * sigma) - 1);
            assertEquals(mean, y.years().get(t).mean(), 5 * Math.sqrt(variance / N) + 1e-12, "year " + (2020 + t));
            // the median of a lognormal is exp(t * mu)
            double median = Math.exp(t * mu);
            assertEquals(median, y.years().get(t).percentile(50), 0.02 * median + 1e-12);
        }
    }

    @Test
    void deterministicGrowthIsReproducedExactly() {
        Model m = Model.builder("growth").horizon(2019, 2030)
                .variable(Driver.of("x", Fixed.of(100)).process(TimeProcess.growth(0.05)))
                .outcome("y", "x")
                .outcome("total", "prev(total) + x")
                .outcome("age", "year - 2019")
                .build();
        TrajectoryResult r = Trajectories.of(m).samples(5000).seed(1).threads(2).run();
        OutcomeTrajectory y = r.outcome("base", "none", "y");
        OutcomeTrajectory total = r.outcome("base", "none", "total");
        OutcomeTrajectory age = r.outcome("base", "none", "age");
        double x = 100;
        double sum = 0;
        for (int t = 0; t < 12; t++) {
            if (t > 0) {
                x = x * (1 + 0.05);
            }
            sum = sum + x;
            for (int p : new int[] {1, 5, 25, 50, 75, 95, 99}) {
                assertEquals(x, y.years().get(t).percentile(p), 0.0, "growth p" + p + " in " + (2019 + t));
                assertEquals(sum, total.years().get(t).percentile(p), 0.0, "stock in " + (2019 + t));
            }
            assertEquals(x, y.years().get(t).mean(), 1e-12 * x);
            assertEquals(0.0, y.years().get(t).sd(), 1e-9);
            assertEquals(t, age.years().get(t).percentile(50), 0.0);
            for (double[] path : y.samplePaths()) {
                assertEquals(x, path[t], 0.0);
            }
        }
        assertEquals(Trajectories.DEFAULT_SAMPLE_PATHS, y.samplePaths().length);
    }

    @Test
    void uncertainGrowthRateCompoundsInExpectation() {
        double a = 0.0;
        double b = 0.06;
        Model m = Model.builder("growth").horizon(2019, 2030)
                .variable(Driver.of("x", Fixed.of(1)).process(TimeProcess.growth(Uniform.of(a, b))))
                .outcome("y", "x")
                .build();
        OutcomeTrajectory y = Trajectories.of(m).samples(N).seed(5).threads(1).run().outcome("base", "none", "y");
        for (int t = 1; t < 12; t++) {
            // E[(1 + r)^t] and E[(1 + r)^2t] for r ~ U(a, b)
            double m1 = moment(a, b, t);
            double variance = moment(a, b, 2 * t) - m1 * m1;
            assertEquals(m1, y.years().get(t).mean(), 5 * Math.sqrt(variance / N), "year " + (2019 + t));
        }
        // one rate per path: every path grows at a constant rate
        for (double[] path : y.samplePaths()) {
            double r = path[1] / path[0];
            assertTrue(r >= 1 + a && r <= 1 + b);
            for (int t = 2; t < path.length; t++) {
                assertEquals(r, path[t] / path[t - 1], 1e-12);
            }
        }
    }

    private static double moment(double a, double b, int k) {
        return (Math.pow(1 + b, k + 1) - Math.pow(1 + a, k + 1)) / ((k + 1) * (b - a));
    }

    @Test
    void milestonesAreFollowedWithLinearInterpolation() {
        Model m = Model.builder("path").horizon(2019, 2030)
                .variable(Driver.of("x", Fixed.of(10))
                        .process(TimeProcess.milestones(Map.of(2019, 10.0, 2025, 22.0, 2030, 12.0))))
                .variable(Driver.of("shifted", Normal.of(0, 1))
                        .process(TimeProcess.milestones(Map.of(2019, 0.0, 2030, 11.0))))
                .outcome("y", "x")
                .outcome("z", "shifted")
                .build();
        TrajectoryResult r = Trajectories.of(m).samples(2000).seed(2).threads(1).run();
        double[] expected = {10, 12, 14, 16, 18, 20, 22, 20, 18, 16, 14, 12};
        double[] median = r.outcome("base", "none", "y").percentile(50);
        for (int t = 0; t < 12; t++) {
            assertEquals(expected[t], median[t], 1e-12, "year " + (2019 + t));
        }
        // an uncertain start shifts the path: every sample path rises by exactly 1 a year
        for (double[] path : r.outcome("base", "none", "z").samplePaths()) {
            for (int t = 1; t < 12; t++) {
                assertEquals(1.0, path[t] - path[t - 1], 1e-12);
            }
        }
    }

    @Test
    void fiveYearStepsMoveFiveYearsAtOnce() {
        Model m = Model.builder("steps").horizon(new Horizon(2020, 2050, 5))
                .variable(Driver.of("x", Fixed.of(0)).process(TimeProcess.randomWalk(1, 2)))
                .variable(Driver.of("g", Fixed.of(1)).process(TimeProcess.growth(0.1)))
                .outcome("y", "x")
                .outcome("h", "g")
                .build();
        TrajectoryResult r = Trajectories.of(m).samples(N).seed(8).threads(1).run();
        OutcomeTrajectory y = r.outcome("base", "none", "y");
        assertEquals(7, y.years().size());
        for (int t = 0; t < 7; t++) {
            double years = 5.0 * t;
            assertEquals(years, y.years().get(t).mean(), 5 * Math.sqrt(4 * years / N) + 1e-12);
            assertEquals(Math.pow(1.1, years), r.outcome("base", "none", "h").years().get(t).percentile(50),
                    1e-12 * Math.pow(1.1, years));
        }
    }
}

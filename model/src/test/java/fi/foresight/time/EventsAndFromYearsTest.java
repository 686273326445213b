package fi.foresight.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.model.TimeEvent;
import fi.foresight.model.TimeProcess;
import org.junit.jupiter.api.Test;

/** Events switching values and processes in their year, and scenarios and levers acting from a year. */
class EventsAndFromYearsTest {
    private static final int N = 20_000;

    /** An event with probability 0.8 in 2020 (25 %) or 2022 (75 %) sets x from 0 to 1. */
    private static Model switching() {
        return Model.builder("switch").horizon(2019, 2025)
                .variable(Driver.of("x", Fixed.of(0)))
                .variable(Driver.of("z", Fixed.of(100)))
                .event(TimeEvent.of("funding", Discrete.of(new double[] {2020, 2022}, new double[] {0.25, 0.75}))
                        .probability(0.8).set("x", 1))
                .event(TimeEvent.in("shock", 2021).process("z", TimeProcess.growth(0.1)))
                .outcome("y", "x")
                .outcome("w", "z")
                .target(Target.atLeast("y", 1))
                .build();
    }

    @Test
    void anEventSetsTheValueFromTheYearItHappensIn() {
        TrajectoryResult r = Trajectories.of(switching()).samples(N).seed(4).threads(2).run();
        double[] expected = {0, 0.2, 0.2, 0.8, 0.8, 0.8, 0.8};
        OutcomeTrajectory y = r.outcome("base", "none", "y");
        for (int t = 0; t < expected.length; t++) {
            double p = expected[t];
            assertEquals(p, y.years().get(t).mean(), 5 * Math.sqrt(p * (1 - p) / N) + 1e-12, "year " + (2019 + t));
        }
        FirstPassage f = r.firstPassage("base", "none", "y");
        double[] first = {0, 0.2, 0, 0.6, 0, 0, 0};
        for (int t = 0; t < first.length; t++) {
            double p = first[t];
            assertEquals(p, f.probability(2019 + t), 5 * Math.sqrt(p * (1 - p) / N) + 1e-12, "first in " + (2019 + t));
        }
        assertEquals(0.2, f.notReachedShare(), 5 * Math.sqrt(0.16 / N));
        assertEquals(N, f.n());
        assertEquals(2022, f.medianYear().orElseThrow());
        // every sample path is 0 until its event year, then 1
        for (double[] path : y.samplePaths()) {
            int switchYear = -1;
            for (int t = 0; t < path.length; t++) {
                if (path[t] == 1 && switchYear < 0) {
                    switchYear = 2019 + t;
                }
                assertEquals(switchYear < 0 ? 0.0 : 1.0, path[t], 0.0);
            }
            assertTrue(switchYear == -1 || switchYear == 2020 || switchYear == 2022, "switched in " + switchYear);
        }
        // the exceedance in each year is the mean of the indicator
        TargetExceedance e = r.run("base", "none").exceedance().get(0);
        for (int t = 0; t < expected.length; t++) {
            assertEquals(y.years().get(t).mean(), e.probability(t), 1e-12);
        }
    }

    @Test
    void anEventSwitchesTheProcessIntoItsYear() {
        OutcomeTrajectory w = Trajectories.of(switching()).samples(1000).seed(4).threads(1).run()
                .outcome("base", "none", "w");
        double[] expected = {100, 100, 100 * 1.1, 100 * 1.1 * 1.1, 100 * 1.1 * 1.1 * 1.1,
                100 * 1.1 * 1.1 * 1.1 * 1.1, 100 * 1.1 * 1.1 * 1.1 * 1.1 * 1.1};
        assertArrayEquals(expected, w.percentile(1), 0.0);
        assertArrayEquals(expected, w.percentile(99), 0.0);
    }

    @Test
    void anEventYearOutsideTheHorizonIsClampedOrNeverHappens() {
        Model m = Model.builder("outside").horizon(2019, 2022)
                .variable(Driver.of("x", Fixed.of(0)))
                .event(TimeEvent.of("early_or_late", Uniform.of(2010, 2040)).set("x", 1))
                .outcome("y", "x")
                .build();
        OutcomeTrajectory y = Trajectories.of(m).samples(N).seed(6).threads(1).run().outcome("base", "none", "y");
        // floor(year) <= 2019 (prob 10/30) counts from 2019; 2020, 2021, 2022 add 1/30 each; later never
        for (int t = 0; t < 4; t++) {
            double p = (10.0 + t) / 30;
            assertEquals(p, y.years().get(t).mean(), 5 * Math.sqrt(p * (1 - p) / N), "year " + (2019 + t));
        }
    }

    @Test
    void aScenarioFromAYearLeavesEarlierYearsExactlyAsTheBase() {
        Model m = Model.builder("from").horizon(2019, 2030)
                .variable(Driver.of("x", Normal.of(10, 2)).process(TimeProcess.randomWalk(0.2, 1)))
                .outcome("y", "x")
                .scenario(Scenario.of("push").shift("x", 5).from(2024))
                .build();
        TrajectoryResult r = Trajectories.of(m).samples(5000).seed(9).threads(2).run();
        OutcomeTrajectory base = r.outcome("base", "none", "y");
        OutcomeTrajectory push = r.outcome("push", "none", "y");
        for (int t = 0; t < 12; t++) {
            YearStatistics b = base.years().get(t);
            YearStatistics p = push.years().get(t);
            if (2019 + t < 2024) {
                assertEquals(b, p, "before 2024 the scenario does not act: " + (2019 + t));
            } else {
                // the same random numbers, shifted by 5: equal up to rounding
                assertEquals(b.mean() + 5, p.mean(), 1e-9, "from 2024: " + (2019 + t));
                assertEquals(b.percentile(50) + 5, p.percentile(50), 1e-9);
                assertEquals(b.sd(), p.sd(), 1e-9);
            }
        }
        for (int k = 0; k < base.samplePaths().length; k++) {
            double[] bp = base.samplePaths()[k];
            double[] pp = push.samplePaths()[k];
            assertEquals(bp[4], pp[4], 0.0);
            assertEquals(bp[5] + 5, pp[5], 1e-9);
        }
    }

    @Test
    void aLeverSettingADistributionFromAYearDrawsAFreshValueThen() {
        Model m = Model.builder("fresh").horizon(2019, 2026)
                .variable(Driver.of("x", Uniform.of(0, 1)))
                .outcome("y", "x")
                .lever(Lever.of("raise").set("x", Uniform.of(10, 11)).from(2022))
                .build();
        TrajectoryResult r = Trajectories.of(m).samples(N).seed(12).threads(1).run();
        OutcomeTrajectory y = r.outcome("base", "raise", "y");
        for (int t = 0; t < 8; t++) {
            double mean = 2019 + t < 2022 ? 0.5 : 10.5;
            assertEquals(mean, y.years().get(t).mean(), 5 * Math.sqrt(1.0 / 12 / N), "year " + (2019 + t));
        }
        for (double[] path : y.samplePaths()) {
            assertEquals(path[0], path[2], 0.0, "static before the lever acts");
            assertNotEquals(path[2], path[3]);
            assertEquals(path[3], path[7], 0.0, "drawn once when the lever starts, then static");
        }
    }

    @Test
    void outcomesReadLastYearThroughPrevAndTheFirstYearReadsTheCurrentValue() {
        Model m = Model.builder("prev").horizon(2019, 2024)
                .variable(Driver.of("x", Fixed.of(1)).process(TimeProcess.randomWalk(1, 0)))
                .outcome("change", "x - prev(x)")
                .outcome("level", "x")
                .outcome("lagged", "prev(level)")
                .outcome("stock", "prev(stock) + x")
                .build();
        TrajectoryResult r = Trajectories.of(m).samples(100).seed(1).threads(1).run();
        assertArrayEquals(new double[] {0, 1, 1, 1, 1, 1}, r.outcome("base", "none", "change").percentile(50), 0.0);
        // 'lagged' is declared after 'level', so in the first year prev(level) is level itself
        assertArrayEquals(new double[] {1, 1, 2, 3, 4, 5}, r.outcome("base", "none", "lagged").percentile(50), 0.0);
        // a stock reads 0 for itself in the first year
        assertArrayEquals(new double[] {1, 3, 6, 10, 15, 21}, r.outcome("base", "none", "stock").percentile(50), 0.0);
    }
}

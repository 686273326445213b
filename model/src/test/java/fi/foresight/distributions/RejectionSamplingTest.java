package fi.foresight.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Beta and PERT draw with rejection samplers (gamma ratio when both shapes are >= 1, else Cheng BC) instead of
 * the inverse CDF: the draws must still follow the
 * distribution. Moments against closed forms within 5 standard errors, and a two-sample Kolmogorov–Smirnov
 * comparison against inverse-CDF draws ({@code quantiles} of independent uniforms).
 */
class RejectionSamplingTest {
    private static final int N = 200_000;
    private static final int KS_N = 20_000;

    /** Both shapes >= 1 (gamma ratio, incl. the uniform Beta(1, 1)), one or both below 1 (Cheng BC), skewed PERTs. */
    private static final List<Distribution> CASES = List.of(
            Beta.of(2, 5), Beta.of(1, 1), Beta.of(0.5, 3, -1, 1), Beta.of(0.4, 0.7, 10, 30), Beta.of(43, 59),
            Pert.of(0, 0.02, 0.08), Pert.of(-5, 4.9, 5), Pert.of(1, 2, 3, 12), Pert.of(0, 0, 1, 0.6));

    /** Excess kurtosis of Beta(a, b) (also of its affine images, e.g. PERT). */
    private static double excessKurtosis(double a, double b) {
        double s = a + b;
        return 6 * ((a - b) * (a - b) * (s + 1) - a * b * (s + 2)) / (a * b * (s + 2) * (s + 3));
    }

    private static double[] shapes(Distribution d) {
        if (d instanceof Pert p) {
            return new double[] {p.alpha(), p.beta()};
        }
        Beta b = (Beta) d;
        return new double[] {b.alpha(), b.beta()};
    }

    @Test
    void meanAndVarianceWithinFiveStandardErrorsOfClosedForm() {
        for (Distribution d : CASES) {
            double[] x = new double[N];
            d.sample(RandomSource.XO_SHI_RO_256_PP.create(7L), x, N);
            double sum = 0;
            for (double v : x) {
                assertTrue(d.support().contains(v), d + ": draw " + v + " outside the support");
                sum += v;
            }
            double mean = sum / N;
            double ss = 0;
            for (double v : x) {
                ss += (v - mean) * (v - mean);
            }
            double variance = ss / (N - 1);
            double[] ab = shapes(d);
            double kurtosis = 3 + excessKurtosis(ab[0], ab[1]);
            assertEquals(d.mean(), mean, 5 * Math.sqrt(d.variance() / N), d + ": mean");
            assertEquals(d.variance(), variance, 5 * d.variance() * Math.sqrt((kurtosis - 1) / N), d + ": variance");
        }
    }

    @Test
    void twoSampleKolmogorovSmirnovAgainstInverseCdfDraws() {
        var ks = new KolmogorovSmirnovTest();
        for (Distribution d : CASES) {
            double[] fast = new double[KS_N];
            d.sample(RandomSource.XO_SHI_RO_256_PP.create(11L), fast, KS_N);
            UniformRandomProvider other = RandomSource.XO_SHI_RO_256_PP.create(12L);
            double[] u = new double[KS_N];
            for (int i = 0; i < KS_N; i++) {
                u[i] = other.nextDouble();
            }
            double[] inverted = new double[KS_N];
            d.quantiles(u, inverted, KS_N);
            // D below the 0.1% critical value c(0.001) sqrt(2 / n), c = 1.949
            double dStat = ks.kolmogorovSmirnovStatistic(fast, inverted);
            assertTrue(dStat < 1.949 * Math.sqrt(2.0 / KS_N), d + ": KS distance " + dStat);
        }
    }

    @Test
    void drawsAreNotTheInverseOfTheNextUniformButColumnsEqualSingleDraws() {
        for (Distribution d : CASES) {
            UniformRandomProvider a = RandomSource.XO_SHI_RO_256_PP.create(3L);
            UniformRandomProvider b = RandomSource.XO_SHI_RO_256_PP.create(3L);
            UniformRandomProvider c = RandomSource.XO_SHI_RO_256_PP.create(3L);
            double[] column = new double[1000];
            d.sample(a, column, column.length);
            for (double x : column) {
                assertEquals(Double.doubleToLongBits(d.sample(b)), Double.doubleToLongBits(x), d.toString());
            }
            assertNotEquals(d.quantile(c.nextDouble()), column[0], d + ": first draw");
        }
    }
}

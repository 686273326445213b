package fi.foresight.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The laws every continuous family must obey, checked on one member. Tolerances come from the numerics:
 * CDFs are accurate to about 1e-15 and numerical inverses to about 1e-14 relative, so 1e-9 leaves ample
 * room without hiding a wrong formula; sample means are allowed 5 standard errors.
 */
final class ContinuousLaws {
    static final int DRAWS = 20_000;
    static final int COMPARED = 2_000;
    private static final double[] LEVELS = levels();

    private ContinuousLaws() {
    }

    private static double[] levels() {
        double[] fixed = {0, 1e-4, 1e-3, 0.01, 0.99, 0.999, 1 - 1e-4, 1};
        double[] levels = new double[fixed.length + 19];
        System.arraycopy(fixed, 0, levels, 0, fixed.length);
        for (int k = 1; k <= 19; k++) {
            levels[fixed.length + k - 1] = 0.05 * k;
        }
        java.util.Arrays.sort(levels);
        return levels;
    }

    static void hold(Distribution d) {
        cdfOfQuantileIsTheLevel(d);
        quantileOfCdfIsThePoint(d);
        columnQuantilesEqualSingleOnes(d);
        samplesLieInTheSupportAndAverageToTheMean(d);
    }

    /** cdf(quantile(p)) = p, quantiles non-decreasing and inside the support. */
    static void cdfOfQuantileIsTheLevel(Distribution d) {
        double previous = Double.NEGATIVE_INFINITY;
        for (double p : LEVELS) {
            double x = d.quantile(p);
            assertTrue(d.support().contains(x), () -> d + ": quantile(" + p + ") = " + x + " outside " + d.support());
            assertTrue(x >= previous, () -> d + ": quantile decreases at " + p);
            previous = x;
            if (p > 0 && p < 1) {
                // x is the nearest double to the true quantile at best, so p must lie between the cdfs of
                // x's neighbours (tolerance 1e-9 + density * ulp(x), which matters only where the
                // quantile is tiny against its offset, e.g. Beta(0.3, .) on [-10, -9.9] near p = 0)
                double below = d.cdf(Math.nextDown(x));
                double above = d.cdf(Math.nextUp(x));
                assertTrue(below - 1e-9 <= p && p <= above + 1e-9,
                        () -> d + ": cdf(quantile(" + p + ")) = " + d.cdf(x) + ", neighbours " + below + ", "
                                + above);
            }
        }
        assertEquals(0, d.cdf(d.support().min()), 1e-15, () -> d + ": cdf at the lower end");
        assertEquals(1, d.cdf(d.support().max()), 1e-15, () -> d + ": cdf at the upper end");
    }

    /** quantile(cdf(x)) = x for x across the central 99.8 % of the support. */
    static void quantileOfCdfIsThePoint(Distribution d) {
        double lo = d.quantile(0.001);
        double hi = d.quantile(0.999);
        double tolerance = 1e-9 * d.sd();
        for (int k = 0; k <= 24; k++) {
            double x = lo + (hi - lo) * k / 24;
            double back = d.quantile(d.cdf(x));
            assertEquals(x, back, tolerance + 1e-13 * Math.abs(x), () -> d + ": quantile(cdf(" + x + "))");
        }
    }

    /** quantiles(u, out, n) equals quantile(u[i]) element by element, also in place. */
    static void columnQuantilesEqualSingleOnes(Distribution d) {
        double[] u = LEVELS.clone();
        double[] out = new double[u.length];
        d.quantiles(u, out, u.length);
        for (int i = 0; i < u.length; i++) {
            assertEquals(d.quantile(u[i]), out[i], 0, d + ": quantiles at " + u[i]);
        }
        d.quantiles(u, u, u.length);
        assertTrue(java.util.Arrays.equals(out, u), () -> d + ": in-place quantiles differ");
    }

    /**
     * A column of draws equals as many single draws (bit for bit, same seed; checked on the first
     * {@link #COMPARED} to keep the slow inverted families fast), lies in the support, and its mean is within
     * 5 standard errors (sd / sqrt(n)) of the closed-form mean.
     */
    static void samplesLieInTheSupportAndAverageToTheMean(Distribution d) {
        long seed = 0x5EED_0000L + d.hashCode();
        double[] column = new double[DRAWS];
        d.sample(RandomSource.XO_SHI_RO_256_PP.create(seed), column, DRAWS);
        UniformRandomProvider single = RandomSource.XO_SHI_RO_256_PP.create(seed);
        for (int i = 0; i < COMPARED; i++) {
            assertEquals(Double.doubleToLongBits(d.sample(single)), Double.doubleToLongBits(column[i]),
                    () -> d + ": column draw differs from the single draw");
        }
        double sum = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = column[i];
            assertTrue(d.support().contains(x), () -> d + ": draw " + x + " outside " + d.support());
            sum += x;
        }
        double standardError = d.sd() / Math.sqrt(DRAWS);
        assertEquals(d.mean(), sum / DRAWS, 5 * standardError, () -> d + ": sample mean");
    }

    /** For every family except Gamma, Beta and PERT a draw is the inverse CDF of the stream's next uniform. */
    static void drawsInvertTheNextUniform(Distribution d) {
        UniformRandomProvider a = RandomSource.XO_SHI_RO_256_PP.create(99L);
        UniformRandomProvider b = RandomSource.XO_SHI_RO_256_PP.create(99L);
        double[] column = new double[500];
        d.sample(a, column, column.length);
        for (double x : column) {
            assertEquals(d.quantile(b.nextDouble()), x, 0, () -> d + ": draw is not quantile(nextDouble())");
        }
    }
}

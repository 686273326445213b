package fi.foresight.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.sampling.BlockStreams;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class QuantileSketchTest {
    /** Distance from p·n to the true rank range [#values < v, #values <= v] of v in sorted data. */
    static double rankError(double[] sorted, double v, double p) {
        int below = lowerBound(sorted, v);
        int atMost = upperBound(sorted, v);
        double r = p * sorted.length;
        return r < below ? below - r : (r > atMost ? r - atMost : 0);
    }

    private static int lowerBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] a, double x) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] data(int n, long seed) {
        UniformRandomProvider rng = BlockStreams.forBlock(seed, 0);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            x[i] = -Math.log1p(-u) + (i % 7 == 0 ? 10 : 0); // skewed, with a second mode
        }
        return x;
    }

    /** Feeds values in sorted blocks of 4096, as the engine does. */
    private static QuantileSketch sketchInBlocks(double[] x) {
        var s = new QuantileSketch();
        for (int from = 0; from < x.length; from += 4096) {
            double[] b = Arrays.copyOfRange(x, from, Math.min(x.length, from + 4096));
            Arrays.sort(b);
            s.addSorted(b, b.length);
        }
        return s;
    }

    @Test
    void rankErrorAtAMillionValuesIsWithinTheBoundAndATenthOfAPercent() {
        int n = 1_000_000;
        double[] x = data(n, 11);
        QuantileSketch s = sketchInBlocks(x);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        assertFalse(s.isExact());
        assertEquals(n, s.count());
        double bound = s.rankErrorBound();
        assertTrue(bound <= QuantileSketch.boundFor(n, QuantileSketch.DEFAULT_K), "achieved bound " + bound);
        assertTrue(bound <= 0.001, "bound " + bound);
        WeightedCdf cdf = s.cdf();
        double worst = 0;
        for (int i = 1; i < 1000; i++) {
            double p = i / 1000.0;
            worst = Math.max(worst, rankError(sorted, cdf.quantile(p), p));
        }
        assertTrue(worst <= bound * n, "worst rank error " + worst + " > bound " + bound * n);
        assertEquals(sorted[0], s.quantile(0));
        assertEquals(sorted[n - 1], s.quantile(1));
    }

    @Test
    void sortedInputAndManyTiesStayWithinTheBound() {
        int n = 300_000;
        double[] asc = new double[n];
        double[] ties = new double[n];
        for (int i = 0; i < n; i++) {
            asc[i] = i;
            ties[i] = (i * 7919L) % 5; // five values, interleaved
        }
        for (double[] x : new double[][] {asc, ties}) {
            QuantileSketch s = sketchInBlocks(x);
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            for (int i = 1; i < 200; i++) {
                double p = i / 200.0;
                double err = rankError(sorted, s.quantile(p), p);
                assertTrue(err <= s.rankErrorBound() * n, "p=" + p + " error " + err);
            }
        }
    }

    @Test
    void exactBelowTheLimitWithTheInverseEmpiricalCdf() {
        int n = QuantileSketch.EXACT_LIMIT - 1;
        double[] x = data(n, 5);
        QuantileSketch s = sketchInBlocks(x);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        assertTrue(s.isExact());
        assertEquals(0, s.rankErrorBound());
        for (double p : new double[] {0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99}) {
            int i = (int) Math.ceil(p * n) - 1;
            assertEquals(sorted[i], s.quantile(p), "p=" + p);
        }
        var tiny = new QuantileSketch();
        tiny.add(new double[] {3, 1, 2, 4}, 4);
        assertArrayEquals(new double[] {1, 1, 2, 3, 4}, tiny.quantiles(0, 0.25, 0.5, 0.5000001, 1));
    }

    @Test
    void mergingSketchesKeepsTheBoundAndIsDeterministic() {
        int n = 400_000;
        double[] x = data(n, 8);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        var parts = new QuantileSketch[4];
        for (int p = 0; p < 4; p++) {
            parts[p] = sketchInBlocks(Arrays.copyOfRange(x, p * n / 4, (p + 1) * n / 4));
        }
        var a = new QuantileSketch();
        var b = new QuantileSketch();
        for (QuantileSketch p : parts) {
            a.merge(p);
            b.merge(p);
        }
        assertEquals(n, a.count());
        assertArrayEquals(a.quantiles(0.1, 0.5, 0.9), b.quantiles(0.1, 0.5, 0.9));
        assertTrue(a.rankErrorBound() <= QuantileSketch.boundFor(n, QuantileSketch.DEFAULT_K));
        for (int i = 1; i < 100; i++) {
            double p = i / 100.0;
            assertTrue(rankError(sorted, a.quantile(p), p) <= a.rankErrorBound() * n, "p=" + p);
        }
    }

    @Test
    void theDefaultBufferMeetsATenthOfAPercentUpToABillion() {
        assertTrue(QuantileSketch.boundFor(1_000_000_000L, QuantileSketch.DEFAULT_K) <= 0.001);
        assertEquals(16 / 16384.0, QuantileSketch.boundFor(1_000_000_000L, QuantileSketch.DEFAULT_K));
        assertEquals(0, QuantileSketch.boundFor(QuantileSketch.EXACT_LIMIT - 1, QuantileSketch.DEFAULT_K));
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new QuantileSketch(3));
        var s = new QuantileSketch();
        assertThrows(IllegalArgumentException.class, () -> s.addSorted(new double[] {1, Double.NaN}, 2));
        assertThrows(IllegalArgumentException.class, () -> s.quantile(1.5));
        assertTrue(Double.isNaN(s.quantile(0.5)));
        assertThrows(IllegalArgumentException.class, () -> s.merge(new QuantileSketch(16)));
    }
}

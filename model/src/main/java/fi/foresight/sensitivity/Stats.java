package fi.foresight.sensitivity;

import fi.foresight.sampling.BlockStreams;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;

/** Small numerical helpers shared by the analyses: derived seeds, percentiles, bootstrap streams. */
final class Stats {
    /** Purposes of derived seeds, so that design, shift and bootstrap streams never coincide. */
    static final long DESIGN = 1;
    static final long BOOTSTRAP = 2;
    static final long WEIGHTS = 3;

    private Stats() {
    }

    /** A seed for one purpose of a run, derived from the user's seed by SplitMix64 mixing. */
    static long derive(long seed, long purpose) {
        return new SplitMix64(seed ^ (purpose * 0x9E3779B97F4A7C15L)).nextLong();
    }

    /** The streams of blocks 0..count-1 for a seed, derived on the calling thread. */
    static UniformRandomProvider[] streams(long seed, int count) {
        var seq = BlockStreams.sequence(seed, 0);
        var out = new UniformRandomProvider[count];
        for (int i = 0; i < count; i++) {
            out[i] = seq.next();
        }
        return out;
    }

    /** One bootstrap resample: n indices drawn with replacement from 0..n-1. */
    static int[] resample(UniformRandomProvider rng, int n) {
        int[] idx = new int[n];
        for (int r = 0; r < n; r++) {
            idx[r] = rng.nextInt(n);
        }
        return idx;
    }

    /** A uniform in the open interval (0, 1): 53 random bits, centred in their cell. */
    static double open01(UniformRandomProvider rng) {
        return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    /**
     * The p-quantile of the values (sorted in place) with linear interpolation between order statistics
     * (Hyndman–Fan type 7, the default of R and NumPy). NaN when there are no values.
     */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        double h = (values.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, values.length - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }

    static double mean(double[] x, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i];
        }
        return s / n;
    }

    /** Sample standard deviation (n - 1 in the denominator); NaN for fewer than two values. */
    static double sd(double[] x, int n) {
        if (n < 2) {
            return Double.NaN;
        }
        double m = mean(x, n);
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - m;
            s += d * d;
        }
        return Math.sqrt(s / (n - 1));
    }

    static void checkConfidence(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level is " + level + "; must be in (0, 1), e.g. 0.95");
        }
    }
}

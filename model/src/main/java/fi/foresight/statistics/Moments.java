package fi.foresight.statistics;

/**
 * Count, mean, sum of squared deviations, minimum and maximum of a set of values; mergeable with the pairwise
 * update of Chan, Golub and LeVeque (1979), which stays accurate where the textbook sum-of-squares formula
 * cancels catastrophically. Blocks are summarised with a two-pass mean and corrected second pass, then merged
 * in block order, so the result is deterministic.
 *
 * <pre>{@code
 * Moments a = Moments.of(block0, 4096), b = Moments.of(block1, 4096);
 * Moments all = a.merge(b);     // same as Moments.of over both blocks, up to rounding
 * all.sd();
 * }</pre>
 *
 * @param n    number of values
 * @param mean arithmetic mean (NaN when n = 0)
 * @param m2   sum of squared deviations from the mean
 * @param min  smallest value (+∞ when n = 0)
 * @param max  largest value (−∞ when n = 0)
 */
public record Moments(long n, double mean, double m2, double min, double max) {
    /** No values. */
    public static final Moments EMPTY = new Moments(0, Double.NaN, 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

    /**
     * Checks the parts.
     *
     * @param n    number of values
     * @param mean arithmetic mean (NaN when n = 0)
     * @param m2   sum of squared deviations from the mean
     * @param min  smallest value (+∞ when n = 0)
     * @param max  largest value (−∞ when n = 0)
     * @throws IllegalArgumentException when {@code n < 0}, or when {@code n > 0} and {@code m2 < 0}, the mean is NaN or
     *                                  {@code min > max}
     */
    public Moments {
        if (n < 0) {
            throw new IllegalArgumentException("count is " + n + "; must be >= 0");
        }
        if (n > 0 && (!(m2 >= 0) || Double.isNaN(mean) || min > max)) {
            throw new IllegalArgumentException("invalid moments: n=" + n + ", mean=" + mean + ", m2=" + m2
                    + ", min=" + min + ", max=" + max + "; need m2 >= 0 and min <= max");
        }
    }

    /**
     * Moments of {@code values[0..n)}.
     *
     * @param values the values
     * @param n      how many of them, from the start
     * @return the moments
     */
    public static Moments of(double[] values, int n) {
        if (n == 0) {
            return EMPTY;
        }
        double sum = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            sum += v;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double mean = sum / n;
        double ss = 0;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double d = values[i] - mean;
            ss += d * d;
            s += d;
        }
        double m2 = Math.max(0, ss - s * s / n);
        return new Moments(n, mean + s / n, m2, lo, hi);
    }

    /**
     * The moments of this set followed by {@code other}.
     *
     * @param other moments of more values
     * @return the moments of both
     */
    public Moments merge(Moments other) {
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            return other;
        }
        long total = n + other.n;
        double delta = other.mean - mean;
        double mergedMean = mean + delta * ((double) other.n / total);
        double mergedM2 = m2 + other.m2 + delta * delta * ((double) n * other.n / total);
        return new Moments(total, mergedMean, mergedM2, Math.min(min, other.min), Math.max(max, other.max));
    }

    /**
     * Sample variance (divisor n − 1); NaN when n &lt; 2.
     *
     * @return the variance
     */
    public double variance() {
        return n < 2 ? Double.NaN : m2 / (n - 1);
    }

    /**
     * Sample standard deviation.
     *
     * @return the standard deviation (NaN when n {@literal <} 2)
     */
    public double sd() {
        return Math.sqrt(variance());
    }

    /**
     * Standard error of the mean, sd / √n.
     *
     * @return the standard error (NaN when n {@literal <} 2)
     */
    public double se() {
        return n < 2 ? Double.NaN : sd() / Math.sqrt(n);
    }
}

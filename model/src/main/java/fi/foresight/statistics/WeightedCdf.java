package fi.foresight.statistics;

/**
 * Sorted values with integer weights summing to the count: the step CDF read from a {@link QuantileSketch}.
 * The exact minimum and maximum are kept apart from the items.
 */
public final class WeightedCdf {
    private final double[] values;
    private final long[] cumulative;
    private final long count;
    private final double min;
    private final double max;

    WeightedCdf(double[] values, long[] weights, long count, double min, double max) {
        this.values = values;
        this.cumulative = new long[weights.length];
        long c = 0;
        for (int i = 0; i < weights.length; i++) {
            c += weights[i];
            cumulative[i] = c;
        }
        this.count = count;
        this.min = min;
        this.max = max;
    }

    /** The stored items in ascending order (each value once per item, whatever its weight). */
    double[] items() {
        return values.clone();
    }

    /**
     * The number of values the CDF stands for (the sum of the weights).
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * The smallest stored value with cumulative weight &ge; p · count; the exact min for p = 0 and max for 1.
     *
     * @param p the probability, in [0, 1]
     * @return the quantile, or NaN when the CDF is empty
     * @throws IllegalArgumentException when {@code p} is outside [0, 1]
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability is " + p + "; must be in [0, 1]");
        }
        if (count == 0) {
            return Double.NaN;
        }
        if (p == 0) {
            return min;
        }
        if (p == 1) {
            return max;
        }
        double rank = p * count;
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= rank) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Math.max(min, Math.min(max, values[lo]));
    }

    /**
     * {@link #quantile(double)} for each probability.
     *
     * @param ps probabilities, each in [0, 1]
     * @return the quantiles, in the order of {@code ps}
     * @throws IllegalArgumentException when a probability is outside [0, 1]
     */
    public double[] quantiles(double... ps) {
        double[] q = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            q[i] = quantile(ps[i]);
        }
        return q;
    }

    /**
     * Estimated number of values &le; x.
     *
     * @param x the value
     * @return the estimated number of values &le; x, from 0 to {@link #count()}
     */
    public long countAtMost(double x) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? 0 : cumulative[lo - 1];
    }
}

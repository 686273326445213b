package fi.foresight.distributions;

/**
 * Sorted support points with positive weight and their cumulative probabilities: the lookup table behind
 * {@link Discrete} and {@link Empirical}. Built per call or once per column loop; both use the same search,
 * so single and column draws agree bit for bit.
 */
final class Atoms {
    /** Up to this many points the search is a branch-free count; beyond it, a binary search. */
    private static final int LINEAR_LIMIT = 32;

    private final double[] values;
    private final double[] cumulative;

    /**
     * @param sortedValues distinct values in increasing order
     * @param weights      non-negative weights with a positive sum, aligned with {@code sortedValues}
     */
    Atoms(double[] sortedValues, double[] weights) {
        int k = 0;
        double total = 0;
        for (double w : weights) {
            if (w > 0) {
                k++;
                total += w;
            }
        }
        values = new double[k];
        cumulative = new double[k];
        double running = 0;
        int j = 0;
        for (int i = 0; i < sortedValues.length; i++) {
            if (weights[i] > 0) {
                running += weights[i];
                values[j] = sortedValues[i];
                cumulative[j] = running / total;
                j++;
            }
        }
        cumulative[k - 1] = 1;
    }

    double min() {
        return values[0];
    }

    double max() {
        return values[values.length - 1];
    }

    /** P(X &lt;= x). */
    double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < values[0]) {
            return 0;
        }
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) { // last index with values[i] <= x
            int mid = (lo + hi + 1) >>> 1;
            if (values[mid] <= x) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return cumulative[lo];
    }

    /** The smallest support point whose cumulative probability reaches {@code p}. */
    double quantile(double p) {
        return values[index(p)];
    }

    private int index(double p) {
        int last = cumulative.length - 1;
        if (last < LINEAR_LIMIT) {
            int count = 0;
            for (int j = 0; j < last; j++) {
                count += cumulative[j] < p ? 1 : 0;
            }
            return count;
        }
        int lo = 0;
        int hi = last;
        while (lo < hi) { // first index with cumulative[i] >= p
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}

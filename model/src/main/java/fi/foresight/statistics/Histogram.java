package fi.foresight.statistics;

import java.util.Arrays;

/**
 * Counts of an outcome in equal-width bins.
 *
 * @param edges  bin edges, ascending, one more than the counts; bins are [eᵢ, eᵢ₊₁), the last one closed
 * @param counts samples per bin: exact when the statistics are exact, otherwise estimated from the quantile
 *               sketch (see {@link OutcomeStatistics})
 * @param n      all samples
 */
public record Histogram(double[] edges, double[] counts, long n) {
    /**
     * Checks the bins and copies the arrays.
     *
     * @param edges  bin edges, ascending, one more than the counts; bins are [eᵢ, eᵢ₊₁), the last one closed
     * @param counts samples per bin: exact when the statistics are exact, otherwise estimated from the quantile
     *               sketch (see {@link OutcomeStatistics})
     * @param n      all samples
     * @throws IllegalArgumentException when there are no bins, the edges are not one more than the counts or do not
     *                                  increase
     */
    public Histogram {
        if (edges.length != counts.length + 1 || counts.length == 0) {
            throw new IllegalArgumentException("a histogram with " + counts.length + " bins needs "
                    + (counts.length + 1) + " edges, got " + edges.length);
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException("bin edges must increase; edge " + i + " is " + edges[i]
                        + " after " + edges[i - 1]);
            }
        }
        edges = edges.clone();
        counts = counts.clone();
    }

    /**
     * The number of bins.
     *
     * @return the number of bins, at least 1
     */
    public int bins() {
        return counts.length;
    }

    /**
     * Bin centres, for drawing.
     *
     * @return a new array of the midpoints of the bins, in ascending order
     */
    public double[] centres() {
        double[] c = new double[counts.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.5 * (edges[i] + edges[i + 1]);
        }
        return c;
    }

    /**
     * Density per bin: count / (n · width), integrating to 1.
     *
     * @return a new array of the density of each bin, in bin order
     */
    public double[] density() {
        double[] d = new double[counts.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = counts[i] / (n * (edges[i + 1] - edges[i]));
        }
        return d;
    }

    /**
     * The bin edges, ascending.
     *
     * @return a copy of the edges (one more than the bins)
     */
    @Override
    public double[] edges() {
        return edges.clone();
    }

    /**
     * Samples per bin (estimated when the statistics are not exact).
     *
     * @return a copy of the counts
     */
    @Override
    public double[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.n == n && Arrays.equals(h.edges, edges) && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts) + Long.hashCode(n);
    }

    @Override
    public String toString() {
        return "Histogram[edges=" + Arrays.toString(edges) + ", counts=" + Arrays.toString(counts) + ", n=" + n + "]";
    }
}

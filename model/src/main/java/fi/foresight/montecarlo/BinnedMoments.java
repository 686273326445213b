package fi.foresight.montecarlo;

import fi.foresight.statistics.Moments;
import fi.foresight.statistics.QuantileSketch;

/**
 * The moments of some outcome columns within each bin of each input, for one block or merged over blocks in block
 * order: {@code cells[o][i][b]} for tracked outcome o, input i and bin b; for a conditional tornado of a percentile
 * also a quantile sketch of the same cell. The raw material of a conditional tornado, computed alongside the Monte
 * Carlo pass from the draws already made.
 *
 * @param cells    the moments, outcome by input by bin
 * @param sketches the values' quantile sketches, cell by cell as {@code cells}, or null when only means are asked
 */
record BinnedMoments(Moments[][][] cells, QuantileSketch[][][] sketches) {
    /**
     * Buffer size of a bin's quantile sketch: exact up to 4,096 values per bin, beyond that a rank error of at most
     * a few tenths of a percent of the bin's count (see {@link QuantileSketch}).
     */
    static final int SKETCH_K = 2048;

    /** Empty moments (and, when {@code quantiles}, empty sketches) for the given bins and tracked outcomes. */
    static BinnedMoments empty(InputBins[] bins, int outcomes, boolean quantiles) {
        Moments[][][] c = new Moments[outcomes][bins.length][];
        QuantileSketch[][][] q = quantiles ? new QuantileSketch[outcomes][bins.length][] : null;
        for (int o = 0; o < outcomes; o++) {
            for (int i = 0; i < bins.length; i++) {
                c[o][i] = new Moments[bins[i].size()];
                java.util.Arrays.fill(c[o][i], Moments.EMPTY);
                if (q != null) {
                    q[o][i] = new QuantileSketch[bins[i].size()];
                    for (int b = 0; b < q[o][i].length; b++) {
                        q[o][i][b] = new QuantileSketch(SKETCH_K);
                    }
                }
            }
        }
        return new BinnedMoments(c, q);
    }

    /**
     * The moments of one block: sample r of input i falls into bin {@code bins[i].of(in[i][r])}; the outcome columns
     * {@code out[columns[o]]} are summed in sample order (Welford), so the result depends on the block only; with
     * {@code quantiles}, each cell's values also go into a quantile sketch.
     */
    static BinnedMoments of(InputBins[] bins, int[] columns, double[][] in, double[][] out, int n, int[] scratch,
                            boolean quantiles) {
        Moments[][][] c = new Moments[columns.length][bins.length][];
        QuantileSketch[][][] q = quantiles ? new QuantileSketch[columns.length][bins.length][] : null;
        long[] count = new long[0];
        double[] mean = new double[0];
        double[] m2 = new double[0];
        double[] min = new double[0];
        double[] max = new double[0];
        for (int i = 0; i < bins.length; i++) {
            InputBins ib = bins[i];
            int size = ib.size();
            for (int r = 0; r < n; r++) {
                scratch[r] = ib.of(in[i][r]);
            }
            if (count.length < size) {
                count = new long[size];
                mean = new double[size];
                m2 = new double[size];
                min = new double[size];
                max = new double[size];
            }
            for (int o = 0; o < columns.length; o++) {
                double[] y = out[columns[o]];
                java.util.Arrays.fill(count, 0, size, 0);
                java.util.Arrays.fill(mean, 0, size, 0);
                java.util.Arrays.fill(m2, 0, size, 0);
                java.util.Arrays.fill(min, 0, size, Double.POSITIVE_INFINITY);
                java.util.Arrays.fill(max, 0, size, Double.NEGATIVE_INFINITY);
                for (int r = 0; r < n; r++) {
                    int b = scratch[r];
                    double v = y[r];
                    long k = ++count[b];
                    double d = v - mean[b];
                    mean[b] += d / k;
                    m2[b] += d * (v - mean[b]);
                    min[b] = Math.min(min[b], v);
                    max[b] = Math.max(max[b], v);
                }
                Moments[] cell = new Moments[size];
                for (int b = 0; b < size; b++) {
                    cell[b] = count[b] == 0 ? Moments.EMPTY
                            : new Moments(count[b], mean[b], Math.max(0, m2[b]), min[b], max[b]);
                }
                c[o][i] = cell;
                if (q != null) {
                    q[o][i] = sketches(y, scratch, n, count, size);
                }
            }
        }
        return new BinnedMoments(c, q);
    }

    /** One sketch per bin of the values {@code y[r]} with {@code bin[r] == b}, in sample order. */
    private static QuantileSketch[] sketches(double[] y, int[] bin, int n, long[] count, int size) {
        double[][] values = new double[size][];
        int[] filled = new int[size];
        for (int b = 0; b < size; b++) {
            values[b] = new double[(int) count[b]];
        }
        for (int r = 0; r < n; r++) {
            int b = bin[r];
            values[b][filled[b]++] = y[r];
        }
        QuantileSketch[] s = new QuantileSketch[size];
        for (int b = 0; b < size; b++) {
            s[b] = new QuantileSketch(SKETCH_K);
            s[b].add(values[b], filled[b]);
        }
        return s;
    }

    /**
     * These moments merged with a later block's (Chan et al.), cell by cell; the sketches, if any, are merged into
     * this one's (which the caller owns) in block order.
     */
    BinnedMoments merge(BinnedMoments later) {
        Moments[][][] c = new Moments[cells.length][][];
        for (int o = 0; o < cells.length; o++) {
            c[o] = new Moments[cells[o].length][];
            for (int i = 0; i < cells[o].length; i++) {
                c[o][i] = new Moments[cells[o][i].length];
                for (int b = 0; b < c[o][i].length; b++) {
                    c[o][i][b] = cells[o][i][b].merge(later.cells[o][i][b]);
                    if (sketches != null) {
                        sketches[o][i][b].merge(later.sketches[o][i][b]);
                    }
                }
            }
        }
        return new BinnedMoments(c, sketches);
    }
}

package fi.foresight.chart;

import java.util.Arrays;

/**
 * Thins a curve to what a plot can show: the x range is split into pixel columns and each column keeps its
 * first and last point and its lowest and highest, in x order. A curve drawn from the result looks the same
 * as the full one at that width, whatever the number of points it had (a CDF through 100,000 order statistics,
 * a running mean over 10 M runs).
 */
public final class Thin {
    /** Pixel columns of a default-width chart's plot area. */
    public static final int COLUMNS = 700;

    private Thin() {
    }

    /**
     * The points of a curve kept for {@code columns} pixel columns; curves with at most {@code 4 * columns} points
     * come back unchanged.
     *
     * @param x       the x values, ascending
     * @param y       the y values
     * @param columns the pixel columns, at least 1
     * @return {@code {x, y}} of the kept points
     */
    public static double[][] curve(double[] x, double[] y, int columns) {
        Checks.sameLength("y", y.length, "x", x.length);
        Checks.positive("columns", columns);
        int n = x.length;
        if (n <= 4 * columns) {
            return new double[][] {x.clone(), y.clone()};
        }
        double lo = x[0];
        double span = x[n - 1] - lo;
        if (!(span > 0)) {
            return new double[][] {new double[] {x[0], x[n - 1]}, new double[] {y[0], y[n - 1]}};
        }
        double[] kx = new double[4 * columns + 4];
        double[] ky = new double[kx.length];
        int k = 0;
        int start = 0;
        while (start < n) {
            int column = Math.min(columns - 1, (int) ((x[start] - lo) / span * columns));
            int end = start;
            int min = start;
            int max = start;
            while (end + 1 < n && Math.min(columns - 1, (int) ((x[end + 1] - lo) / span * columns)) == column) {
                end++;
                if (y[end] < y[min]) {
                    min = end;
                }
                if (y[end] > y[max]) {
                    max = end;
                }
            }
            int[] keep = {start, Math.min(min, max), Math.max(min, max), end};
            int last = -1;
            for (int i : keep) {
                if (i != last) {
                    kx[k] = x[i];
                    ky[k] = y[i];
                    k++;
                    last = i;
                }
            }
            start = end + 1;
        }
        return new double[][] {Arrays.copyOf(kx, k), Arrays.copyOf(ky, k)};
    }

    /**
     * A line with its band thinned to {@code columns} pixel columns: the line as in {@link #curve}, the band as
     * each column's lowest low and highest high at the column's first and last x, so the band drawn from it
     * covers the full one.
     *
     * @param x       the x values, ascending
     * @param line    the line's values
     * @param low     the band's lower edge
     * @param high    the band's upper edge
     * @param columns the pixel columns, at least 1
     * @return {@code {x, line, low, high}} of the kept points
     */
    public static double[][] band(double[] x, double[] line, double[] low, double[] high, int columns) {
        Checks.positive("columns", columns);
        int n = x.length;
        if (n <= 4 * columns || !(x[n - 1] > x[0])) {
            return new double[][] {x.clone(), line.clone(), low.clone(), high.clone()};
        }
        double lo = x[0];
        double span = x[n - 1] - lo;
        double[][] out = new double[4][2 * columns + 2];
        int k = 0;
        int start = 0;
        while (start < n) {
            int column = Math.min(columns - 1, (int) ((x[start] - lo) / span * columns));
            int end = start;
            double min = low[start];
            double max = high[start];
            while (end + 1 < n && Math.min(columns - 1, (int) ((x[end + 1] - lo) / span * columns)) == column) {
                end++;
                min = Math.min(min, low[end]);
                max = Math.max(max, high[end]);
            }
            for (int i : end == start ? new int[] {start} : new int[] {start, end}) {
                out[0][k] = x[i];
                out[1][k] = line[i];
                out[2][k] = min;
                out[3][k] = max;
                k++;
            }
            start = end + 1;
        }
        for (int r = 0; r < 4; r++) {
            out[r] = Arrays.copyOf(out[r], k);
        }
        return out;
    }
}

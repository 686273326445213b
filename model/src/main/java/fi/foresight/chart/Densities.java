package fi.foresight.chart;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Histogram binning and Gaussian kernel density estimates for the distribution charts. */
final class Densities {

    private Densities() {
    }

    /** {@code bins + 1} equal-width edges spanning [min, max] of all values (widened if they coincide). */
    static double[] edges(double min, double max, int bins) {
        Checks.positive("bins", bins);
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        double[] edges = new double[bins + 1];
        double width = (max - min) / bins;
        for (int i = 0; i <= bins; i++) {
            edges[i] = min + i * width;
        }
        edges[bins] = max;
        return edges;
    }

    /** Counts of values per bin; bins are [e_i, e_{i+1}) except the last, which is closed. */
    static double[] counts(double[] values, double[] edges) {
        int bins = edges.length - 1;
        double[] counts = new double[bins];
        double lo = edges[0];
        double hi = edges[bins];
        double width = (hi - lo) / bins;
        for (double v : values) {
            if (v < lo || v > hi) {
                continue;
            }
            int b = (int) ((v - lo) / width);
            if (b >= bins) {
                b = bins - 1;
            }
            // guard against rounding putting a value one bin off its edge
            while (b > 0 && v < edges[b]) {
                b--;
            }
            while (b < bins - 1 && v >= edges[b + 1]) {
                b++;
            }
            counts[b]++;
        }
        return counts;
    }

    /**
     * Silverman's rule-of-thumb bandwidth, {@code 0.9 * min(sd, IQR / 1.34) * n^(-1/5)}; falls back to
     * the sd, then to a small positive width, when the spread measures vanish.
     */
    static double silvermanBandwidth(double[] values) {
        int n = values.length;
        double sd = n > 1 ? new StandardDeviation().evaluate(values) : 0;
        double iqr = 0;
        if (n > 1) {
            Percentile p = new Percentile();
            p.setData(values);
            iqr = p.evaluate(75) - p.evaluate(25);
        }
        double spread = Math.min(sd, iqr / 1.34);
        if (!(spread > 0)) {
            spread = sd;
        }
        if (!(spread > 0)) {
            double scale = Math.abs(values.length == 0 ? 0 : values[0]);
            return scale > 0 ? 1e-3 * scale : 1e-3;
        }
        return 0.9 * spread * Math.pow(n, -0.2);
    }

    /** {@code points} equally spaced values from lo to hi inclusive. */
    static double[] grid(double lo, double hi, int points) {
        double[] g = new double[points];
        double step = (hi - lo) / (points - 1);
        for (int i = 0; i < points; i++) {
            g[i] = lo + i * step;
        }
        g[points - 1] = hi;
        return g;
    }

    /**
     * Gaussian kernel density of {@code values} with bandwidth {@code h} on an equally spaced grid, by
     * linear binning onto the grid and a discrete convolution with the kernel cut at 5 bandwidths: cost
     * O(n + grid * kernel) instead of O(n * grid). Values outside the grid are ignored.
     */
    static double[] kde(double[] values, double h, double[] grid) {
        int g = grid.length;
        double lo = grid[0];
        double step = (grid[g - 1] - lo) / (g - 1);
        double[] weight = new double[g];
        int used = 0;
        for (double v : values) {
            double pos = (v - lo) / step;
            if (pos < 0 || pos > g - 1) {
                continue;
            }
            int i = Math.min((int) pos, g - 2);
            double frac = pos - i;
            weight[i] += 1 - frac;
            weight[i + 1] += frac;
            used++;
        }
        double[] density = new double[g];
        if (used == 0) {
            return density;
        }
        int reach = Math.min(g - 1, (int) Math.ceil(5 * h / step));
        double[] kernel = new double[reach + 1];
        double norm = 1.0 / (values.length * h * Math.sqrt(2 * Math.PI));
        for (int d = 0; d <= reach; d++) {
            double z = d * step / h;
            kernel[d] = norm * Math.exp(-0.5 * z * z);
        }
        for (int i = 0; i < g; i++) {
            if (weight[i] == 0) {
                continue;
            }
            int from = Math.max(0, i - reach);
            int to = Math.min(g - 1, i + reach);
            for (int j = from; j <= to; j++) {
                density[j] += weight[i] * kernel[Math.abs(j - i)];
            }
        }
        return density;
    }

    static double[] sortedCopy(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }
}

package fi.foresight.decision;

import java.util.Arrays;

/**
 * Estimators of the expected value of perfect (EVPI) and partial perfect information (EVPPI) from simulated futures,
 * for a choice among levers whose value in future i is {@code y[l][i]} (higher is better) and futures weighted
 * {@code w[i]}.
 *
 * <p>EVPPI of an input X is E<sub>X</sub>[max<sub>l</sub> E(y<sub>l</sub> | X)] − max<sub>l</sub> E(y<sub>l</sub>).
 * The conditional means are estimated non-parametrically, as in the health-economics literature: for one input by
 * <b>binning on its quantiles</b> (Strong &amp; Oakley 2013, Med Decis Making 33:755), i.e. a regression on bin
 * indicators; for a group of inputs (a panel's weights) by a <b>linear regression</b> on the group (Strong, Oakley
 * &amp; Brennan 2014, Med Decis Making 34:311, with a linear rather than a GAM fit). Taking the maximum of estimated
 * means over-states the value by the noise it picks up; so the estimate is <b>cross-fitted</b>: the futures are
 * split into two halves (alternately in the input's order), the lever chosen in each bin (or by the fitted
 * regression) on one half is scored with the futures of the other half, and the same for the overall best lever.
 * Each future i then contributes d<sub>i</sub> = y<sub>chosen(i)</sub>(i) − y<sub>overall</sub>(i), the estimate is
 * their weighted mean and its standard error that of a stratified mean (strata: bin × half), the choices held
 * fixed. An input that does not matter has an expected estimate of zero or slightly below (a noisy choice can only
 * lose), instead of the positive bias of the plain estimator. EVPI is the same with every future its own bin:
 * d<sub>i</sub> = max<sub>l</sub> y<sub>l</sub>(i) − y<sub>overall</sub>(i).
 */
final class Evppi {
    /**
     * One estimate.
     *
     * @param value the estimate, in the outcome's unit
     * @param se    its standard error
     */
    record Estimate(double value, double se) {
    }

    private Evppi() {
    }

    /** EVPI: the value of knowing every future in advance. */
    static Estimate perfect(double[][] y, double[] w) {
        int n = w.length;
        int[] half = new int[n];
        int[] stratum = new int[n];
        for (int i = 0; i < n; i++) {
            half[i] = i & 1;
            stratum[i] = half[i];
        }
        int[] base = overall(y, w, half);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (double[] yl : y) {
                best = Math.max(best, yl[i]);
            }
            d[i] = best - y[base[1 - half[i]]][i];
        }
        return mean(d, w, stratum, 2);
    }

    /** EVPPI of one input by binning on its quantiles ({@code bins} bins of equal count). */
    static Estimate binnedOnQuantiles(double[][] y, double[] w, double[] x, int bins) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(x[a], x[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] bin = new int[n];
        int[] half = new int[n];
        for (int p = 0; p < n; p++) {
            bin[order[p]] = (int) ((long) p * bins / n);
            half[order[p]] = p & 1;
        }
        return binned(y, w, bin, bins, half);
    }

    /** EVPPI of a categorical input: {@code bin[i]} is its category in future i; halves alternate within it. */
    static Estimate categorical(double[][] y, double[] w, int[] bin, int bins) {
        int[] half = new int[w.length];
        int[] seen = new int[bins];
        for (int i = 0; i < w.length; i++) {
            half[i] = seen[bin[i]]++ & 1;
        }
        return binned(y, w, bin, bins, half);
    }

    private static Estimate binned(double[][] y, double[] w, int[] bin, int bins, int[] half) {
        int levers = y.length;
        int n = w.length;
        double[][][] sum = new double[2][bins][levers];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < levers; l++) {
                sum[half[i]][bin[i]][l] += w[i] * y[l][i];
            }
        }
        int[][] choice = new int[2][bins];
        for (int h = 0; h < 2; h++) {
            for (int k = 0; k < bins; k++) {
                choice[h][k] = argmax(sum[h][k]);
            }
        }
        int[] base = overall(y, w, half);
        double[] d = new double[n];
        int[] stratum = new int[n];
        for (int i = 0; i < n; i++) {
            int other = 1 - half[i];
            d[i] = y[choice[other][bin[i]]][i] - y[base[other]][i];
            stratum[i] = 2 * bin[i] + half[i];
        }
        return mean(d, w, stratum, 2 * bins);
    }

    /** EVPPI of a group of inputs ({@code x[k][i]}) by a cross-fitted linear regression of each lever's value. */
    static Estimate regression(double[][] y, double[] w, double[][] x) {
        int n = w.length;
        int[] half = new int[n];
        for (int i = 0; i < n; i++) {
            half[i] = i & 1;
        }
        double[][] z = standardised(x);
        int p = z.length + 1;
        double[][][] beta = new double[2][y.length][];
        for (int h = 0; h < 2; h++) {
            for (int l = 0; l < y.length; l++) {
                beta[h][l] = fit(z, y[l], w, half, h, p);
            }
        }
        int[] base = overall(y, w, half);
        double[] d = new double[n];
        double[] row = new double[p];
        for (int i = 0; i < n; i++) {
            int other = 1 - half[i];
            row[0] = 1;
            for (int k = 0; k < z.length; k++) {
                row[k + 1] = z[k][i];
            }
            int best = 0;
            double bestFit = Double.NEGATIVE_INFINITY;
            for (int l = 0; l < y.length; l++) {
                double f = 0;
                for (int k = 0; k < p; k++) {
                    f += beta[other][l][k] * row[k];
                }
                if (f > bestFit) {
                    bestFit = f;
                    best = l;
                }
            }
            d[i] = y[best][i] - y[base[other]][i];
        }
        return mean(d, w, half, 2);
    }

    /** Weighted least squares on the futures of one half, with a tiny ridge so collinear inputs still solve. */
    private static double[] fit(double[][] z, double[] y, double[] w, int[] half, int h, int p) {
        double[][] a = new double[p][p + 1];
        double[] row = new double[p];
        for (int i = 0; i < y.length; i++) {
            if (half[i] != h) {
                continue;
            }
            row[0] = 1;
            for (int k = 0; k < z.length; k++) {
                row[k + 1] = z[k][i];
            }
            for (int r = 0; r < p; r++) {
                for (int c = 0; c < p; c++) {
                    a[r][c] += w[i] * row[r] * row[c];
                }
                a[r][p] += w[i] * row[r] * y[i];
            }
        }
        for (int r = 1; r < p; r++) {
            a[r][r] += 1e-9 * Math.max(a[0][0], 1e-300);
        }
        return solve(a, p);
    }

    /** Gaussian elimination with partial pivoting on the augmented matrix {@code a} (p × (p + 1)). */
    private static double[] solve(double[][] a, int p) {
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
                    piv = r;
                }
            }
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            if (a[c][c] == 0) {
                continue;
            }
            for (int r = c + 1; r < p; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= p; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] b = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double s = a[r][p];
            for (int k = r + 1; k < p; k++) {
                s -= a[r][k] * b[k];
            }
            b[r] = a[r][r] == 0 ? 0 : s / a[r][r];
        }
        return b;
    }

    private static double[][] standardised(double[][] x) {
        double[][] z = new double[x.length][];
        for (int k = 0; k < x.length; k++) {
            double m = 0;
            for (double v : x[k]) {
                m += v;
            }
            m /= x[k].length;
            double s = 0;
            for (double v : x[k]) {
                s += (v - m) * (v - m);
            }
            s = Math.sqrt(s / x[k].length);
            z[k] = new double[x[k].length];
            for (int i = 0; i < z[k].length; i++) {
                z[k][i] = s > 0 ? (x[k][i] - m) / s : 0;
            }
        }
        return z;
    }

    /** The best lever on average on each half. */
    private static int[] overall(double[][] y, double[] w, int[] half) {
        double[][] sum = new double[2][y.length];
        for (int l = 0; l < y.length; l++) {
            for (int i = 0; i < w.length; i++) {
                sum[half[i]][l] += w[i] * y[l][i];
            }
        }
        return new int[] {argmax(sum[0]), argmax(sum[1])};
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The weighted mean of d and the standard error of a stratified mean. */
    private static Estimate mean(double[] d, double[] w, int[] stratum, int strata) {
        double[] sw = new double[strata];
        double[] swd = new double[strata];
        int[] count = new int[strata];
        double total = 0;
        for (int i = 0; i < d.length; i++) {
            sw[stratum[i]] += w[i];
            swd[stratum[i]] += w[i] * d[i];
            count[stratum[i]]++;
            total += w[i];
        }
        double est = 0;
        for (int s = 0; s < strata; s++) {
            est += swd[s];
        }
        est /= total;
        double var = 0;
        double[] ss = new double[strata];
        for (int i = 0; i < d.length; i++) {
            int s = stratum[i];
            double dev = d[i] - swd[s] / sw[s];
            ss[s] += w[i] * w[i] * dev * dev;
        }
        for (int s = 0; s < strata; s++) {
            if (count[s] > 1) {
                var += ss[s] * count[s] / (count[s] - 1.0);
            }
        }
        return new Estimate(est, Math.sqrt(var) / total);
    }
}

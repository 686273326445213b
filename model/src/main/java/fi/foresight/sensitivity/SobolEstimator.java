package fi.foresight.sensitivity;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Estimators of Sobol' indices from the outputs of a Saltelli design, over the first n rows or a bootstrap
 * resample of them. With f centred by the mean of f(A) and f(B) over the full n rows, and V the variance of
 * f(A) ∪ f(B) over the rows used:
 * <ul>
 *   <li>first order, Saltelli et al. (2010): {@code S1_i = mean(f(B) (f(AB_i) - f(A))) / V};</li>
 *   <li>total, Jansen (1999): {@code ST_i = mean((f(A) - f(AB_i))^2) / (2 V)};</li>
 *   <li>second order, Saltelli (2002): {@code S2_ij = mean(f(BA_i) f(AB_j) - f(A) f(B)) / V - S1_i - S1_j}.</li>
 * </ul>
 * Centring by a constant changes none of the expectations but removes the output's mean from the estimators'
 * variance.
 */
final class SobolEstimator {
    /** Indices of one outcome: S1[i], ST[i], S2[i][j] for i &lt; j (null without second order). */
    record Estimate(double[] s1, double[] st, double[][] s2) {
    }

    private SobolEstimator() {
    }

    /** The centring constant of the first n rows: the mean of f(A) and f(B). */
    static double centre(double[] fa, double[] fb, int n) {
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += fa[r] + fb[r];
        }
        return sum / (2.0 * n);
    }

    /**
     * Estimates from the first n rows, row j weighted by {@code weights[j]} (once each when weights is null); the
     * weights sum to n. A bootstrap resample is n rows drawn with replacement, i.e. multinomial counts: summing in row order with
     * the counts as weights reads the output columns sequentially instead of gathering rows at random. Outputs are
     * centred by the constant c (the full sample's mean, as SALib centres before resampling); the variance is that
     * of the rows used.
     */
    static Estimate estimate(double[] fa, double[] fb, double[][] fab, double[][] fba, int n, double c,
                             double[] weights) {
        int k = fab.length;
        // Sequential, branch-free passes over the columns (a zero count simply adds nothing).
        double[] w = weights == null ? ones(n) : weights;
        double sa = 0;
        double sb = 0;
        double ss = 0;
        double cross = 0;
        for (int j = 0; j < n; j++) {
            double a = fa[j] - c;
            double b = fb[j] - c;
            double wb = w[j] * b;
            sa += w[j] * a;
            sb += wb;
            ss += w[j] * a * a + wb * b;
            cross += wb * a;
        }
        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            double[] ab = fab[i];
            double f = 0;
            double t = 0;
            for (int j = 0; j < n; j++) {
                double d = ab[j] - fa[j];
                double wd = w[j] * d;
                f += wd * (fb[j] - c);
                t += wd * d;
            }
            first[i] = f;
            total[i] = t;
        }
        boolean second = fba != null;
        double[] joint = second ? new double[k * k] : null;
        if (second) {
            for (int i = 0; i < k; i++) {
                double[] ba = fba[i];
                for (int l = i + 1; l < k; l++) {
                    double[] ab = fab[l];
                    double q = 0;
                    for (int j = 0; j < n; j++) {
                        q += w[j] * (ba[j] - c) * (ab[j] - c);
                    }
                    joint[i * k + l] = q;
                }
            }
        }
        double mean = (sa + sb) / (2.0 * n);
        double v = ss / (2.0 * n) - mean * mean;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            s1[i] = first[i] / n / v;
            st[i] = total[i] / (2.0 * n) / v;
        }
        double[][] s2 = null;
        if (second) {
            s2 = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int l = i + 1; l < k; l++) {
                    double vil = (joint[i * k + l] - cross) / n / v;
                    s2[i][l] = vil - s1[i] - s1[l];
                    s2[l][i] = s2[i][l];
                }
            }
        }
        return new Estimate(s1, st, s2);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    /** Multinomial counts of one bootstrap resample (n rows drawn with replacement from 0..n-1) as weights. */
    static double[] counts(UniformRandomProvider rng, int n) {
        double[] counts = new double[n];
        for (int r = 0; r < n; r++) {
            counts[rng.nextInt(n)]++;
        }
        return counts;
    }

    /**
     * Weights that select replicate {@code copy} of {@code replicates} among the first n rows (rows j with
     * {@code j mod replicates == copy}), scaled so that they sum to n; the other rows weigh 0.
     */
    static double[] replicate(int n, int replicates, int copy) {
        int size = 0;
        for (int j = copy; j < n; j += replicates) {
            size++;
        }
        double[] w = new double[n];
        double each = (double) n / size;
        for (int j = copy; j < n; j += replicates) {
            w[j] = each;
        }
        return w;
    }
}

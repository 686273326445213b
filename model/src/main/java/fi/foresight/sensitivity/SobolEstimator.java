package fi.foresight.sensitivity;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Estimators of Sobol' indices from the outputs of a Saltelli design, over the first n rows or a bootstrap
 * resample of them. With f centred by the mean m of f(A) and f(B), and V the variance of f(A) ∪ f(B):
 * <ul>
 *   <li>first order, Saltelli et al. (2010): {@code S1_i = mean(f(B) (f(AB_i) - f(A))) / V};</li>
 *   <li>total, Jansen (1999): {@code ST_i = mean((f(A) - f(AB_i))^2) / (2 V)};</li>
 *   <li>second order, Saltelli (2002): {@code S2_ij = mean(f(BA_i) f(AB_j) - f(A) f(B)) / V - S1_i - S1_j}.</li>
 * </ul>
 * Centring changes none of the expectations but removes the output's mean from the estimators' variance.
 */
final class SobolEstimator {
    /** Indices of one outcome: S1[i], ST[i], S2[i][j] for i &lt; j (null without second order). */
    record Estimate(double[] s1, double[] st, double[][] s2) {
    }

    private SobolEstimator() {
    }

    /** Estimates from rows {@code idx[0..n)} (rows 0..n-1 when idx is null). */
    static Estimate estimate(double[] fa, double[] fb, double[][] fab, double[][] fba, int n, int[] idx) {
        int k = fab.length;
        double sum = 0;
        for (int r = 0; r < n; r++) {
            int j = idx == null ? r : idx[r];
            sum += fa[j] + fb[j];
        }
        double m = sum / (2.0 * n);
        double ss = 0;
        double cross = 0;
        for (int r = 0; r < n; r++) {
            int j = idx == null ? r : idx[r];
            double a = fa[j] - m;
            double b = fb[j] - m;
            ss += a * a + b * b;
            cross += a * b;
        }
        double v = ss / (2.0 * n);
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double[] ab = fab[i];
            double first = 0;
            double total = 0;
            for (int r = 0; r < n; r++) {
                int j = idx == null ? r : idx[r];
                double diff = ab[j] - fa[j];
                first += (fb[j] - m) * diff;
                total += diff * diff;
            }
            s1[i] = first / n / v;
            st[i] = total / (2.0 * n) / v;
        }
        double[][] s2 = null;
        if (fba != null) {
            s2 = new double[k][k];
            for (int i = 0; i < k; i++) {
                double[] ba = fba[i];
                for (int l = i + 1; l < k; l++) {
                    double[] ab = fab[l];
                    double joint = 0;
                    for (int r = 0; r < n; r++) {
                        int j = idx == null ? r : idx[r];
                        joint += (ba[j] - m) * (ab[j] - m);
                    }
                    double vil = (joint - cross) / n / v;
                    s2[i][l] = vil - s1[i] - s1[l];
                    s2[l][i] = s2[i][l];
                }
            }
        }
        return new Estimate(s1, st, s2);
    }

    /** One bootstrap resample of n row indices, drawn with replacement from the stream. */
    static int[] resample(UniformRandomProvider rng, int n) {
        int[] idx = new int[n];
        for (int r = 0; r < n; r++) {
            idx[r] = rng.nextInt(n);
        }
        return idx;
    }
}

package fi.foresight.sensitivity;

import fi.foresight.distributions.Normal;
import fi.foresight.model.Correlation;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A Gaussian copula for the analysed drivers: independent standard normal factors z are mixed by the Cholesky
 * factor L of the normal correlation matrix, {@code u = Phi(L z)}, so that each driver's rank correlation with the
 * others matches the model's target ({@code r = 2 sin(pi rho / 6)} turns a Spearman target into the normal
 * correlation that produces it). A matrix that rounding left slightly indefinite is repaired by clipping its
 * eigenvalues at zero and rescaling to a unit diagonal.
 */
final class Copula {
    private static final Normal STANDARD = Normal.of(0, 1);
    private final double[][] lower;
    private final int k;
    private final boolean[] correlated;
    private final int[][] affected;

    private Copula(double[][] lower) {
        this.lower = lower;
        this.k = lower.length;
        this.correlated = new boolean[k];
        this.affected = new int[k][];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i != j && (lower[i][j] != 0 || lower[j][i] != 0)) {
                    correlated[i] = true;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            var list = new java.util.ArrayList<Integer>();
            for (int j = i; j < k; j++) {
                if (lower[j][i] != 0) {
                    list.add(j);
                }
            }
            affected[i] = list.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Whether input i takes part in a correlation (otherwise its uniform passes through unchanged). */
    boolean correlated(int i) {
        return correlated[i];
    }

    /** The inputs whose correlated uniform depends on latent factor i: i itself and later inputs mixed with it. */
    int[] affected(int i) {
        return affected[i];
    }

    /** Correlated uniforms of input j from latent columns z (only those of correlated inputs are read). */
    void column(double[][] z, int j, double[] u, int n) {
        double[] row = lower[j];
        for (int s = 0; s < n; s++) {
            double v = 0;
            for (int m = 0; m <= j; m++) {
                if (row[m] != 0) {
                    v += row[m] * z[m][s];
                }
            }
            u[s] = clampOpen(STANDARD.cdf(v));
        }
    }

    /** The copula of the analysed inputs (names in design order), or null when none of them is correlated. */
    static Copula of(List<String> names, List<Correlation> correlations) {
        int k = names.size();
        double[][] r = new double[k][k];
        boolean any = false;
        for (int i = 0; i < k; i++) {
            r[i][i] = 1;
        }
        for (Correlation c : correlations) {
            int a = names.indexOf(c.a());
            int b = names.indexOf(c.b());
            if (a >= 0 && b >= 0 && c.rho() != 0) {
                double normal = 2 * Math.sin(Math.PI * c.rho() / 6);
                r[a][b] = normal;
                r[b][a] = normal;
                any = true;
            }
        }
        return any ? new Copula(cholesky(r)) : null;
    }

    /** Latent standard normal for a uniform in (0, 1). */
    static double latent(double u) {
        return STANDARD.quantile(u);
    }

    private static double clampOpen(double p) {
        return Math.min(Math.max(p, 0x1.0p-60), 1 - 0x1.0p-53);
    }

    private static double[][] cholesky(double[][] r) {
        double[][] l = tryCholesky(r);
        if (l != null) {
            return l;
        }
        RealMatrix m = new Array2DRowRealMatrix(r);
        var eig = new EigenDecomposition(m);
        double[] values = eig.getRealEigenvalues();
        int k = r.length;
        double[][] d = new double[k][k];
        for (int i = 0; i < k; i++) {
            d[i][i] = Math.max(values[i], 1e-10);
        }
        RealMatrix v = eig.getV();
        double[][] fixed = v.multiply(new Array2DRowRealMatrix(d)).multiply(v.transpose()).getData();
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (i != j) {
                    fixed[i][j] /= Math.sqrt(fixed[i][i] * fixed[j][j]);
                }
            }
        }
        for (int i = 0; i < k; i++) {
            fixed[i][i] = 1;
        }
        l = tryCholesky(fixed);
        if (l == null) {
            throw new IllegalArgumentException("the correlation matrix of the analysed drivers is not positive definite");
        }
        return l;
    }

    private static double[][] tryCholesky(double[][] a) {
        int k = a.length;
        double[][] l = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int m = 0; m < j; m++) {
                    s -= l[i][m] * l[j][m];
                }
                if (i == j) {
                    if (!(s > 1e-12)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }
}

package fi.foresight.sampling;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Iman–Conover (1982) rank correlation within one block, with per-thread scratch.
 *
 * <ol>
 *   <li>van der Waerden scores {@code a_k = Φ⁻¹(k / (n + 1))}, k = 1..n, standardised;</li>
 *   <li>one random permutation of the scores per correlated column (Fisher–Yates from the block's stream, in
 *       matrix order) gives a score matrix R;</li>
 *   <li>R's own sample correlation T = Q Qᵀ is removed and the target P Pᵀ imposed:
 *       R* = R (P Q⁻¹)ᵀ, whose sample correlation is exactly the (converted) target;</li>
 *   <li>each sampled column is rearranged so that its ranks equal the ranks of its column of R*; the
 *       marginal values are unchanged.</li>
 * </ol>
 */
final class ImanConover {
    private final RankCorrelation target;
    private final int m;
    private double[] scores = new double[0];
    private double[][] r = new double[0][];
    private long[] keys = new long[0];
    private double[] sorted = new double[0];

    ImanConover(RankCorrelation target) {
        this.target = target;
        this.m = target.size();
    }

    /** Rearranges the correlated columns of {@code columns[..][0..n)} in place; draws from {@code rng}. */
    void apply(UniformRandomProvider rng, double[][] columns, int n) {
        if (n < m + 2) {
            return; // too few points to estimate and remove the scores' own correlation
        }
        prepare(n);
        for (int j = 0; j < m; j++) {
            double[] rj = r[j];
            System.arraycopy(scores, 0, rj, 0, n);
            for (int k = n - 1; k > 0; k--) {
                int i = rng.nextInt(k + 1);
                double t = rj[k];
                rj[k] = rj[i];
                rj[i] = t;
            }
        }
        double[][] s = transform(n);
        double[] row = new double[m];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < m; j++) {
                row[j] = r[j][k];
            }
            for (int j = 0; j < m; j++) {
                double v = 0;
                double[] sj = s[j];
                for (int i = 0; i <= j; i++) {
                    v += sj[i] * row[i];
                }
                r[j][k] = v;
            }
        }
        for (int j = 0; j < m; j++) {
            rearrange(columns[target.column(j)], r[j], n);
        }
    }

    /** S = P Q⁻¹ (lower triangular), where Q is the Cholesky factor of R's sample correlation. */
    private double[][] transform(int n) {
        double[][] t = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double dot = 0;
                double[] a = r[i];
                double[] b = r[j];
                for (int k = 0; k < n; k++) {
                    dot += a[k] * b[k];
                }
                t[i][j] = dot / n; // scores are standardised: mean 0, variance 1
                t[j][i] = t[i][j];
            }
        }
        double[][] q = RankCorrelation.lowerCholesky(t);
        double[][] qInv = invertLower(q);
        double[][] p = target.cholesky();
        double[][] s = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double v = 0;
                for (int k = j; k <= i; k++) {
                    v += p[i][k] * qInv[k][j];
                }
                s[i][j] = v;
            }
        }
        return s;
    }

    private static double[][] invertLower(double[][] l) {
        int m = l.length;
        double[][] inv = new double[m][m];
        for (int i = 0; i < m; i++) {
            inv[i][i] = 1 / l[i][i];
            for (int j = 0; j < i; j++) {
                double v = 0;
                for (int k = j; k < i; k++) {
                    v += l[i][k] * inv[k][j];
                }
                inv[i][j] = -v / l[i][i];
            }
        }
        return inv;
    }

    /** Puts the sorted values of {@code x} into the rank order of {@code score}. */
    private void rearrange(double[] x, double[] score, int n) {
        System.arraycopy(x, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
        long mask = (1L << bits) - 1;
        for (int k = 0; k < n; k++) {
            keys[k] = (SortableBits.of(score[k]) & ~mask) | k;
        }
        Arrays.sort(keys, 0, n);
        for (int rank = 0; rank < n; rank++) {
            x[(int) (keys[rank] & mask)] = sorted[rank];
        }
    }

    private void prepare(int n) {
        if (scores.length != n) {
            scores = vanDerWaerden(n);
        }
        if (keys.length < n) {
            keys = new long[n];
            sorted = new double[n];
            r = new double[m][n];
        }
    }

    /** Standardised normal scores Φ⁻¹(k / (n + 1)). */
    static double[] vanDerWaerden(int n) {
        double[] a = new double[n];
        double ss = 0;
        for (int k = 0; k < n; k++) {
            a[k] = Math.sqrt(2) * Erf.erfInv(2.0 * (k + 1) / (n + 1) - 1);
            ss += a[k] * a[k];
        }
        double mean = 0;
        for (double v : a) {
            mean += v;
        }
        mean /= n;
        ss = 0;
        for (int k = 0; k < n; k++) {
            a[k] -= mean;
            ss += a[k] * a[k];
        }
        double sd = Math.sqrt(ss / n);
        for (int k = 0; k < n; k++) {
            a[k] /= sd;
        }
        return a;
    }
}

package fi.foresight.sampling;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A target Spearman rank-correlation matrix over some input columns, prepared for Iman–Conover: converted to
 * the Pearson correlation of normal scores that yields it, {@code r = 2 sin(π ρ / 6)} (exact for a bivariate
 * normal), and factored by Cholesky. When the converted matrix is only positive semi-definite (e.g. a
 * correlation of exactly 1) or slightly indefinite after the conversion, its eigenvalues are raised to
 * {@value #MIN_EIGENVALUE} and the diagonal rescaled to 1 before factoring.
 *
 * <pre>{@code
 * RankCorrelation c = RankCorrelation.of(new int[] {0, 2}, new double[][] {{1, 0.7}, {0.7, 1}});
 * }</pre>
 */
public final class RankCorrelation {
    static final double MIN_EIGENVALUE = 1e-10;

    private final int[] columns;
    private final double[][] spearman;
    private final double[][] cholesky;

    private RankCorrelation(int[] columns, double[][] spearman, double[][] cholesky) {
        this.columns = columns;
        this.spearman = spearman;
        this.cholesky = cholesky;
    }

    /**
     * A target rank correlation among some input columns, to be imposed by Iman–Conover.
     *
     * @param columns  the input columns the matrix covers, distinct, in any order
     * @param spearman symmetric target rank correlations with unit diagonal, one row per entry of columns
     * @return the correlation, with the Pearson matrix of the normal scores already factorised
     * @throws IllegalArgumentException when fewer than 2 columns are given, they repeat or are negative, or the matrix
     *     is not square, symmetric, within [-1, 1] or has a diagonal other than 1
     */
    public static RankCorrelation of(int[] columns, double[][] spearman) {
        int m = columns.length;
        if (m < 2) {
            throw new IllegalArgumentException("a rank correlation needs at least 2 columns, got " + m);
        }
        if (Arrays.stream(columns).distinct().count() != m || Arrays.stream(columns).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("columns " + Arrays.toString(columns) + " must be distinct and >= 0");
        }
        if (spearman.length != m) {
            throw new IllegalArgumentException("matrix has " + spearman.length + " rows; expected " + m);
        }
        double[][] pearson = new double[m][m];
        for (int i = 0; i < m; i++) {
            if (spearman[i].length != m) {
                throw new IllegalArgumentException("row " + i + " has " + spearman[i].length + " entries; expected " + m);
            }
            for (int j = 0; j < m; j++) {
                double rho = spearman[i][j];
                if (!(rho >= -1 && rho <= 1) || rho != spearman[j][i] || (i == j && rho != 1)) {
                    throw new IllegalArgumentException("entry (" + i + ", " + j + ") is " + rho
                            + "; a rank-correlation matrix is symmetric with entries in [-1, 1] and 1 on the diagonal");
                }
                pearson[i][j] = i == j ? 1 : 2 * Math.sin(Math.PI * rho / 6);
            }
        }
        return new RankCorrelation(columns.clone(), deepCopy(spearman), lowerCholesky(pearson));
    }

    /**
     * The input columns covered, in matrix order.
     *
     * @return a copy of the input column indices, in the order of the matrix rows
     */
    public int[] columns() {
        return columns.clone();
    }

    /**
     * The target Spearman correlation between matrix rows i and j.
     *
     * @param i the 0-based matrix row
     * @param j the 0-based matrix column
     * @return the target Spearman correlation, in [-1, 1]
     */
    public double target(int i, int j) {
        return spearman[i][j];
    }

    int size() {
        return columns.length;
    }

    int column(int i) {
        return columns[i];
    }

    /** Lower-triangular P with P Pᵀ equal to the (repaired) Pearson target of the scores. */
    double[][] cholesky() {
        return cholesky;
    }

    static double[][] lowerCholesky(double[][] a) {
        RealMatrix m = new Array2DRowRealMatrix(a, true);
        try {
            return new CholeskyDecomposition(m, 1e-12, 1e-12).getL().getData();
        } catch (NonPositiveDefiniteMatrixException e) {
            return new CholeskyDecomposition(nearestDefinite(m), 1e-12, 1e-14).getL().getData();
        }
    }

    /** Raises eigenvalues below the floor, then rescales to unit diagonal. */
    private static RealMatrix nearestDefinite(RealMatrix m) {
        var eig = new EigenDecomposition(m);
        double[] values = eig.getRealEigenvalues();
        double[][] d = new double[values.length][values.length];
        for (int i = 0; i < values.length; i++) {
            d[i][i] = Math.max(values[i], MIN_EIGENVALUE);
        }
        RealMatrix v = eig.getV();
        RealMatrix r = v.multiply(new Array2DRowRealMatrix(d, false)).multiply(v.transpose());
        int n = values.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = r.getEntry(i, j) / Math.sqrt(r.getEntry(i, i) * r.getEntry(j, j));
            }
            out[i][i] = 1;
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double s = 0.5 * (out[i][j] + out[j][i]);
                out[i][j] = s;
                out[j][i] = s;
            }
        }
        return new Array2DRowRealMatrix(out, false);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}

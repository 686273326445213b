package fi.foresight.sensitivity;

/**
 * Borgonovo's moment-independent importance δ of one input from a given sample, by the estimator of Plischke,
 * Borgonovo and Smith (2013, eqn 26) as SALib's {@code delta} computes it: the inputs' ranks split the sample into M
 * classes of equal size, M = round(min(⌈n<sup>2 / (7 + tanh((1500 - n) / 500))</sup>⌉, 48)); within each class the
 * outcome's density is a Gaussian kernel density (Silverman's bandwidth: the standard deviation times
 * (3n/4)<sup>-1/5</sup>), and δ = Σ (n<sub>m</sub> / 2n) ∫ |f<sub>Y</sub> - f<sub>Y|m</sub>| dy, the integral taken
 * by the trapezoidal rule on 100 points from the smallest to the largest outcome of the whole sample. A class whose
 * outcomes are all equal contributes ∫ f<sub>Y</sub> (as in SALib).
 *
 * <p>Kernels are summed over the grid points within nine bandwidths of each data point (a kernel beyond that weighs
 * less than 10<sup>-17</sup> of its peak), which keeps the cost near linear in n.
 */
final class BorgonovoDelta {
    /** Points of the outcome grid. */
    static final int GRID = 100;
    private static final double CUT = 9;
    private static final double ROOT_TWO_PI = Math.sqrt(2 * Math.PI);

    private BorgonovoDelta() {
    }

    /** The number of classes M for n points (SALib's rule: about n^(1/4) to n^(1/3), at most 48). */
    static int classes(int n) {
        double exp = 2.0 / (7.0 + Math.tanh((1500.0 - n) / 500.0));
        return (int) Math.round(Math.min(Math.ceil(Math.pow(n, exp)), 48));
    }

    /** {@code GRID} equally spaced points from the smallest to the largest value (NumPy's linspace). */
    static double[] grid(double[] y) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double step = (hi - lo) / (GRID - 1);
        double[] g = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            g[i] = i * step + lo;
        }
        g[GRID - 1] = hi;
        return g;
    }

    /**
     * The uncorrected estimate δ̂ of one input.
     *
     * @param y    outcomes of the (re)sample
     * @param x    the input's values of the same rows
     * @param fy   the kernel density of all of y on the grid
     * @param grid the outcome grid
     */
    static double estimate(double[] y, double[] x, double[] fy, double[] grid) {
        int n = y.length;
        int m = classes(n);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // ordinal ranks: ties keep their order in the sample (a stable sort)
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double step = (double) n / m;
        double total = 0;
        int position = 0;
        double[] diff = new double[GRID];
        for (int j = 0; j < m; j++) {
            double upper = j == m - 1 ? n : (j + 1) * step;
            int from = position;
            // rank = position + 1 lies in (j·step, upper]
            while (position < n && position + 1 <= upper) {
                position++;
            }
            int size = position - from;
            if (size == 0) {
                continue;
            }
            double[] ys = new double[size];
            boolean constant = true;
            for (int p = 0; p < size; p++) {
                ys[p] = y[order[from + p]];
                constant &= ys[p] == ys[0];
            }
            if (constant) {
                System.arraycopy(fy, 0, diff, 0, GRID);
            } else {
                double[] fc = density(ys, grid);
                for (int g = 0; g < GRID; g++) {
                    diff[g] = fy[g] - fc[g];
                }
            }
            total += size / (2.0 * n) * trapezoid(diff, grid);
        }
        return total;
    }

    /** Gaussian kernel density of the values on the grid, Silverman's bandwidth (SciPy's {@code gaussian_kde}). */
    static double[] density(double[] values, double[] grid) {
        int n = values.length;
        double h = Math.pow(n * 3.0 / 4.0, -1.0 / 5.0) * Stats.sd(values, n);
        double g0 = grid[0];
        double dg = grid[1] - grid[0];
        double[] f = new double[grid.length];
        double norm = 1 / (n * h * ROOT_TWO_PI);
        for (double v : values) {
            int lo = dg > 0 ? Math.max(0, (int) Math.ceil((v - CUT * h - g0) / dg)) : 0;
            int hi = dg > 0 ? Math.min(grid.length - 1, (int) Math.floor((v + CUT * h - g0) / dg)) : grid.length - 1;
            for (int g = lo; g <= hi; g++) {
                double z = (grid[g] - v) / h;
                f[g] += Math.exp(-0.5 * z * z);
            }
        }
        for (int g = 0; g < f.length; g++) {
            f[g] *= norm;
        }
        return f;
    }

    /** ∫ |f| over the grid by the trapezoidal rule. */
    private static double trapezoid(double[] f, double[] grid) {
        double s = 0;
        for (int g = 0; g + 1 < grid.length; g++) {
            s += (grid[g + 1] - grid[g]) * (Math.abs(f[g + 1]) + Math.abs(f[g])) / 2.0;
        }
        return s;
    }
}

package fi.foresight.sensitivity;

import fi.foresight.evaluation.Kernel;

/**
 * Evaluates a Saltelli design through the evaluator's kernel: for every row j the points A_j, B_j, AB_j^(i)
 * (A with input i taken from B) and, for second-order indices, BA_j^(i) (B with input i taken from A). Blocks run
 * in parallel; each writes its own rows of the output arrays.
 */
final class SaltelliRun {
    /** Per outcome o: f(A), f(B), f(AB^(i)), f(BA^(i)) (the last null without second order). */
    final double[][] fa;
    final double[][] fb;
    final double[][][] fab;
    final double[][][] fba;
    final int n;

    private SaltelliRun(int outcomes, int k, int n, boolean secondOrder) {
        this.n = n;
        fa = new double[outcomes][n];
        fb = new double[outcomes][n];
        fab = new double[outcomes][k][n];
        fba = secondOrder ? new double[outcomes][k][n] : null;
    }

    /** Outcome arrays for n rows, to be filled block by block. */
    static SaltelliRun empty(Space space, int n, boolean secondOrder) {
        return new SaltelliRun(space.outcomes.size(), space.k(), n, secondOrder);
    }

    /**
     * The outcomes of one block alone (rows {@code block · BLOCK …} of the design, stored from row 0), with the
     * block's stream given for a Monte Carlo design ({@code rng} is unused for the Sobol' sequence).
     */
    static SaltelliRun block(Space space, SaltelliDesign design, Copula copula, int n, boolean secondOrder, int block,
                             org.apache.commons.rng.UniformRandomProvider rng, Kernel kernel) {
        int start = block * SaltelliDesign.BLOCK;
        int rows = Math.min(SaltelliDesign.BLOCK, n - start);
        var out = empty(space, rows, secondOrder);
        var work = new BlockWork(space, copula, rows);
        design.fill(rng, start, rows, work.ua, work.ub);
        work.evaluate(kernel, out, 0, secondOrder);
        return out;
    }

    /** Scratch of one block. */
    private static final class BlockWork {
        final Space space;
        final Copula copula;
        final int rows;
        final int k;
        final double[][] ua;
        final double[][] ub;
        final double[][] xa;
        final double[][] xb;
        /** Recomputed columns of correlated inputs for one AB_i or BA_i. */
        final double[][] xs;
        final double[][] in;
        final double[][] outputs;

        BlockWork(Space space, Copula copula, int rows) {
            this.space = space;
            this.copula = copula;
            this.rows = rows;
            this.k = space.k();
            ua = new double[k][rows];
            ub = new double[k][rows];
            xa = new double[k][rows];
            xb = new double[k][rows];
            xs = copula == null ? null : new double[k][rows];
            in = space.columns(rows);
            outputs = space.outputs(rows);
        }

        private boolean correlated(int i) {
            return copula != null && copula.correlated(i);
        }

        /** Evaluates the points of the filled uniforms ua, ub into rows {@code start…} of out. */
        void evaluate(Kernel kernel, SaltelliRun out, int start, boolean second) {
            double[][] za = latent(ua);
            double[][] zb = latent(ub);
            for (int i = 0; i < k; i++) {
                if (correlated(i)) {
                    copula.column(za, i, xa[i], rows);
                    copula.column(zb, i, xb[i], rows);
                    space.distribution(i).quantiles(xa[i], xa[i], rows);
                    space.distribution(i).quantiles(xb[i], xb[i], rows);
                } else {
                    space.distribution(i).quantiles(ua[i], xa[i], rows);
                    space.distribution(i).quantiles(ub[i], xb[i], rows);
                }
            }
            point(xa, -1, null, null);
            store(kernel, out.fa, start);
            point(xb, -1, null, null);
            store(kernel, out.fb, start);
            for (int i = 0; i < k; i++) {
                swap(xa, za, zb, i);
                store(kernel, column(out.fab, i), start);
                if (second) {
                    swap(xb, zb, za, i);
                    store(kernel, column(out.fba, i), start);
                }
            }
        }

        /**
         * Points the input columns at base x with input i taken from the other matrix: the other matrix's column
         * when i is uncorrelated; otherwise the latent factor i is swapped and every correlated input that depends
         * on it is recomputed through the copula.
         */
        private void swap(double[][] base, double[][] zBase, double[][] zOther, int i) {
            if (!correlated(i)) {
                point(base, i, base == xa ? xb[i] : xa[i], null);
                return;
            }
            double[][] mixed = zBase.clone();
            mixed[i] = zOther[i];
            int[] affected = copula.affected(i);
            for (int j : affected) {
                copula.column(mixed, j, xs[j], rows);
                space.distribution(j).quantiles(xs[j], xs[j], rows);
            }
            point(base, -1, null, affected);
        }

        private static double[][] column(double[][][] byOutcome, int input) {
            double[][] c = new double[byOutcome.length][];
            for (int o = 0; o < c.length; o++) {
                c[o] = byOutcome[o][input];
            }
            return c;
        }

        /**
         * Points the input columns at x, with analysed input {@code swap} taken from {@code other}, and the
         * {@code recomputed} inputs from the scratch columns.
         */
        private void point(double[][] x, int swap, double[] other, int[] recomputed) {
            for (int i = 0; i < k; i++) {
                in[space.varied[i]] = i == swap ? other : x[i];
            }
            if (recomputed != null) {
                for (int j : recomputed) {
                    in[space.varied[j]] = xs[j];
                }
            }
        }

        /** Evaluates the current input columns and copies the requested outcomes to rows start.. of target. */
        private void store(Kernel kernel, double[][] target, int start) {
            kernel.evaluate(in, rows, outputs);
            space.requireFinite(in, outputs, rows, "points of the Sobol' design");
            for (int o = 0; o < target.length; o++) {
                System.arraycopy(outputs[space.outcomeIndex[o]], 0, target[o], start, rows);
            }
        }

        /** Latent standard normals of the correlated inputs (null columns for the others). */
        private double[][] latent(double[][] u) {
            if (copula == null) {
                return null;
            }
            double[][] z = new double[k][];
            for (int i = 0; i < k; i++) {
                if (copula.correlated(i)) {
                    z[i] = new double[rows];
                    for (int r = 0; r < rows; r++) {
                        z[i][r] = Copula.latent(u[i][r]);
                    }
                }
            }
            return z;
        }
    }
}

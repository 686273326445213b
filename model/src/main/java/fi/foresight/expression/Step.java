package fi.foresight.expression;

import java.util.function.IntFunction;

/**
 * One instruction of a {@link ColumnProgram}: reads whole columns from the bank of arrays and writes one
 * column. Steps are immutable and hold only bank indices, so one compiled step list serves any number of
 * program instances; each instance owns the arrays.
 */
abstract class Step {

    /** Bank index of the column this step writes. */
    final int dest;

    Step(int dest) {
        this.dest = dest;
    }

    /** Computes {@code bank[dest][k]} for every k in [0, n). Inputs may be the destination itself. */
    abstract void run(double[][] bank, int n);

    /** A readable form such as {@code t0 = x1 * 0.1}, naming bank entries with {@code names}. */
    abstract String describe(IntFunction<String> names);

    /** {@code dest[k] = value}. */
    static final class Fill extends Step {
        private final double value;

        Fill(double value, int dest) {
            super(dest);
            this.value = value;
        }

        @Override
        void run(double[][] bank, int n) {
            java.util.Arrays.fill(bank[dest], 0, n, value);
        }

        @Override
        String describe(IntFunction<String> names) {
            return names.apply(dest) + " = " + value;
        }
    }

    /** {@code dest[k] = a[k]}. */
    static final class Copy extends Step {
        private final int a;

        Copy(int a, int dest) {
            super(dest);
            this.a = a;
        }

        @Override
        void run(double[][] bank, int n) {
            System.arraycopy(bank[a], 0, bank[dest], 0, n);
        }

        @Override
        String describe(IntFunction<String> names) {
            return names.apply(dest) + " = " + names.apply(a);
        }
    }

    /** {@code dest[k] = c[k] != 0 ? a[k] : b[k]}, the column form of {@code if(c, a, b)}. */
    static final class If extends Step {
        private final int c;
        private final int a;
        private final int b;

        If(int c, int a, int b, int dest) {
            super(dest);
            this.c = c;
            this.a = a;
            this.b = b;
        }

        @Override
        void run(double[][] bank, int n) {
            double[] cc = bank[c];
            double[] aa = bank[a];
            double[] bb = bank[b];
            double[] o = bank[dest];
            for (int k = 0; k < n; k++) {
                o[k] = cc[k] != 0.0 ? aa[k] : bb[k];
            }
        }

        @Override
        String describe(IntFunction<String> names) {
            return names.apply(dest) + " = if(" + names.apply(c) + ", " + names.apply(a) + ", " + names.apply(b) + ")";
        }
    }

    /** {@code dest[k] = clamp(x[k], lo[k], hi[k])}. */
    static final class Clamp extends Step {
        private final int x;
        private final int lo;
        private final int hi;

        Clamp(int x, int lo, int hi, int dest) {
            super(dest);
            this.x = x;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        void run(double[][] bank, int n) {
            double[] xx = bank[x];
            double[] ll = bank[lo];
            double[] hh = bank[hi];
            double[] o = bank[dest];
            for (int k = 0; k < n; k++) {
                o[k] = ScalarEvaluator.clamp(xx[k], ll[k], hh[k]);
            }
        }

        @Override
        String describe(IntFunction<String> names) {
            return names.apply(dest) + " = clamp(" + names.apply(x) + ", " + names.apply(lo) + ", " + names.apply(hi) + ")";
        }
    }
}

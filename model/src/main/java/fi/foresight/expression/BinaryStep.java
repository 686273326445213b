package fi.foresight.expression;

import java.util.function.IntFunction;

/**
 * {@code dest[k] = op(a[k], b[k])} where either operand may be a constant. One loop per operator, each
 * repeating the Java operation of {@link BinaryOp#apply} so that column and scalar results are
 * bit-identical. The operator is chosen once per block, never per element.
 */
abstract class BinaryStep extends Step {

    final BinaryOp op;

    BinaryStep(BinaryOp op, int dest) {
        super(dest);
        this.op = op;
    }

    /** Both operands are columns. */
    static final class TwoColumns extends BinaryStep {
        private final int a;
        private final int b;

        TwoColumns(BinaryOp op, int a, int b, int dest) {
            super(op, dest);
            this.a = a;
            this.b = b;
        }

        @Override
        void run(double[][] bank, int n) {
            double[] x = bank[a];
            double[] y = bank[b];
            double[] o = bank[dest];
            switch (op) {
                case ADD: for (int k = 0; k < n; k++) { o[k] = x[k] + y[k]; } break;
                case SUB: for (int k = 0; k < n; k++) { o[k] = x[k] - y[k]; } break;
                case MUL: for (int k = 0; k < n; k++) { o[k] = x[k] * y[k]; } break;
                case DIV: for (int k = 0; k < n; k++) { o[k] = x[k] / y[k]; } break;
                case POW: for (int k = 0; k < n; k++) { o[k] = Math.pow(x[k], y[k]); } break;
                case LT: for (int k = 0; k < n; k++) { o[k] = x[k] < y[k] ? 1.0 : 0.0; } break;
                case LE: for (int k = 0; k < n; k++) { o[k] = x[k] <= y[k] ? 1.0 : 0.0; } break;
                case GT: for (int k = 0; k < n; k++) { o[k] = x[k] > y[k] ? 1.0 : 0.0; } break;
                case GE: for (int k = 0; k < n; k++) { o[k] = x[k] >= y[k] ? 1.0 : 0.0; } break;
                case EQ: for (int k = 0; k < n; k++) { o[k] = x[k] == y[k] ? 1.0 : 0.0; } break;
                case NE: for (int k = 0; k < n; k++) { o[k] = x[k] != y[k] ? 1.0 : 0.0; } break;
                case AND: for (int k = 0; k < n; k++) { o[k] = x[k] != 0.0 && y[k] != 0.0 ? 1.0 : 0.0; } break;
                case OR: for (int k = 0; k < n; k++) { o[k] = x[k] != 0.0 || y[k] != 0.0 ? 1.0 : 0.0; } break;
                case MIN: for (int k = 0; k < n; k++) { o[k] = Math.min(x[k], y[k]); } break;
                case MAX: for (int k = 0; k < n; k++) { o[k] = Math.max(x[k], y[k]); } break;
                default: throw new AssertionError(op);
            }
        }

        @Override
        String describe(IntFunction<String> names) {
            return show(names.apply(dest), op, names.apply(a), names.apply(b));
        }
    }

    /** A column on the left, a constant on the right. */
    static final class ColumnConstant extends BinaryStep {
        private final int a;
        private final double c;

        ColumnConstant(BinaryOp op, int a, double c, int dest) {
            super(op, dest);
            this.a = a;
            this.c = c;
        }

        @Override
        void run(double[][] bank, int n) {
            double[] x = bank[a];
            double[] o = bank[dest];
            double y = c;
            switch (op) {
                case ADD: for (int k = 0; k < n; k++) { o[k] = x[k] + y; } break;
                case SUB: for (int k = 0; k < n; k++) { o[k] = x[k] - y; } break;
                case MUL: for (int k = 0; k < n; k++) { o[k] = x[k] * y; } break;
                case DIV: for (int k = 0; k < n; k++) { o[k] = x[k] / y; } break;
                case POW: for (int k = 0; k < n; k++) { o[k] = Math.pow(x[k], y); } break;
                case LT: for (int k = 0; k < n; k++) { o[k] = x[k] < y ? 1.0 : 0.0; } break;
                case LE: for (int k = 0; k < n; k++) { o[k] = x[k] <= y ? 1.0 : 0.0; } break;
                case GT: for (int k = 0; k < n; k++) { o[k] = x[k] > y ? 1.0 : 0.0; } break;
                case GE: for (int k = 0; k < n; k++) { o[k] = x[k] >= y ? 1.0 : 0.0; } break;
                case EQ: for (int k = 0; k < n; k++) { o[k] = x[k] == y ? 1.0 : 0.0; } break;
                case NE: for (int k = 0; k < n; k++) { o[k] = x[k] != y ? 1.0 : 0.0; } break;
                case AND: for (int k = 0; k < n; k++) { o[k] = x[k] != 0.0 && y != 0.0 ? 1.0 : 0.0; } break;
                case OR: for (int k = 0; k < n; k++) { o[k] = x[k] != 0.0 || y != 0.0 ? 1.0 : 0.0; } break;
                case MIN: for (int k = 0; k < n; k++) { o[k] = Math.min(x[k], y); } break;
                case MAX: for (int k = 0; k < n; k++) { o[k] = Math.max(x[k], y); } break;
                default: throw new AssertionError(op);
            }
        }

        @Override
        String describe(IntFunction<String> names) {
            return show(names.apply(dest), op, names.apply(a), String.valueOf(c));
        }
    }

    /**
     * A constant on the left, a column on the right; only for the operators without a mirror image
     * ({@link BinaryOp#mirrored()}), the others are compiled as {@link ColumnConstant}.
     */
    static final class ConstantColumn extends BinaryStep {
        private final double c;
        private final int b;

        ConstantColumn(BinaryOp op, double c, int b, int dest) {
            super(op, dest);
            this.c = c;
            this.b = b;
        }

        @Override
        void run(double[][] bank, int n) {
            double x = c;
            double[] y = bank[b];
            double[] o = bank[dest];
            switch (op) {
                case SUB: for (int k = 0; k < n; k++) { o[k] = x - y[k]; } break;
                case DIV: for (int k = 0; k < n; k++) { o[k] = x / y[k]; } break;
                case POW: for (int k = 0; k < n; k++) { o[k] = Math.pow(x, y[k]); } break;
                default: throw new AssertionError(op);
            }
        }

        @Override
        String describe(IntFunction<String> names) {
            return show(names.apply(dest), op, String.valueOf(c), names.apply(b));
        }
    }

    static String show(String dest, BinaryOp op, String a, String b) {
        if (op == BinaryOp.MIN || op == BinaryOp.MAX) {
            return dest + " = " + op.symbol() + "(" + a + ", " + b + ")";
        }
        return dest + " = " + a + " " + op.symbol() + " " + b;
    }
}

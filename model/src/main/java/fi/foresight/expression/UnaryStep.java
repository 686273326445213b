package fi.foresight.expression;

import java.util.function.IntFunction;

/** {@code dest[k] = op(a[k])}, one loop per operator, each repeating {@link UnaryOp#apply}. */
final class UnaryStep extends Step {

    private final UnaryOp op;
    private final int a;

    UnaryStep(UnaryOp op, int a, int dest) {
        super(dest);
        this.op = op;
        this.a = a;
    }

    @Override
    void run(double[][] bank, int n) {
        double[] x = bank[a];
        double[] o = bank[dest];
        switch (op) {
            case NEG: for (int k = 0; k < n; k++) { o[k] = -x[k]; } break;
            case NOT: for (int k = 0; k < n; k++) { o[k] = x[k] == 0.0 ? 1.0 : 0.0; } break;
            case ABS: for (int k = 0; k < n; k++) { o[k] = Math.abs(x[k]); } break;
            case SQRT: for (int k = 0; k < n; k++) { o[k] = Math.sqrt(x[k]); } break;
            case EXP: for (int k = 0; k < n; k++) { o[k] = Math.exp(x[k]); } break;
            case LOG: for (int k = 0; k < n; k++) { o[k] = Math.log(x[k]); } break;
            case LOG10: for (int k = 0; k < n; k++) { o[k] = Math.log10(x[k]); } break;
            case SIN: for (int k = 0; k < n; k++) { o[k] = Math.sin(x[k]); } break;
            case COS: for (int k = 0; k < n; k++) { o[k] = Math.cos(x[k]); } break;
            case TAN: for (int k = 0; k < n; k++) { o[k] = Math.tan(x[k]); } break;
            default: throw new AssertionError(op);
        }
    }

    @Override
    String describe(IntFunction<String> names) {
        return names.apply(dest) + " = " + op.name().toLowerCase(java.util.Locale.ROOT) + "(" + names.apply(a) + ")";
    }
}

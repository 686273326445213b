package fi.foresight.expression;

/**
 * Operators and functions of one argument. {@link #apply(double)} is the one definition of their meaning:
 * the scalar evaluator and constant folding call it, and {@link UnaryStep}'s loops use the same Java
 * operations element by element, so both paths give bit-identical results.
 */
enum UnaryOp {
    NEG, NOT, ABS, SQRT, EXP, LOG, LOG10, SIN, COS, TAN;

    double apply(double x) {
        switch (this) {
            case NEG: return -x;
            case NOT: return x == 0.0 ? 1.0 : 0.0;
            case ABS: return Math.abs(x);
            case SQRT: return Math.sqrt(x);
            case EXP: return Math.exp(x);
            case LOG: return Math.log(x);
            case LOG10: return Math.log10(x);
            case SIN: return Math.sin(x);
            case COS: return Math.cos(x);
            case TAN: return Math.tan(x);
            default: throw new AssertionError(this);
        }
    }
}

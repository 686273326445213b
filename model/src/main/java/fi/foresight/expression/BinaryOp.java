package fi.foresight.expression;

/**
 * Operators and functions of two arguments. {@link #apply(double, double)} is the one definition of their
 * meaning (truth values are 1.0 and 0.0; any non-zero operand, NaN included, counts as true). The loops
 * of the column steps repeat exactly these Java operations element by element.
 */
enum BinaryOp {
    ADD("+", Level.ADDITIVE), SUB("-", Level.ADDITIVE),
    MUL("*", Level.MULTIPLICATIVE), DIV("/", Level.MULTIPLICATIVE),
    POW("^", Level.POWER),
    LT("<", Level.COMPARISON), LE("<=", Level.COMPARISON), GT(">", Level.COMPARISON),
    GE(">=", Level.COMPARISON), EQ("==", Level.COMPARISON), NE("!=", Level.COMPARISON),
    AND("and", Level.AND), OR("or", Level.OR),
    MIN("min", Level.PRIMARY), MAX("max", Level.PRIMARY);

    private final String symbol;
    private final Level level;

    BinaryOp(String symbol, Level level) {
        this.symbol = symbol;
        this.level = level;
    }

    String symbol() {
        return symbol;
    }

    Level level() {
        return level;
    }

    /** True for the operators that form left-to-right {@link SyntaxNode.Chain}s. */
    boolean chains() {
        return level == Level.ADDITIVE || level == Level.MULTIPLICATIVE || level == Level.AND || level == Level.OR;
    }

    double apply(double a, double b) {
        switch (this) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV: return a / b;
            case POW: return Math.pow(a, b);
            case LT: return a < b ? 1.0 : 0.0;
            case LE: return a <= b ? 1.0 : 0.0;
            case GT: return a > b ? 1.0 : 0.0;
            case GE: return a >= b ? 1.0 : 0.0;
            case EQ: return a == b ? 1.0 : 0.0;
            case NE: return a != b ? 1.0 : 0.0;
            case AND: return a != 0.0 && b != 0.0 ? 1.0 : 0.0;
            case OR: return a != 0.0 || b != 0.0 ? 1.0 : 0.0;
            case MIN: return Math.min(a, b);
            case MAX: return Math.max(a, b);
            default: throw new AssertionError(this);
        }
    }

    /**
     * The operator {@code m} with {@code m.apply(b, a) == this.apply(a, b)} bit for bit on every non-NaN
     * pair (NaN results stay NaN), or null when there is none. Lets the compiler put a constant on the right.
     */
    BinaryOp mirrored() {
        switch (this) {
            case ADD: case MUL: case EQ: case NE: case AND: case OR: case MIN: case MAX: return this;
            case LT: return GT;
            case GT: return LT;
            case LE: return GE;
            case GE: return LE;
            default: return null;
        }
    }

    static BinaryOp comparison(String symbol) {
        for (BinaryOp op : values()) {
            if (op.level == Level.COMPARISON && op.symbol.equals(symbol)) {
                return op;
            }
        }
        return null;
    }
}

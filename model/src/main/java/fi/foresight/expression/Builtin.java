package fi.foresight.expression;

/** The functions callable in expressions, with the arity each accepts. */
enum Builtin {
    IF("if", 3, 3, "condition, then, else", null),
    MIN("min", 2, Integer.MAX_VALUE, null, null),
    MAX("max", 2, Integer.MAX_VALUE, null, null),
    CLAMP("clamp", 3, 3, "x, lo, hi", null),
    ABS("abs", 1, 1, null, UnaryOp.ABS),
    SQRT("sqrt", 1, 1, null, UnaryOp.SQRT),
    EXP("exp", 1, 1, null, UnaryOp.EXP),
    LOG("log", 1, 1, null, UnaryOp.LOG),
    LOG10("log10", 1, 1, null, UnaryOp.LOG10),
    SIN("sin", 1, 1, null, UnaryOp.SIN),
    COS("cos", 1, 1, null, UnaryOp.COS),
    TAN("tan", 1, 1, null, UnaryOp.TAN);

    private final String text;
    private final int minArgs;
    private final int maxArgs;
    private final String parameters;
    private final UnaryOp unaryOp;

    Builtin(String text, int minArgs, int maxArgs, String parameters, UnaryOp unaryOp) {
        this.text = text;
        this.minArgs = minArgs;
        this.maxArgs = maxArgs;
        this.parameters = parameters;
        this.unaryOp = unaryOp;
    }

    String text() {
        return text;
    }

    /** The operator for one-argument functions, null for the others. */
    UnaryOp unaryOp() {
        return unaryOp;
    }

    boolean accepts(int count) {
        return count >= minArgs && count <= maxArgs;
    }

    /** E.g. "clamp takes 3 arguments (x, lo, hi), got 2". */
    String arityProblem(int count) {
        String takes;
        if (maxArgs == Integer.MAX_VALUE) {
            takes = minArgs + " or more arguments";
        } else {
            takes = minArgs + (minArgs == 1 ? " argument" : " arguments");
        }
        String names = parameters == null ? "" : " (" + parameters + ")";
        return text + " takes " + takes + names + ", got " + count;
    }

    static Builtin named(String name) {
        for (Builtin b : values()) {
            if (b.text.equals(name)) {
                return b;
            }
        }
        return null;
    }

    static Builtin of(UnaryOp op) {
        for (Builtin b : values()) {
            if (b.unaryOp == op) {
                return b;
            }
        }
        return null;
    }
}

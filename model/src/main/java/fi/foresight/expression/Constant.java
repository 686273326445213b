package fi.foresight.expression;

/** The named constants of the expression language; their names cannot be used for variables. */
enum Constant {
    PI("pi", Math.PI),
    E("e", Math.E);

    private final String text;
    private final double value;

    Constant(String text, double value) {
        this.text = text;
        this.value = value;
    }

    String text() {
        return text;
    }

    double value() {
        return value;
    }

    static Constant named(String name) {
        for (Constant c : values()) {
            if (c.text.equals(name)) {
                return c;
            }
        }
        return null;
    }
}

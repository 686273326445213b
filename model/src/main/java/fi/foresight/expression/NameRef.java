package fi.foresight.expression;

/**
 * One occurrence of a variable name in an expression, with the 1-based column where it starts, so a model
 * loader can say "unknown variable 'redines' at column 7; did you mean readiness?".
 *
 * @param name   the name as written
 * @param column 1-based column where it starts
 */
public record NameRef(String name, int column) {
    /**
     * Checks the parts.
     *
     * @param name   the name as written
     * @param column 1-based column where it starts
     * @throws IllegalArgumentException when the name is not a valid name or {@code column < 1}
     */
    public NameRef {
        if (!Names.isValid(name)) {
            throw new IllegalArgumentException(Names.problem(name).orElseThrow());
        }
        if (column < 1) {
            throw new IllegalArgumentException("column (" + column + ") must be >= 1");
        }
    }
}

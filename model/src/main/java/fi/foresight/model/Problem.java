package fi.foresight.model;

import java.util.Objects;

/**
 * One thing wrong with a model, said so that a person can act on it.
 *
 * @param path    where in the model, as a dotted path of the file's keys ({@code variables.x1.distribution.max},
 *                {@code outcomes.y.expression}, {@code correlations[2]}); the file loader turns it into
 *                {@code file:line:col}
 * @param message what is wrong and what would be valid ({@code "min (5.0) > max (3.0); min must be <= max"})
 * @param column  1-based column inside the value at {@code path} (an expression's text), or 0 when the whole
 *                value is meant
 */
public record Problem(String path, String message, int column) implements Comparable<Problem> {
    /**
     * Checks the parts.
     *
     * @param path    where in the model, as a dotted path of the file's keys ({@code variables.x1.distribution.max},
     *                {@code outcomes.y.expression}, {@code correlations[2]}); the file loader turns it into
     *                {@code file:line:col}
     * @param message what is wrong and what would be valid ({@code "min (5.0) > max (3.0); min must be <= max"})
     * @param column  1-based column inside the value at {@code path} (an expression's text), or 0 when the whole
     *                value is meant
     * @throws NullPointerException     when {@code path} or {@code message} is null
     * @throws IllegalArgumentException when {@code column} is negative
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (column < 0) {
            throw new IllegalArgumentException("column must be >= 0, was " + column);
        }
    }

    /**
     * A problem with the whole value at {@code path}.
     *
     * @param path    where in the model, as a dotted path of the file's keys
     * @param message what is wrong and what would be valid
     * @return the problem
     */
    public static Problem at(String path, String message) {
        return new Problem(path, message, 0);
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}

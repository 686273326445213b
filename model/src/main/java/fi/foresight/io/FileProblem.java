package fi.foresight.io;

import java.util.Objects;

/**
 * One problem of a model file, with its place: {@code scenarios/tiny.yaml:12:17: variables.x1.distribution.max:
 * expected a number, got 'abc'}.
 *
 * @param file    the file as it was named to the loader
 * @param line    1-based line (0 when the problem concerns the file as a whole, e.g. it cannot be read)
 * @param column  1-based column (0 with line 0)
 * @param path    dotted path of keys to the offending value ({@code outcomes.y.expression},
 *                {@code correlations[2]}); empty when the problem is not about one value (a syntax error)
 * @param message what is wrong and what would be valid
 */
public record FileProblem(String file, int line, int column, String path, String message)
        implements Comparable<FileProblem> {

    /**
     * Checks the parts.
     *
     * @param file    the file as it was named to the loader
     * @param line    1-based line (0 when the problem concerns the file as a whole, e.g. it cannot be read)
     * @param column  1-based column (0 with line 0)
     * @param path    dotted path of keys to the offending value ({@code outcomes.y.expression},
     *                {@code correlations[2]}); empty when the problem is not about one value (a syntax error)
     * @param message what is wrong and what would be valid
     * @throws NullPointerException     when {@code file}, {@code path} or {@code message} is null
     * @throws IllegalArgumentException when {@code line} or {@code column} is negative
     */
    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line (" + line + ") and column (" + column + ") must be >= 0");
        }
    }

    /** Orders by position in the file. */
    @Override
    public int compareTo(FileProblem o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line:col: path: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        String where = line == 0 ? file : file + ":" + line + ":" + column;
        return where + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}

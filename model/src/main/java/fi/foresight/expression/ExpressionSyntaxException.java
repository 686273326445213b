package fi.foresight.expression;

import java.util.Objects;

/**
 * An expression text that does not parse. Carries the 1-based column (character position within the
 * expression text, counting every character, line breaks included) and a message that says what was found
 * and what would have been valid there.
 *
 * <pre>{@code
 * try {
 *     Expression.parse("1 + * 2");
 * } catch (ExpressionSyntaxException e) {
 *     e.column();   // 5
 *     e.message();  // "unexpected '*'; expected a number, a name, '(' or a function call"
 *     e.excerpt();  // "1 + * 2\n    ^"
 * }
 * }</pre>
 */
public final class ExpressionSyntaxException extends IllegalArgumentException {

    /** The expression text that does not parse. */
    private final String text;
    /** 1-based column of the problem. */
    private final int column;
    /** What was found and what would have been valid. */
    private final String message;

    ExpressionSyntaxException(String text, int offset, String message) {
        super("at column " + (offset + 1) + ": " + message);
        this.text = Objects.requireNonNull(text, "text");
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside [0, " + text.length() + "]");
        }
        this.column = offset + 1;
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * 1-based column of the problem within {@link #text()}; {@code text().length() + 1} for "at the end".
     *
     * @return the 1-based column of the problem
     */
    public int column() {
        return column;
    }

    /**
     * What is wrong, without the position.
     *
     * @return the description of the problem, e.g. what was expected
     */
    public String message() {
        return message;
    }

    /**
     * The expression text that failed to parse.
     *
     * @return the whole expression text as given
     */
    public String text() {
        return text;
    }

    /**
     * The line of the text that holds the problem with a caret under its column, for terminal output. Long
     * lines are cut to a window of 60 characters around the problem.
     *
     * @return the problem's line of the text and a second line with a caret under the column
     */
    public String excerpt() {
        int offset = column - 1;
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        int from = Math.max(lineStart, offset - 40);
        int to = Math.min(lineEnd, Math.max(offset + 20, from + 60));
        String line = text.substring(from, to).replace('\t', ' ').replace('\r', ' ');
        return (from > lineStart ? "..." : "") + line + (to < lineEnd ? "..." : "") + "\n"
                + " ".repeat(offset - from + (from > lineStart ? 3 : 0)) + "^";
    }
}

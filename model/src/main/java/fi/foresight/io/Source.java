package fi.foresight.io;

import fi.foresight.io.Node.Loc;
import fi.foresight.io.Node.Scalar;

/**
 * The text of a model file, to find where inside a value a position lies: an expression's column becomes a file
 * column when the expression is written on one line, plain or quoted without escapes.
 */
final class Source {
    private final String text;
    private final boolean json;
    private final int[] lineStarts;

    Source(String text, boolean json) {
        this.text = text;
        this.json = json;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int k = 1;
        for (int i = 0; i < text.length() && k < lines; i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[k++] = i + 1;
            }
        }
    }

    boolean isJson() {
        return json;
    }

    /**
     * The file position of the 1-based {@code column} inside the text of {@code value}, or null when the value is
     * not written on one line as it reads (block scalars, escapes, folded lines).
     */
    Loc inside(Scalar value, int column) {
        int start = offset(value.loc());
        String v = value.text();
        if (start < 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return null;
        }
        int open;
        if (text.startsWith(v, start) && !v.isEmpty()) {
            open = 0;
        } else if (start < text.length() && (text.charAt(start) == '"' || text.charAt(start) == '\'')
                && text.startsWith(v, start + 1) && text.startsWith(String.valueOf(text.charAt(start)), start + 1 + v.length())) {
            open = 1;
        } else {
            return null;
        }
        int chars = Math.min(Math.max(column - 1, 0), v.length());
        int width = json ? chars : v.codePointCount(0, chars);
        return new Loc(value.loc().line(), value.loc().column() + open + width);
    }

    /** Char offset of a parser position (YAML columns count code points, JSON columns count chars); -1 if outside. */
    private int offset(Loc loc) {
        if (loc.line() < 1 || loc.line() > lineStarts.length) {
            return -1;
        }
        int lineStart = lineStarts[loc.line() - 1];
        try {
            return json ? lineStart + loc.column() - 1 : text.offsetByCodePoints(lineStart, loc.column() - 1);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }
}

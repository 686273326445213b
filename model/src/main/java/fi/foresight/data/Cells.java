package fi.foresight.data;

import java.util.regex.Pattern;

/**
 * Numbers as survey exports write them: {@code 3}, {@code -0.5}, {@code 1e3}, and in a file whose cells are separated
 * by semicolons or tabs also {@code 3,5}.
 */
final class Cells {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern COMMA = Pattern.compile("[-+]?\\d+,\\d+");

    private Cells() {
    }

    /** The finite number a cell's text writes, or null (never NaN or an infinity). */
    static Double number(String text, boolean decimalComma) {
        String t = text.strip();
        if (t.length() > 100) {
            return null;
        }
        if (decimalComma && COMMA.matcher(t).matches()) {
            t = t.replace(',', '.');
        }
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        double v = Double.parseDouble(t);
        return Double.isFinite(v) ? v : null;
    }
}

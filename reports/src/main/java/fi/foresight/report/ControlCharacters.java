package fi.foresight.report;

/**
 * Keeps control characters out of the reports: a label with a BEL or NUL in it would make report.html show junk
 * and the PDF step fail (XML forbids them). Validation refuses such labels; this is the second line of defence
 * for everything that reaches a report by another way (an older run's files, a table cell).
 */
final class ControlCharacters {
    private ControlCharacters() {
    }

    /**
     * The text without the characters XML 1.0 forbids or discourages: C0 controls other than tab, line feed and
     * carriage return, DEL, the C1 controls, unpaired surrogates and the non-characters U+FFFE and U+FFFF.
     */
    static String strip(String text) {
        int first = firstBad(text);
        if (first < 0) {
            return text;
        }
        var sb = new StringBuilder(text.length());
        sb.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (!bad(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstBad(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (bad(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean bad(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }
}

package fi.foresight.io;

import java.util.Locale;
import java.util.Set;

/**
 * The rules that keep model and job files plain data, shared by the model reader and the job reader: no control
 * characters, no runs of text so long that parsing them costs seconds, bounded labels and texts, and no YAML tags
 * other than the core ones. Each check returns the problem in words (null when there is none), so each reader
 * reports it at its own place and in its own way.
 *
 * <pre>{@code
 * PlainText.Finding f = PlainText.scan(text, true);     // before parsing: control characters, overlong words
 * String p = PlainText.textProblem("Open\u0001markets", true);  // a label with a control character
 * }</pre>
 */
public final class PlainText {
    /** Longest label, title, name, unit or category, in characters. */
    public static final int MAX_LABEL_CHARS = 200;
    /** Longest other text (a description, a source, an expression), in characters. */
    public static final int MAX_TEXT_CHARS = 20_000;
    /** Longest key of a mapping (ids are shorter still: at most 64 characters). */
    public static final int MAX_KEY_CHARS = 200;
    /** Longest run of characters without a space, line break or comma in a YAML file. */
    public static final int MAX_WORD_CHARS = 100_000;

    private static final String CORE_TAG = "tag:yaml.org,2002:";
    private static final Set<String> ALLOWED_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");

    private PlainText() {
    }

    /** A problem found by {@link #scan}: 1-based line and column of the offending character. */
    public record Finding(int line, int column, String message) {
    }

    /**
     * Checks a whole file's text before it is parsed: a control character (other than tab and line breaks) is
     * refused anywhere, and in YAML a run of more than {@link #MAX_WORD_CHARS} characters without a space, line
     * break or comma (no value is that long, and the YAML parser would take minutes over it).
     *
     * @param text the file's whole text
     * @param yaml true for a YAML file, whose long runs without a break are refused too
     * @return the first problem, or null
     */
    public static Finding scan(String text, boolean yaml) {
        int line = 1;
        int lineStart = 0;
        int word = 0;
        boolean comment = false;
        boolean blank = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                word = 0;
                comment = false;
                blank = true;
                continue;
            }
            if (c == '#' && blank) {
                comment = true; // a whole-line comment: YAML skips it in linear time
            }
            blank &= c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF';
            if (c == '\t' || c == '\r' || c == ' ' || c == ',' || c == '\uFEFF' && i == 0) {
                word = 0;
                continue;
            }
            if (isControl(c)) {
                return new Finding(line, i - lineStart + 1, "a control character (" + codePoint(c) + ") in the file; "
                        + "files hold plain text: remove it (a tab or a line break is fine)");
            }
            if (yaml && !comment && ++word > MAX_WORD_CHARS) {
                return new Finding(line, i - word + 2 - lineStart, "a key or value of more than " + MAX_WORD_CHARS
                        + " characters without a space or a line break; none is that long (ids have at most 64 "
                        + "characters, labels " + MAX_LABEL_CHARS + ", texts " + MAX_TEXT_CHARS + ")");
            }
        }
        return null;
    }

    /**
     * What is wrong with a text value, or null. A label (a title, name, unit or category too) is one line of at
     * most {@link #MAX_LABEL_CHARS} characters; other text may hold line breaks and tabs and have up to
     * {@link #MAX_TEXT_CHARS} characters. Control characters are refused in both.
     *
     * @param value the text value
     * @param label true for a label, title, name, unit or category (one short line); false for other text
     * @return the problem, saying what would be valid, or null when the text is fine
     */
    public static String textProblem(String value, boolean label) {
        int max = label ? MAX_LABEL_CHARS : MAX_TEXT_CHARS;
        if (value.length() > max) {
            return "the text has " + value.length() + " characters; " + (label ? "a label, title or name may have "
                    + "at most " + max + " (put longer text in a description)" : "a text may have at most " + max);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = !label && (c == '\n' || c == '\t');
            if (!allowed && (isControl(c) || c == '\t' || c == '\n' || c == '\r' || c == 0x85 || unpaired(value, i))) {
                return (Character.isSurrogate(c) ? "an unpaired surrogate (" + codePoint(c) + ")"
                        : "a control character (" + codePoint(c) + ")") + " at character " + (i + 1)
                        + " of the text; " + (label ? "a label, title or name is plain text on one line"
                        : "text may hold line breaks and tabs but no other control characters");
            }
        }
        return null;
    }

    /**
     * What is wrong with a mapping key, or null: keys are short and hold no control characters.
     *
     * @param key the mapping key
     * @return the problem, saying what would be valid, or null when the key is fine
     */
    public static String keyProblem(String key) {
        if (key.length() > MAX_KEY_CHARS) {
            return "a key of " + key.length() + " characters; keys have at most " + MAX_KEY_CHARS
                    + " characters (ids at most 64)";
        }
        String p = textProblem(key, true);
        return p == null ? null : p.replace("of the text; a label, title or name is", "of the key; a key is");
    }

    /**
     * What is wrong with a YAML tag, or null for the core tags ({@code !!str}, {@code !!int}, {@code !!float},
     * {@code !!bool}, {@code !!null}, {@code !!map}, {@code !!seq}).
     *
     * @param files what the files are, plural ("model files")
     * @param tag the tag as the YAML parser reports it, or null when the node has none
     * @return the problem, naming the allowed tags, or null for no tag or a core tag
     */
    public static String tagProblem(String tag, String files) {
        if (tag == null || tag.startsWith(CORE_TAG) && ALLOWED_TAGS.contains(tag.substring(CORE_TAG.length()))) {
            return null;
        }
        String shown = tag.startsWith(CORE_TAG) ? "!!" + tag.substring(CORE_TAG.length())
                : tag.startsWith("!") || tag.contains(":") ? tag : "!" + tag;
        shown = shown.length() > 60 ? shown.substring(0, 57) + "..." : shown;
        return "the YAML tag " + shown + " is not allowed; " + files + " hold plain data (only the tags !!str, !!int, "
                + "!!float, !!bool, !!null, !!map and !!seq are accepted)";
    }

    /** Control characters as YAML sees them: C0 (but tab and line breaks), DEL, C1 (but NEL), U+FFFE and U+FFFF. */
    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F && c != 0x85
                || c == 0xFFFE || c == 0xFFFF;
    }

    private static boolean unpaired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}

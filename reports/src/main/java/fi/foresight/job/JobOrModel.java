package fi.foresight.job;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a job file from a model file by its text alone, without parsing it, so that a file with a syntax error
 * (or one that is too large) is still reported as what it is: a file whose top level has a {@code job:} or
 * {@code analyses:} key is a job; any other file is a model. Top-level keys are the keys of block YAML written at
 * the start of a line, or the keys of the outermost mapping of a JSON or YAML flow file ({@code {...}}).
 */
final class JobOrModel {
    private static final Set<String> JOB_KEYS = Set.of("job", "analyses");
    private static final Pattern BLOCK_KEY = Pattern.compile(
            "(?m)^(?:---[ \\t]+)?(?:\"(?:job|analyses)\"|'(?:job|analyses)'|job|analyses)[ \\t]*:(?:[ \\t\\r]|$)");

    private JobOrModel() {
    }

    /** True when {@code text} (a job or model file, or its first part) has a top-level job key. */
    static boolean isJob(String text) {
        int start = firstContent(text);
        if (start < text.length() && text.charAt(start) == '{') {
            return flowHasJobKey(text, start);
        }
        return BLOCK_KEY.matcher(text).find();
    }

    /** Index of the first character that is not a byte-order mark, white space, a comment or a "---" line. */
    private static int firstContent(String t) {
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                i++;
            } else if (c == '#' || t.startsWith("---", i) && (i + 3 == t.length() || Character.isWhitespace(t.charAt(i + 3)))) {
                int nl = t.indexOf('\n', i);
                i = nl < 0 ? t.length() : nl + 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** Scans the outermost flow mapping starting at {@code start} for a job key, up to its end or an error. */
    private static boolean flowHasJobKey(String t, int start) {
        int depth = 0;
        boolean expectKey = false;
        int i = start;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == '"' || c == '\'') {
                int end = quotedEnd(t, i);
                if (depth == 1 && expectKey && JOB_KEYS.contains(t.substring(i + 1, Math.max(i + 1, end - 1)))
                        && colonFollows(t, end)) {
                    return true;
                }
                expectKey = false;
                i = end;
            } else if (c == '{' || c == '[') {
                depth++;
                expectKey = c == '{' && depth == 1;
                i++;
            } else if (c == '}' || c == ']') {
                if (--depth <= 0) {
                    return false;
                }
                i++;
            } else if (c == ',') {
                expectKey = depth == 1;
                i++;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(t.charAt(i - 1)))) {
                int nl = t.indexOf('\n', i);
                i = nl < 0 ? t.length() : nl + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int end = i;
                while (end < t.length() && ":,{}[]".indexOf(t.charAt(end)) < 0 && !Character.isWhitespace(t.charAt(end))) {
                    end++;
                }
                if (depth == 1 && expectKey && JOB_KEYS.contains(t.substring(i, end)) && colonFollows(t, end)) {
                    return true;
                }
                expectKey = false;
                i = Math.max(end, i + 1);
            }
        }
        return false;
    }

    /** The index just after the quoted text that starts at {@code i}. */
    private static int quotedEnd(String t, int i) {
        char q = t.charAt(i);
        int j = i + 1;
        while (j < t.length()) {
            char c = t.charAt(j);
            if (q == '"' && c == '\\') {
                j += 2;
            } else if (c == q) {
                if (q == '\'' && j + 1 < t.length() && t.charAt(j + 1) == '\'') {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return t.length();
    }

    private static boolean colonFollows(String t, int i) {
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i < t.length() && t.charAt(i) == ':';
    }
}

package fi.foresight.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts, unique in one workbook: at most {@link #MAX} characters (cut at a word boundary
 * where possible), none of {@code [ ] : * ? / \}, no apostrophe at either end, not the reserved "History", and
 * unique ignoring case (a repeat gets " (2)", " (3)" …).
 */
final class SheetNames {
    /** Excel's limit on a sheet name's length. */
    static final int MAX = 31;

    private final Set<String> used = new HashSet<>();

    /**
     * A valid name for a sheet, not used before in this workbook.
     *
     * @param wanted the name in words
     * @return the name to give the sheet
     */
    String unique(String wanted) {
        String base = clean(wanted);
        String candidate = cut(base, MAX);
        for (int k = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); k++) {
            String suffix = " (" + k + ")";
            candidate = cut(base, MAX - suffix.length()) + suffix;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    /** The name without the characters Excel refuses, and never empty or reserved. */
    static String clean(String name) {
        String s = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("[\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").trim();
        s = s.replaceAll("^'+|'+$", "").trim();
        if (s.isEmpty() || s.equalsIgnoreCase("history")) {
            return "Sheet";
        }
        return s;
    }

    /** {@code s} in at most {@code max} characters, cut at the last space that leaves at least half of it. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        String head = s.substring(0, max);
        int space = s.charAt(max) == ' ' ? max : head.lastIndexOf(' ');
        if (space >= max / 2) {
            return head.substring(0, space).replaceAll("[\\s,;'\u2013-]+$", "");
        }
        return head.substring(0, max - 1).replaceAll("[\\s,;'\u2013-]+$", "") + "\u2026"; // cut inside a word
    }
}

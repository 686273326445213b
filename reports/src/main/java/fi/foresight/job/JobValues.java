package fi.foresight.job;

import fi.foresight.io.Node;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Scalar.Kind;
import fi.foresight.io.Problems;

/**
 * The scalar values of a job file's tree (whole numbers, words and texts), each wrong one reported at its place in
 * the file's {@link Problems}; the job reader, the analysis options and {@code at_year} read through them.
 */
final class JobValues {
    private JobValues() {
    }

    /**
     * The text under a key of a mapping, or null when the key is missing or empty (or after reporting a problem).
     */
    static String optionalText(Mapping top, String key, Problems problems) {
        var e = top.entries().get(key);
        if (e == null || (e.value() instanceof Scalar s && s.kind() == Kind.NULL)) {
            return null;
        }
        return textOf(e.value(), key, problems);
    }

    /** The whole number under a key, or {@code dflt} when it is missing, empty or wrong (reported). */
    static long longOr(Mapping top, String key, long dflt, Problems problems) {
        var e = top.entries().get(key);
        if (e == null || (e.value() instanceof Scalar s && s.kind() == Kind.NULL)) {
            return dflt;
        }
        Long v = integerOf(e.value(), key, problems);
        return v == null ? dflt : v;
    }

    /** The whole number under a key within [min, max], or {@code dflt} when missing, empty or wrong (reported). */
    static long boundedLong(Mapping top, String key, long dflt, long min, long max, Problems problems) {
        var e = top.entries().get(key);
        if (e == null || (e.value() instanceof Scalar s && s.kind() == Kind.NULL)) {
            return dflt;
        }
        Long v = integerOf(e.value(), key, problems);
        if (v == null) {
            return dflt;
        }
        if (v < min || v > max) {
            problems.add(e.value().loc(), key, key + " (" + v + ") must be in [" + min + ", " + max + "]");
            return dflt;
        }
        return v;
    }

    /** A whole number (written without quotes), or null after reporting a problem. */
    static Long integerOf(Node n, String path, Problems problems) {
        if (n instanceof Scalar s && s.kind() == Kind.NUMBER && s.whole()) {
            try {
                return Long.parseLong(s.text().replace("_", ""));
            } catch (NumberFormatException e) {
                problems.add(n.loc(), path, "whole number " + n.describe() + " is too large; whole numbers are "
                        + "at most " + Long.MAX_VALUE);
                return null;
            }
        }
        if (n instanceof Scalar s && s.kind() == Kind.NUMBER) {
            double d = Double.parseDouble(s.text());
            if (d == Math.rint(d) && Math.abs(d) < 9e15) {
                return (long) d;
            }
        }
        problems.add(n.loc(), path, "expected a whole number, got " + n.describe());
        return null;
    }

    /** A word or text (numbers written without quotes count as their text), or null after reporting a problem. */
    static String textOf(Node n, String path, Problems problems) {
        if (n instanceof Scalar s && s.kind() != Kind.NULL) {
            return s.text();
        }
        problems.add(n.loc(), path, "expected a word or text, got " + n.describe());
        return null;
    }
}

package fi.foresight.expression;

import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules for names in expressions: what a variable name may look like, which words are reserved, and
 * which known name a misspelt one was probably meant to be.
 *
 * <p>A name starts with a letter or {@code _} and goes on with letters, digits, {@code _} and {@code .}
 * (so {@code index.entrepreneurs} can name a per-panel outcome). Names are case-sensitive. The reserved words
 * are the constants ({@code pi}, {@code e}), the keywords ({@code and}, {@code or}, {@code not}, {@code if},
 * {@code prev}) and the function names; a model may not give a driver, lever or outcome one of them.
 *
 * <pre>{@code
 * Names.problem("pi");                                       // Optional["'pi' is a reserved constant; ..."]
 * Names.closest("redines", List.of("readiness", "risk"));    // Optional["readiness"]
 * }</pre>
 */
public final class Names {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "if", Expression.PREV);
    private static final Set<String> RESERVED;

    static {
        TreeSet<String> all = new TreeSet<>(KEYWORDS);
        for (Constant c : Constant.values()) {
            all.add(c.text());
        }
        for (Builtin b : Builtin.values()) {
            all.add(b.text());
        }
        RESERVED = Collections.unmodifiableSet(all);
    }

    private Names() {
    }

    /**
     * Every reserved word, in alphabetical order.
     *
     * @return the unmodifiable, sorted set of constant, keyword and function names
     */
    public static Set<String> reserved() {
        return RESERVED;
    }

    /**
     * True when {@code name} is a constant, keyword or function name.
     *
     * @param name the name to check
     * @return true when {@code name} is reserved
     */
    public static boolean isReserved(String name) {
        return RESERVED.contains(name);
    }

    /**
     * True when {@code name} can name a variable: the identifier syntax and not reserved.
     *
     * @param name the name to check, may be {@code null}
     * @return true when {@code name} is a valid variable name
     */
    public static boolean isValid(String name) {
        return problem(name).isEmpty();
    }

    /**
     * What is wrong with {@code name} as a variable name, or empty when it is fine. The message says what
     * would be valid.
     *
     * @param name the name to check, may be {@code null} or empty
     * @return the problem, saying what would be valid, or empty when the name is valid
     */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("a name must not be empty; it starts with a letter or '_'");
        }
        if (!isNameStart(name.charAt(0))) {
            return Optional.of("'" + name + "' is not a valid name; a name starts with a letter (A-Z, a-z) or '_'");
        }
        for (int i = 1; i < name.length(); i++) {
            if (!isNamePart(name.charAt(i))) {
                return Optional.of("'" + name + "' is not a valid name: character '" + name.charAt(i)
                        + "' at position " + (i + 1) + "; names use only A-Z, a-z, 0-9, '_' and '.'");
            }
        }
        if (Constant.named(name) != null) {
            return Optional.of("'" + name + "' is a reserved constant; choose another name");
        }
        if (KEYWORDS.contains(name)) {
            return Optional.of("'" + name + "' is a reserved keyword; choose another name");
        }
        if (Builtin.named(name) != null) {
            return Optional.of("'" + name + "' is a reserved function name; choose another name");
        }
        return Optional.empty();
    }

    /**
     * The candidate that {@code name} most probably misspells, or empty when none is close. Close means an
     * edit distance (insertions, deletions, substitutions, ignoring case) of at most a third of the name's
     * length (at least 1), and less than its length. Ties go to the alphabetically first candidate.
     *
     * @param name the name as written, perhaps misspelt
     * @param candidates the names that are defined
     * @return the closest candidate, or empty when none is close enough
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.min(Math.max(1, name.length() / 3), name.length() - 1);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(candidates)) {
            if (candidate.equals(name)) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT), limit);
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean isNameStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '.';
    }

    /** Levenshtein distance, or any value above {@code limit} once it is certain to exceed it. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

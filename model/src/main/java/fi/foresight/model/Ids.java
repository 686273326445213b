package fi.foresight.model;

import java.util.regex.Pattern;

/**
 * Rules for identifiers. Two kinds:
 * <ul>
 *   <li><b>Names used in expressions</b> — drivers (variables), outcomes, events: a letter or {@code _}, then
 *       letters, digits or {@code _} ({@link #isValid}). A hyphen would read as a minus sign, so
 *       {@code market-access} is refused with the suggestion {@code market_access}.</li>
 *   <li><b>Names never used in expressions</b> — the model, scenarios, levers, panels (and, outside the model,
 *       jobs): the same, and hyphens between the parts as people write them, e.g. {@code ishigami-hidden},
 *       {@code open-east} ({@link #isValidName}).</li>
 * </ul>
 * Both are at most 64 characters.
 */
public final class Ids {
    /** The longest id, in characters. */
    public static final int MAX_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*");

    private Ids() {
    }

    /**
     * True when {@code id} may name a driver or an outcome, which expressions use: a letter or underscore, then
     * letters, digits, underscores; e.g. {@code market_access}.
     *
     * @param id the id to check; null is not valid
     * @return whether the id is valid in expressions
     */
    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }

    /**
     * True when {@code id} may name a model, scenario, lever or panel: as {@link #isValid}, and also with single
     * hyphens between the parts, e.g. {@code open-east}.
     *
     * @param id the id to check; null is not valid
     * @return whether the id is valid where ids never appear in expressions
     */
    public static boolean isValidName(String id) {
        return id != null && id.length() <= MAX_LENGTH && NAME.matcher(id).matches();
    }

    /**
     * Why {@code id} is not a valid expression id (driver, outcome, event), with the underscore form when the
     * hyphens are the only fault.
     *
     * @param what the kind of id, e.g. "variable"
     * @param id the refused id
     * @return the message
     */
    public static String invalid(String what, String id) {
        String underscored = id == null ? null : id.replace('-', '_');
        if (underscored != null && !underscored.equals(id) && isValid(underscored)) {
            String why = what.equals("variable") || what.equals("outcome")
                    ? ": expressions use " + what + " ids, and there '-' means minus" : "";
            return what + " id '" + id + "' is not valid" + why + "; use '" + underscored + "'";
        }
        return what + " id '" + id + "' is not valid; use a letter or '_' followed by letters, digits or '_' "
                + "(at most " + MAX_LENGTH + " characters)";
    }

    /**
     * Why {@code id} is not a valid model, scenario, lever or panel id.
     *
     * @param what the kind of id, e.g. "scenario"
     * @param id the refused id
     * @return the message
     */
    public static String invalidName(String what, String id) {
        return what + " id '" + id + "' is not valid; use a letter or '_' followed by letters, digits, '_' or "
                + "single '-' between them, e.g. open-east (at most " + MAX_LENGTH + " characters)";
    }

    static void check(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(invalid(what, id));
        }
    }

    static void checkName(String id, String what) {
        if (!isValidName(id)) {
            throw new IllegalArgumentException(invalidName(what, id));
        }
    }
}

package fi.foresight.model;

import java.util.regex.Pattern;

/** Rules for identifiers of drivers, panels, outcomes, scenarios and levers. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Ids() {
    }

    /** True when {@code id} is a valid identifier: a letter or underscore, then letters, digits, underscores. */
    public static boolean isValid(String id) {
        return id != null && id.length() <= 64 && ID.matcher(id).matches();
    }

    static void check(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " id '" + id + "' is not valid; use a letter or '_' "
                    + "followed by letters, digits or '_' (at most 64 characters)");
        }
    }
}

package fi.foresight.data;

/**
 * A reference to one column of a data set, written {@code survey.q7}: the data set's name, a dot, the column's
 * header (which may itself contain dots; the name may not).
 *
 * @param data   the data set's name
 * @param column the column's header
 */
public record DataRef(String data, String column) {

    /**
     * Reads {@code name.column}.
     *
     * @param text the reference as written
     * @return the reference
     * @throws IllegalArgumentException when there is no dot, or nothing before or after it
     */
    public static DataRef parse(String text) {
        String t = text == null ? "" : text.strip();
        int dot = t.indexOf('.');
        if (dot <= 0 || dot == t.length() - 1) {
            throw new IllegalArgumentException("expected a data set and a column joined by a dot, e.g. survey.q7, got '"
                    + Grid.shorten(t) + "'");
        }
        return new DataRef(t.substring(0, dot), t.substring(dot + 1));
    }

    /** {@code survey.q7}. */
    @Override
    public String toString() {
        return data + "." + column;
    }
}

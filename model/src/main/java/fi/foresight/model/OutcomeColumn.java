package fi.foresight.model;

import java.util.Objects;

/**
 * One column of simulated outcomes: an outcome ({@code index}), or a weighted index as one of its panels weighs it
 * ({@code index.panel}, present when the index pools more than one panel). {@link #parse(String)} and {@link #key()}
 * are the one reading and the one writing of the column's name: {@code parse(c.key())} equals {@code c}, and
 * {@code parse(text).key()} equals {@code text} for every text.
 *
 * <p>Outcome ids never hold {@code '.'} ({@link Ids}), so a column splits at its first {@code '.'}; expressions may
 * refer to a per-panel column by this name.
 *
 * <pre>{@code
 * OutcomeColumn.parse("attractiveness.youth")  // outcome attractiveness, panel youth
 * OutcomeColumn.of("attractiveness").key()     // "attractiveness"
 * }</pre>
 *
 * @param outcome the outcome id; without {@code '.'}
 * @param panel   the panel whose weights alone make the column, or null for the outcome itself
 */
public record OutcomeColumn(String outcome, String panel) {
    /** What separates the outcome from the panel in a column's name. */
    public static final char SEPARATOR = '.';

    /**
     * Checks the parts.
     *
     * @param outcome the outcome id
     * @param panel   the panel id, or null
     * @throws NullPointerException     when the outcome is null
     * @throws IllegalArgumentException when the outcome id holds {@code '.'} (the name would not read back)
     */
    public OutcomeColumn {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("outcome id '" + outcome + "' holds '" + SEPARATOR + "'");
        }
    }

    /**
     * The column of an outcome itself.
     *
     * @param outcome the outcome id
     * @return the column
     */
    public static OutcomeColumn of(String outcome) {
        return new OutcomeColumn(outcome, null);
    }

    /**
     * The column of a weighted index as one panel weighs it.
     *
     * @param outcome the index id
     * @param panel   the panel id
     * @return the column
     * @throws NullPointerException when the panel is null
     */
    public static OutcomeColumn of(String outcome, String panel) {
        return new OutcomeColumn(outcome, Objects.requireNonNull(panel, "panel"));
    }

    /**
     * Reads a column's name: {@code index.panel} is a panel's column (split at the first {@code '.'}), any other
     * text an outcome.
     *
     * @param column the column's name
     * @return the column whose {@link #key()} is {@code column}
     * @throws NullPointerException when the name is null
     */
    public static OutcomeColumn parse(String column) {
        int dot = column.indexOf(SEPARATOR);
        return dot < 0 ? of(column) : of(column.substring(0, dot), column.substring(dot + 1));
    }

    /**
     * Whether the column is one panel's view of an index.
     *
     * @return whether there is a panel
     */
    public boolean perPanel() {
        return panel != null;
    }

    /**
     * The column's name as tables write it.
     *
     * @return {@code outcome} or {@code outcome.panel}
     */
    public String key() {
        return panel == null ? outcome : outcome + SEPARATOR + panel;
    }

    /**
     * The column's name as tables write it.
     *
     * @return {@link #key()}
     */
    @Override
    public String toString() {
        return key();
    }
}

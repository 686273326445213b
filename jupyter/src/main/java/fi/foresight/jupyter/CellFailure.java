package fi.foresight.jupyter;

import java.util.List;

/**
 * A cell that did not run to its end: a snippet that does not compile, one that threw, or an interrupt. Its
 * lines are what the notebook shows, already in the workbench's words (no stack trace for a user's mistake).
 */
public final class CellFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    /**
     * A failure shown as the given lines.
     *
     * @param lines what the notebook shows, one entry per line; at least one
     */
    public CellFailure(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.lines = List.copyOf(lines);
    }

    /**
     * What the notebook shows.
     *
     * @return the lines, in order
     */
    public List<String> lines() {
        return lines;
    }
}

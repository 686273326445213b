package fi.foresight.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The problems of a data file, every one at its row and column; the message lists them one per line.
 */
public final class DataException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Most problems listed for one file (then one line saying how many more). */
    public static final int MAX_PROBLEMS = 50;

    private final transient List<DataProblem> problems;

    /**
     * @param problems the problems, in the order of the file (at least one)
     */
    public DataException(List<DataProblem> problems) {
        super(problems.stream().map(DataProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a data exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, each at its place.
     *
     * @return the problems in file order
     */
    public List<DataProblem> problems() {
        return problems;
    }
}

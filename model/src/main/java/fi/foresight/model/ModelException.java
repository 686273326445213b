package fi.foresight.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a model is not valid; carries every problem found, not only the first. */
public class ModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * An exception listing every problem, one per line of its message.
     *
     * @param problems the problems found; at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public ModelException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ModelException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, for a person to fix them all at once.
     *
     * @return the problems (never empty)
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}

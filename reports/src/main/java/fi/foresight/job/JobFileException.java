package fi.foresight.job;

import fi.foresight.io.FileProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A job file that cannot be run, with every problem found in it (and in its model), each as
 * {@code file:line:col: path: message}. Never carries a stack trace worth showing to a user.
 */
public final class JobFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<FileProblem> problems;

    public JobFileException(List<FileProblem> problems) {
        super(problems.stream().map(FileProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a JobFileException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in file order (the model file's problems where the model is a separate file). */
    public List<FileProblem> problems() {
        return problems;
    }
}

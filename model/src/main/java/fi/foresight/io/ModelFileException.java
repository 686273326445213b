package fi.foresight.io;

import fi.foresight.model.ModelException;
import fi.foresight.model.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A model file that cannot be loaded, with every problem found in it, each placed at a line and column.
 * {@link #getMessage()} is one problem per line:
 *
 * <pre>
 * scenarios/tiny.yaml:4:42: variables.x1.distribution: min (5.0) is not below max (3.0); min must be &lt; max
 * scenarios/tiny.yaml:9:17: outcomes.y.expression: unknown name 'x4'; did you mean x1? ...
 * </pre>
 */
public final class ModelFileException extends ModelException {
    private static final long serialVersionUID = 1L;
    private final transient List<FileProblem> fileProblems;

    /**
     * An exception listing every problem of a model file, one {@code file:line:col: path: message} per line.
     *
     * @param problems the problems found, in file order; at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public ModelFileException(List<FileProblem> problems) {
        super(problems.stream().map(p -> new Problem(p.path(), p.message(), 0)).toList());
        this.fileProblems = List.copyOf(problems);
    }

    /**
     * The problems in file order.
     *
     * @return the problems, each with its file, line, column and path in the model
     */
    public List<FileProblem> fileProblems() {
        return fileProblems;
    }

    /** One {@code file:line:col: path: message} line per problem. */
    @Override
    public String getMessage() {
        return fileProblems.stream().map(FileProblem::toString).collect(Collectors.joining("\n"));
    }
}

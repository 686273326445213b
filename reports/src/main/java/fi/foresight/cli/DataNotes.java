package fi.foresight.cli;

import fi.foresight.io.FileProblem;
import fi.foresight.job.ModelSource;
import java.io.PrintStream;
import java.util.List;

/**
 * Tells, on stderr, what the model took from its data files where answers were missing: one line per driver,
 * {@code file:line:col: path: note: 112 answers from survey.readiness of the respondents with subregion forssa; 4
 * missing answers left out}, at most {@link #MAX_LINES} and then how many more. The exit status is not changed.
 */
final class DataNotes {
    /** Most notes listed one by one. */
    static final int MAX_LINES = 10;

    private DataNotes() {
    }

    /**
     * Prints the notes of a model.
     *
     * @param model the model as read for a job or on its own
     * @param err   where notes go
     */
    static void print(ModelSource model, PrintStream err) {
        List<FileProblem> notes = model.notes();
        for (int i = 0; i < Math.min(MAX_LINES, notes.size()); i++) {
            err.println(notes.get(i));
        }
        if (notes.size() > MAX_LINES) {
            err.println(notes.get(MAX_LINES).file() + ": note: and " + (notes.size() - MAX_LINES)
                    + " more drivers with missing answers left out");
        }
    }
}

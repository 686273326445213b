package fi.foresight.cli;

import fi.foresight.io.FileProblem;
import fi.foresight.io.FinnishGaps;
import fi.foresight.job.Job;
import fi.foresight.job.Language;
import fi.foresight.job.ModelSource;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Warns, on stderr, about each English label of the model that has no Finnish one when the job asks for a
 * Finnish report ({@code language: [.., fi]}): one line per gap, {@code file:line:col: path: warning: …}, at most
 * {@link #MAX_LINES} and then how many more. The exit status is not changed: the model is valid.
 */
final class FinnishWarnings {
    /** Most gaps listed one by one. */
    static final int MAX_LINES = 10;

    private FinnishWarnings() {
    }

    /**
     * Prints the warnings for {@code job}.
     *
     * @param job the job read from its file
     * @param err where warnings go
     * @return how many gaps there were
     */
    static int print(Job job, PrintStream err) {
        if (!job.languages().contains(Language.FI)) {
            return 0;
        }
        ModelSource m = job.model();
        String name = m.file() != null ? m.file().toString() : job.file() != null ? job.file().toString() : m.fileName();
        String lower = m.fileName().toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
            return 0; // other formats (.scw) have no Finnish fields
        }
        List<FileProblem> gaps = FinnishGaps.of(m.bytes(), name);
        for (int i = 0; i < Math.min(MAX_LINES, gaps.size()); i++) {
            err.println(gaps.get(i));
        }
        if (gaps.size() > MAX_LINES) {
            err.println(name + ": warning: and " + (gaps.size() - MAX_LINES) + " more English labels without a Finnish one");
        }
        return gaps.size();
    }
}

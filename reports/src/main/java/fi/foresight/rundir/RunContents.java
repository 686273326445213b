package fi.foresight.rundir;

import fi.foresight.model.Model;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * Everything a report is made from: the manifest, the model (for labels, assumptions and provenance) and each
 * analysis's tables and charts. Built from live results during a run, or read back from a run directory by
 * {@link RunReader}; both give the same report.
 *
 * @param manifest what was run
 * @param model    the model the run used
 * @param results  one entry per analysis, in job order, matching {@code manifest.analyses()}
 */
public record RunContents(Manifest manifest, Model model, List<Result> results) {
    public RunContents {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(model, "model");
        results = List.copyOf(results);
        if (results.size() != manifest.analyses().size()) {
            throw new IllegalArgumentException(results.size() + " results for " + manifest.analyses().size() + " analyses");
        }
    }

    /** One analysis's output. */
    public record Result(Manifest.Analysis entry, List<Table> tables, List<RenderedChart> charts) {
        public Result {
            Objects.requireNonNull(entry, "entry");
            tables = List.copyOf(tables);
            charts = List.copyOf(charts);
        }
    }
}

package fi.foresight.batch;

import fi.foresight.rundir.Manifest;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished run.
 *
 * @param directory the run directory
 * @param manifest  its run.json
 * @param reports   the report files written, relative to the directory ({@code report.html}, …)
 */
public record RunSummary(Path directory, Manifest manifest, List<String> reports) {
    public RunSummary {
        reports = List.copyOf(reports);
    }
}

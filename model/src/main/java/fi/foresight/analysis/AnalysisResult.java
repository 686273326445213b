package fi.foresight.analysis;

import java.util.List;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * What every analysis result offers to a job runner and a report writer, so that they loop over results
 * instead of growing a branch per analysis.
 *
 * <pre>{@code
 * AnalysisResult r = MonteCarlo.of(model).samples(100_000).seed(42).run();
 * for (Table t : r.tables()) {
 *     t.write().csv(runDir.resolve(t.name() + ".csv").toFile());   // montecarlo-summary.csv, …
 * }
 * r.charts().forEach((name, chart) -> ChartExport.png(chart, runDir.resolve(name + ".png")));
 * }</pre>
 */
public interface AnalysisResult {
    /** A short stable identifier of the analysis, e.g. {@code "montecarlo"}; used in file names and run.json. */
    String kind();

    /**
     * The result's tables in reading order. Each table's {@link Table#name()} is its file stem in a run
     * directory and starts with {@link #kind()}, e.g. {@code montecarlo-summary}.
     */
    List<Table> tables();

    /**
     * The result's charts in reading order, by name (the file stem, e.g. {@code montecarlo-histogram-index}).
     * Charts are built on each call; an analysis with nothing to draw returns an empty map.
     */
    Map<String, Chart<?, ?>> charts();
}

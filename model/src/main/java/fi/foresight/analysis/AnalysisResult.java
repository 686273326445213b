package fi.foresight.analysis;

import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/**
 * What every analysis yields, so that notebooks, the job runner and the report writer treat all analyses alike:
 * its tables (each {@link Table#name()} is the file stem in a run directory, e.g. {@code montecarlo-summary}),
 * its charts (name → language-neutral {@link ChartSpec}, the name being the file stem under {@code charts/}) and its key findings for the
 * report's summary page.
 *
 * <p>Results are plain immutable values; the report writer loops over them and never branches on the kind.
 */
public interface AnalysisResult {
    /**
     * The analysis type as written in job files: {@code montecarlo}, {@code sobol}, {@code cib}, …
     *
     * @return the job-file type name, e.g. {@code montecarlo}
     */
    String kind();

    /**
     * Result tables, in the order a reader should see them.
     *
     * @return the tables, each named by its file stem in a run directory
     */
    List<Table> tables();

    /**
     * Charts by file stem, in the order a reader should see them.
     *
     * @return an insertion-ordered map from file stem (under {@code charts/}) to chart specification
     */
    Map<String, ChartSpec> charts();

    /**
     * Key findings in language-neutral form, rendered by the report in English and Finnish.
     *
     * @return the findings for the report's summary page; empty by default
     */
    default List<Finding> findings() {
        return List.of();
    }

    /**
     * Whether the report shows this table on its pages. A result keeps off the pages what is too long or too
     * technical to read there (sample rows, convergence traces); the run directory's CSV files and the XLSX workbook
     * keep every table, and the report names the tables it leaves out.
     *
     * @param table the name of one of {@link #tables()}
     * @return true (the default) to show it in the HTML and PDF report
     */
    default boolean tableOnPages(String table) {
        return true;
    }

    /**
     * Whether the report shows this chart on its pages; {@code charts/} of the run directory keeps every chart.
     *
     * @param chart the name of one of {@link #charts()}
     * @return true (the default) to show it in the HTML and PDF report
     */
    default boolean chartOnPages(String chart) {
        return true;
    }
}

package fi.foresight.job.types;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/**
 * A result as the run directory and the report get it: the analysis's kind with tables, charts and findings adapted
 * for readers (rows ordered by importance, charts of the inputs that matter with their labels, plain-language
 * findings) and the names of the tables and charts the report keeps off its pages ({@code offPages}; CSV, XLSX and
 * {@code charts/} keep them). The analysis's own result object stays available to notebooks unchanged.
 */
record Reported(String kind, List<Table> tables, Map<String, ChartSpec> charts, List<Finding> findings,
                Set<String> offPages) implements AnalysisResult {
    Reported {
        Objects.requireNonNull(kind, "kind");
        tables = List.copyOf(tables);
        charts = Collections.unmodifiableMap(new LinkedHashMap<>(charts));
        findings = List.copyOf(findings);
        offPages = Set.copyOf(offPages);
    }

    /** A result whose tables and charts are all shown on the report's pages. */
    Reported(String kind, List<Table> tables, Map<String, ChartSpec> charts, List<Finding> findings) {
        this(kind, tables, charts, findings, Set.of());
    }

    @Override
    public boolean tableOnPages(String table) {
        return !offPages.contains(table);
    }

    @Override
    public boolean chartOnPages(String chart) {
        return !offPages.contains(chart);
    }
}

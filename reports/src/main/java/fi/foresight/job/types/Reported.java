package fi.foresight.job.types;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/**
 * A result as the run directory and the report get it: the analysis's kind with tables, charts and findings adapted
 * for readers (rows ordered by importance, charts of the inputs that matter with their labels, plain-language
 * findings). The analysis's own result object stays available to notebooks unchanged.
 */
record Reported(String kind, List<Table> tables, Map<String, ChartSpec> charts, List<Finding> findings)
        implements AnalysisResult {
    Reported {
        Objects.requireNonNull(kind, "kind");
        tables = List.copyOf(tables);
        charts = Collections.unmodifiableMap(new LinkedHashMap<>(charts));
        findings = List.copyOf(findings);
    }
}

package fi.foresight.views;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.chart.ChartSpec;
import fi.foresight.model.Model;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * What {@link Views} found: the tables {@code views-fits} (every candidate family of every fitted or elicited driver),
 * {@code views-quantiles} (asked and achieved quantiles of elicited drivers) and {@code views-experts} (each expert
 * and the pool), the charts, and one finding per driver.
 *
 * @param model    the model
 * @param tables   the tables
 * @param charts   the charts by name
 * @param findings the findings
 */
public record ViewsResult(Model model, List<Table> tables, Map<String, ChartSpec> charts, List<Finding> findings)
        implements AnalysisResult {

    /**
     * Copies the parts.
     *
     * @param model    the model
     * @param tables   the tables
     * @param charts   the charts by name
     * @param findings the findings
     */
    public ViewsResult {
        tables = List.copyOf(tables);
        charts = Collections.unmodifiableMap(new LinkedHashMap<>(charts));
        findings = List.copyOf(findings);
    }

    @Override
    public String kind() {
        return "views";
    }
}

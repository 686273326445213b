package fi.foresight.sensitivity;

import fi.foresight.chart.FileNames;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/**
 * Spearman correlations and standardised regression coefficients of an {@link Importance} computation. Table
 * {@code importance}: {@code scenario, lever, outcome, variable, spearman, src, r_squared}; one bar chart of the
 * Spearman correlations per outcome of the first scenario × lever.
 */
public final class ImportanceResult implements AnalysisResult {
    private final List<ImportanceMeasure> measures;

    ImportanceResult(List<ImportanceMeasure> measures) {
        this.measures = List.copyOf(measures);
    }

    @Override
    public String kind() {
        return "importance";
    }

    /**
     * Every measure: one per scenario × lever × outcome × input.
     *
     * @return the measures
     */
    public List<ImportanceMeasure> measures() {
        return measures;
    }

    /**
     * The measure of one input for one outcome in one scenario × lever.
     *
     * @param scenario a scenario id
     * @param lever    a lever id
     * @param outcome  an outcome column
     * @param variable an input id
     * @return the measure
     * @throws IllegalArgumentException when there is no such measure
     */
    public ImportanceMeasure measure(String scenario, String lever, String outcome, String variable) {
        return measures.stream().filter(m -> m.scenario().equals(scenario) && m.lever().equals(lever)
                        && m.outcome().equals(outcome) && m.variable().equals(variable)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no measure for " + scenario + " × " + lever + ", "
                        + outcome + ", " + variable));
    }

    /**
     * The measure of one input for one outcome in the base scenario without lever.
     *
     * @param outcome  an outcome column
     * @param variable an input id
     * @return the measure
     * @throws IllegalArgumentException when there is no such measure
     */
    public ImportanceMeasure measure(String outcome, String variable) {
        return measure("base", "none", outcome, variable);
    }

    /**
     * The table {@code importance}: {@code scenario, lever, outcome, variable, spearman, src, r_squared}.
     *
     * @return a new table
     */
    public Table table() {
        return Importance.table(measures);
    }

    @Override
    public List<Table> tables() {
        return List.of(table());
    }

    @Override
    public Map<String, ChartSpec> charts() {
        var charts = new LinkedHashMap<String, ChartSpec>();
        if (measures.isEmpty()) {
            return charts;
        }
        String scenario = measures.get(0).scenario();
        String lever = measures.get(0).lever();
        for (String outcome : measures.stream().map(ImportanceMeasure::outcome).distinct().toList()) {
            var list = measures.stream().filter(m -> m.scenario().equals(scenario) && m.lever().equals(lever)
                    && m.outcome().equals(outcome)).toList();
            if (!list.isEmpty() && list.stream().allMatch(m -> Double.isFinite(m.spearman()))) {
                charts.put("importance-" + FileNames.slug(outcome, "outcome"), SensitivityCharts.importance(list));
            }
        }
        return charts;
    }

    @Override
    public List<Finding> findings() {
        var findings = new ArrayList<Finding>();
        var keys = new LinkedHashMap<String, List<ImportanceMeasure>>();
        for (ImportanceMeasure m : measures) {
            keys.computeIfAbsent(m.scenario() + "|" + m.lever() + "|" + m.outcome(), k -> new ArrayList<>()).add(m);
        }
        for (var list : keys.values()) {
            list.stream().filter(m -> Double.isFinite(m.spearman()))
                    .max(Comparator.comparingDouble(m -> Math.abs(m.spearman()))).ifPresent(top -> {
                        var args = new LinkedHashMap<String, Object>();
                        args.put("scenario", top.scenario());
                        args.put("lever", top.lever());
                        args.put("outcome", top.outcome());
                        args.put("variable", top.variable());
                        args.put("spearman", top.spearman());
                        findings.add(new Finding("importance.strongest_rank_correlation", args, 30));
                    });
        }
        return findings;
    }

    @Override
    public String toString() {
        return table().printAll();
    }
}

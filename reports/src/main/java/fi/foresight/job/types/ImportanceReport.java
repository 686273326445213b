package fi.foresight.job.types;

import fi.foresight.model.Model;
import fi.foresight.sensitivity.ImportanceMeasure;
import fi.foresight.sensitivity.ImportanceResult;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import fi.foresight.chart.FileNames;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Text;

/**
 * An {@link ImportanceResult} for the run directory and the report: the {@code importance} table ordered by the
 * size of the rank correlation within each outcome, and a chart per outcome of the inputs with the strongest rank
 * correlations, labelled.
 */
final class ImportanceReport {
    static final int CHART_INPUTS = 12;

    private ImportanceReport() {
    }

    static Reported of(ImportanceResult r, Model model) {
        var table = Rows.sortedWithin(r.table(), "outcome", "spearman", true, true);
        var charts = new LinkedHashMap<String, ChartSpec>();
        for (String outcome : r.measures().stream().map(ImportanceMeasure::outcome).distinct().toList()) {
            List<ImportanceMeasure> all = r.measures().stream().filter(m -> m.outcome().equals(outcome)).toList();
            List<ImportanceMeasure> top = all.stream().filter(m -> Double.isFinite(m.spearman()))
                    .sorted(Comparator.comparingDouble((ImportanceMeasure m) -> Math.abs(m.spearman())).reversed())
                    .limit(CHART_INPUTS).toList();
            if (top.isEmpty()) {
                continue;
            }
            var series = new LinkedHashMap<Text, double[]>();
            series.put(Text.of("Rank correlation", "Järjestyskorrelaatio"), top.stream().mapToDouble(ImportanceMeasure::spearman).toArray());
            double[] src = top.stream().mapToDouble(ImportanceMeasure::src).toArray();
            if (java.util.Arrays.stream(src).allMatch(Double::isFinite)) {
                series.put(Text.of("Standardised coefficient", "Standardoitu kerroin"), src);
            }
            charts.put("importance-" + FileNames.slug(outcome, "outcome"), ReportCharts.bars(Text.of("Importance: ",
                            "Tärkeys: ").plus(InputLabels.outcome(model, outcome)), Text.of("Correlation / coefficient",
                            "Korrelaatio / kerroin").plus(all.size() > top.size() ? Text.of(" (the " + top.size()
                            + " strongest of " + all.size() + " inputs)", " (" + top.size() + " vahvinta "
                            + all.size() + " syötteestä)") : Text.EMPTY),
                    top.stream().map(m -> InputLabels.of(model, m.variable())).toList(), series));
        }
        return new Reported(r.kind(), List.of(table), charts, r.findings());
    }
}

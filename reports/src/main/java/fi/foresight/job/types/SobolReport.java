package fi.foresight.job.types;

import fi.foresight.analysis.Finding;
import fi.foresight.model.Model;
import fi.foresight.sensitivity.SobolIndex;
import fi.foresight.sensitivity.SobolResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import fi.foresight.chart.FileNames;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Text;
import tech.tablesaw.api.Table;

/**
 * A {@link SobolResult} for the run directory and the report: the {@code sobol} table ordered by total index within
 * each outcome (largest first), a chart per outcome of the inputs with the largest total indices, and findings that
 * name the assumptions that matter most. The report's pages leave out the {@code sobol-convergence} table (CSV and
 * XLSX keep it).
 *
 * <p>Findings besides the result's own: {@code sobol.top_inputs.<1|2|3>} per outcome (the inputs with the largest
 * total index, at most three, each explaining at least {@value #NOTABLE} of the variance; arguments
 * {@code outcome, variable_i, st_i}), and {@code sobol.correlated} (the number of correlated pairs, when any).
 */
final class SobolReport {
    /** Inputs drawn on a chart. */
    static final int CHART_INPUTS = 12;
    /** Smallest total index that counts as mattering in the summary. */
    static final double NOTABLE = 0.01;

    private SobolReport() {
    }

    static Reported of(SobolResult r, Model model) {
        var tables = new ArrayList<Table>();
        for (Table t : r.tables()) {
            tables.add(t.name().equals("sobol") ? Rows.sortedWithin(t, "outcome", "ST", true) : t);
        }
        var charts = new LinkedHashMap<String, ChartSpec>();
        for (String outcome : r.outcomes()) {
            List<SobolIndex> top = byTotal(r.indices(outcome));
            if (top.stream().allMatch(i -> Double.isFinite(i.st()))) {
                charts.put("sobol-" + FileNames.slug(outcome, "outcome"), chart(model, outcome, top));
            }
        }
        var findings = new ArrayList<>(r.findings());
        for (int o = 0; o < r.outcomes().size(); o++) {
            String outcome = r.outcomes().get(o);
            var notable = byTotal(r.indices(outcome)).stream()
                    .filter(i -> Double.isFinite(i.st()) && i.st() >= NOTABLE).limit(3).toList();
            if (notable.isEmpty()) {
                continue;
            }
            var args = new LinkedHashMap<String, Object>();
            args.put("outcome", outcome);
            for (int i = 0; i < notable.size(); i++) {
                args.put("variable_" + (i + 1), notable.get(i).variable());
                args.put("st_" + (i + 1), notable.get(i).st());
            }
            findings.add(new Finding("sobol.top_inputs." + notable.size(), args, 10 + o));
        }
        if (r.correlated()) {
            var analysed = r.indices().stream().map(SobolIndex::variable).collect(java.util.stream.Collectors.toSet());
            long pairs = model.correlations().stream()
                    .filter(c -> c.rho() != 0 && analysed.contains(c.a()) && analysed.contains(c.b())).count();
            findings.add(new Finding("sobol.correlated", Map.of("pairs", pairs), 25));
        }
        return new Reported(r.kind(), tables, charts, findings, Set.of("sobol-convergence"));
    }

    /** Indices by total index, largest first (NaN last). */
    private static List<SobolIndex> byTotal(List<SobolIndex> list) {
        return list.stream().sorted(Comparator.comparingDouble((SobolIndex i) -> Double.isNaN(i.st())
                ? Double.NEGATIVE_INFINITY : i.st()).reversed()).toList();
    }

    /** S1 and ST of the inputs with the largest total index as horizontal bars (intervals are in the table). */
    private static ChartSpec chart(Model model, String outcome, List<SobolIndex> sorted) {
        List<SobolIndex> top = sorted.stream().limit(CHART_INPUTS).toList();
        var series = new LinkedHashMap<Text, double[]>();
        series.put(Text.of("First order S1", "Ensimmäinen kertaluku S1"),
                top.stream().mapToDouble(i -> finite(i.s1())).toArray());
        series.put(Text.of("Total ST", "Kokonaisindeksi ST"), top.stream().mapToDouble(i -> finite(i.st())).toArray());
        return ReportCharts.bars(Text.of("Sobol' indices: ", "Sobolin indeksit: ").plus(InputLabels.outcome(model,
                        outcome)), Text.of("Share of the variance", "Osuus varianssista").plus(sorted.size() > top.size()
                        ? Text.of(" (the " + top.size() + " largest of " + sorted.size() + " inputs)",
                        " (" + top.size() + " suurinta " + sorted.size() + " syötteestä)") : Text.EMPTY),
                top.stream().map(i -> InputLabels.of(model, i.variable())).toList(), series);
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}

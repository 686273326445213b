package fi.foresight.sensitivity;

import fi.foresight.chart.FileNames;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Borgonovo's δ and the PAWN statistics of a {@link DistributionSensitivity} computation. Table
 * {@code distribution-sensitivity}: {@code scenario, lever, outcome, variable, delta, delta_low, delta_high,
 * pawn_minimum, pawn_mean, pawn_median, pawn_maximum, pawn_cv}; one bar chart of δ (with its interval) and the PAWN
 * median per outcome of the first scenario × lever.
 */
public final class DistributionSensitivityResult implements AnalysisResult {
    private final List<DistributionMeasure> measures;
    private final double confidence;

    DistributionSensitivityResult(List<DistributionMeasure> measures, double confidence) {
        this.measures = List.copyOf(measures);
        this.confidence = confidence;
    }

    @Override
    public String kind() {
        return "distribution_sensitivity";
    }

    /**
     * Every measure: one per scenario × lever × outcome × input that varies.
     *
     * @return the measures
     */
    public List<DistributionMeasure> measures() {
        return measures;
    }

    /**
     * The measure of one input for one outcome in the base scenario without lever.
     *
     * @param outcome  an outcome column
     * @param variable an input id
     * @return the measure
     * @throws IllegalArgumentException when there is no such measure
     */
    public DistributionMeasure measure(String outcome, String variable) {
        return measures.stream().filter(m -> m.scenario().equals("base") && m.lever().equals("none")
                        && m.outcome().equals(outcome) && m.variable().equals(variable)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no measure for " + outcome + ", " + variable));
    }

    /**
     * The table {@code distribution-sensitivity}.
     *
     * @return a new table
     */
    public Table table() {
        var m = measures;
        return Table.create("distribution-sensitivity",
                StringColumn.create("scenario", m.stream().map(DistributionMeasure::scenario)),
                StringColumn.create("lever", m.stream().map(DistributionMeasure::lever)),
                StringColumn.create("outcome", m.stream().map(DistributionMeasure::outcome)),
                StringColumn.create("variable", m.stream().map(DistributionMeasure::variable)),
                DoubleColumn.create("delta", m.stream().mapToDouble(DistributionMeasure::delta)),
                DoubleColumn.create("delta_low", m.stream().mapToDouble(DistributionMeasure::deltaLow)),
                DoubleColumn.create("delta_high", m.stream().mapToDouble(DistributionMeasure::deltaHigh)),
                DoubleColumn.create("pawn_minimum", m.stream().mapToDouble(DistributionMeasure::pawnMinimum)),
                DoubleColumn.create("pawn_mean", m.stream().mapToDouble(DistributionMeasure::pawnMean)),
                DoubleColumn.create("pawn_median", m.stream().mapToDouble(DistributionMeasure::pawnMedian)),
                DoubleColumn.create("pawn_maximum", m.stream().mapToDouble(DistributionMeasure::pawnMaximum)),
                DoubleColumn.create("pawn_cv", m.stream().mapToDouble(DistributionMeasure::pawnCv)));
    }

    @Override
    public List<Table> tables() {
        return List.of(table());
    }

    @Override
    public Map<String, ChartSpec> charts() {
        return charts(null, Text::plain);
    }

    /**
     * The charts with labels from the caller (a report names inputs and outcomes in both languages).
     *
     * @param inputLabel   an input's label from its variable name, or null for the measures' own labels
     * @param outcomeLabel an outcome's label from its column
     * @return the charts by file stem
     */
    public Map<String, ChartSpec> charts(java.util.function.Function<String, Text> inputLabel,
                                         java.util.function.Function<String, Text> outcomeLabel) {
        var charts = new LinkedHashMap<String, ChartSpec>();
        if (measures.isEmpty()) {
            return charts;
        }
        String scenario = measures.get(0).scenario();
        String lever = measures.get(0).lever();
        for (String outcome : measures.stream().map(DistributionMeasure::outcome).distinct().toList()) {
            var list = measures.stream().filter(m -> m.scenario().equals(scenario) && m.lever().equals(lever)
                    && m.outcome().equals(outcome)).toList();
            if (!list.isEmpty()) {
                charts.put("distribution-sensitivity-" + FileNames.slug(outcome, "outcome"), chart(outcomeLabel.apply(outcome), list, inputLabel));
            }
        }
        return charts;
    }

    /** δ with its interval and the PAWN median (whisker from the smallest to the largest slice) per input. */
    private ChartSpec chart(Text outcome, List<DistributionMeasure> list,
                            java.util.function.Function<String, Text> inputLabel) {
        int k = list.size();
        double[][] v = new double[6][k];
        for (int i = 0; i < k; i++) {
            DistributionMeasure m = list.get(i);
            v[0][i] = finite(m.delta());
            v[1][i] = Double.isFinite(m.deltaLow()) ? Math.min(m.deltaLow(), v[0][i]) : v[0][i];
            v[2][i] = Double.isFinite(m.deltaHigh()) ? Math.max(m.deltaHigh(), v[0][i]) : v[0][i];
            v[3][i] = finite(m.pawnMedian());
            v[4][i] = Math.min(finite(m.pawnMinimum()), v[3][i]);
            v[5][i] = Math.max(finite(m.pawnMaximum()), v[3][i]);
        }
        long pct = Math.round(confidence * 100);
        Text delta = Text.of("Borgonovo δ (" + pct + " % interval)", "Borgonovon δ (" + pct + " %:n väli)");
        Text pawn = Text.of("PAWN median (slice range)", "PAWN-mediaani (viipaleiden vaihteluväli)");
        var series = new LinkedHashMap<Text, double[]>();
        series.put(delta, v[0]);
        series.put(pawn, v[3]);
        return Charts.bars(Text.of("Distribution sensitivity: ", "Jakaumaherkkyys: ").plus(outcome),
                Text.of("Shift of the outcome's distribution (0–1)", "Tulosmuuttujan jakauman siirtymä (0–1)"),
                list.stream().map(m -> inputLabel == null ? Text.plain(m.label())
                        : inputLabel.apply(m.variable())).toList(), series,
                Map.of(delta, v[1], pawn, v[4]), Map.of(delta, v[2], pawn, v[5]));
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    @Override
    public List<Finding> findings() {
        var findings = new ArrayList<Finding>();
        var keys = new LinkedHashMap<String, List<DistributionMeasure>>();
        for (DistributionMeasure m : measures) {
            keys.computeIfAbsent(m.scenario() + "|" + m.lever() + "|" + m.outcome(), k -> new ArrayList<>()).add(m);
        }
        for (var list : keys.values()) {
            list.stream().filter(m -> Double.isFinite(m.delta()))
                    .max(Comparator.comparingDouble(DistributionMeasure::delta)).ifPresent(top -> {
                        var args = new LinkedHashMap<String, Object>();
                        args.put("scenario", top.scenario());
                        args.put("lever", top.lever());
                        args.put("outcome", top.outcome());
                        args.put("variable", top.variable());
                        args.put("delta", top.delta());
                        args.put("pawn", top.pawnMedian());
                        findings.add(new Finding("distribution_sensitivity.strongest", args, 30));
                    });
        }
        return findings;
    }

    @Override
    public String toString() {
        return table().printAll();
    }
}

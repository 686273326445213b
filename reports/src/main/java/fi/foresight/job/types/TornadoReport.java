package fi.foresight.job.types;

import fi.foresight.analysis.Finding;
import fi.foresight.chart.FileNames;
import fi.foresight.chart.BarSpec;
import fi.foresight.chart.Text;
import fi.foresight.chart.Charts;
import fi.foresight.model.Model;
import fi.foresight.model.OutcomeColumn;
import fi.foresight.sensitivity.SpiderPoint;
import fi.foresight.sensitivity.Swing;
import fi.foresight.sensitivity.TornadoResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import fi.foresight.chart.ChartSpec;

/**
 * A {@link TornadoResult} for the run directory and the report: its tables (already ordered by swing), a tornado of
 * the inputs with the widest swings and a spider of the few widest, with labels, and findings naming the
 * assumptions that move each outcome most. The report's pages leave out the {@code spider} table (the spider chart
 * shows it; CSV and XLSX keep it).
 *
 * <p>Findings besides the result's own: {@code tornado.top_inputs.<1|2|3>} per outcome (arguments
 * {@code outcome, base, variable_i, low_i, high_i}: the outcome with the input at its low and at its high value).
 */
final class TornadoReport {
    static final int CHART_INPUTS = 15;
    static final int SPIDER_INPUTS = 3;

    private TornadoReport() {
    }

    static Reported of(TornadoResult r, Model model) {
        var charts = new LinkedHashMap<String, ChartSpec>();
        var findings = new ArrayList<>(r.findings());
        var settings = r.settings();
        for (int o = 0; o < r.outcomes().size(); o++) {
            String outcome = r.outcomes().get(o);
            List<Swing> swings = r.swings(outcome).stream().filter(s -> Double.isFinite(s.swing())).toList();
            if (swings.isEmpty()) {
                continue;
            }
            Text label = InputLabels.outcome(model, outcome);
            Text axis = Text.axis(label, unit(model, outcome));
            List<Swing> top = swings.stream().limit(CHART_INPUTS).toList();
            String range = "P" + Math.round(settings.low() * 100) + "\u2013P" + Math.round(settings.high() * 100);
            double base = r.base(outcome);
            String baseText = java.math.BigDecimal.valueOf(round(base)).stripTrailingZeros().toPlainString();
            Text widest = swings.size() > top.size() ? Text.of(", the " + top.size() + " widest",
                    ", " + top.size() + " leveintä") : Text.EMPTY;
            BarSpec tornado = Charts.tornado(Text.of("Tornado: ", "Tornado: ").plus(label),
                    axis, top.stream().map(s -> InputLabels.of(model, s.variable())).toList(),
                    top.stream().mapToDouble(Swing::lowOutput).toArray(),
                    top.stream().mapToDouble(Swing::highOutput).toArray(), base);
            // ticks show the change from the base value (the offset stated once in the axis title)
            tornado = tornado.withTickOffset(base).withValueAxis(Text.of("Change from the base value ",
                    "Muutos perusarvosta ").plus(new Text(baseText, baseText.replace('.', ','))).plus(Text.of(
                    " (each input " + range, " (kukin syöte " + range)).plus(widest).plus(")"));
            charts.put("tornado-" + FileNames.slug(outcome, "outcome"), tornado);
            var lines = new LinkedHashMap<Text, double[]>();
            for (Swing s : spiderInputs(r, outcome, swings)) {
                lines.put(InputLabels.of(model, s.variable()), r.spider(outcome).stream()
                        .filter(p -> p.variable().equals(s.variable())).mapToDouble(SpiderPoint::output).toArray());
            }
            double[] x = r.spider(outcome).stream().filter(p -> p.variable().equals(swings.get(0).variable()))
                    .mapToDouble(p -> Math.round(p.percentile() * 100)).toArray();
            charts.put("spider-" + FileNames.slug(outcome, "outcome"), Charts.overlay(Text.of("Spider: ", "Hämähäkki: ")
                    .plus(label), Text.of("Percentile of the input", "Syötteen persentiili"), axis, x, lines));

            var notable = swings.stream().filter(s -> s.swing() > 0).limit(3).toList();
            if (!notable.isEmpty()) {
                var args = new LinkedHashMap<String, Object>();
                args.put("outcome", outcome);
                args.put("base", r.base(outcome));
                for (int i = 0; i < notable.size(); i++) {
                    args.put("variable_" + (i + 1), notable.get(i).variable());
                    args.put("low_" + (i + 1), notable.get(i).lowOutput());
                    args.put("high_" + (i + 1), notable.get(i).highOutput());
                }
                findings.add(new Finding("tornado.top_inputs." + notable.size(), args, 12 + o));
            }
        }
        return new Reported(r.kind(), r.tables(), charts, findings, Set.of("spider"));
    }

    /**
     * The spider's lines: the {@value #SPIDER_INPUTS} inputs whose outcome spans most over the spider's 5th to 95th
     * percentiles (not only between the tornado's low and high levels, so that a rare event, whose P10 and P90
     * are equal, still gets its line), ties in tornado order.
     */
    static List<Swing> spiderInputs(TornadoResult r, String outcome, List<Swing> swings) {
        var low = new LinkedHashMap<String, Double>();
        var high = new LinkedHashMap<String, Double>();
        for (SpiderPoint p : r.spider(outcome)) {
            low.merge(p.variable(), p.output(), Math::min);
            high.merge(p.variable(), p.output(), Math::max);
        }
        java.util.function.ToDoubleFunction<Swing> width = s -> high.getOrDefault(s.variable(), 0.0)
                - low.getOrDefault(s.variable(), 0.0);
        return swings.stream().sorted(java.util.Comparator.comparingDouble(width).reversed())
                .limit(SPIDER_INPUTS).toList();
    }

    /** {@code v} to 4 significant digits. */
    private static double round(double v) {
        return v == 0 || !Double.isFinite(v) ? v
                : new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    static String unit(Model model, String column) {
        return model.outcome(OutcomeColumn.parse(column).outcome()).map(o -> o.unit()).orElse(null);
    }
}

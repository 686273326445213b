package fi.foresight.job.types;

import fi.foresight.analysis.Finding;
import fi.foresight.chart.FileNames;
import fi.foresight.chart.BarSpec;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.Text;
import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Distribution;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Model;
import fi.foresight.montecarlo.ConditionalSwing;
import fi.foresight.montecarlo.ConditionalTornado;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.montecarlo.PrecisionCheck;
import fi.foresight.montecarlo.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's side of a Monte Carlo run's conditional tornado and precision goal: a conditional tornado chart per
 * outcome of the reference run (base × none when run), and findings.
 *
 * <p>Findings: {@code tornado.conditional.top_inputs.<1|2|3>} per outcome (arguments {@code outcome, mean,
 * variable_i, low_i, high_i}: the outcome's mean in the input's bin with the lowest and with the highest mean);
 * {@code tornado.conditional.hidden_event} (an event, i.e. a Bernoulli input, among the three widest conditional
 * swings whose 10th and 90th percentiles are equal, so that the one-at-a-time tornado shows no bar for it:
 * arguments {@code outcome, variable, probability, without, with}) and {@code tornado.conditional.hidden} (any
 * other such input: {@code outcome, variable, low, high}); {@code montecarlo.precision.reached} or
 * {@code montecarlo.precision.not_reached} (arguments {@code outcome, statistic, estimate, se, se_goal, samples,
 * runs, runs_reached} for the reference run and over all runs).
 *
 * <p>A tornado of a percentile (job option {@code conditional_statistic: p90}) compares that percentile between the
 * bins: the chart says so, and its findings are {@code tornado.conditional.pct.top_inputs.<1|2|3>}
 * ({@code outcome, percentile, overall, variable_i, low_i, high_i}), {@code tornado.conditional.pct.hidden_event}
 * and {@code tornado.conditional.pct.hidden} (the arguments above plus {@code percentile}).
 */
final class ConditionalTornadoReport {
    /** Bars in the chart. */
    static final int CHART_INPUTS = 15;
    /** Inputs named in the findings. */
    static final int NOTABLE = 3;

    private ConditionalTornadoReport() {
    }

    /** The conditional tornado chart of every analysed outcome in the reference run, keyed {@code tornado-conditional-<outcome>}. */
    static Map<String, ChartSpec> charts(MonteCarloResult r) {
        var charts = new LinkedHashMap<String, ChartSpec>();
        RunResult ref = MonteCarloExtras.reference(r);
        ref.conditionalTornado().ifPresent(t -> {
            for (String outcome : t.outcomes()) {
                if (!t.swings(outcome).isEmpty()) {
                    charts.put("tornado-conditional-" + FileNames.slug(outcome, "outcome"), chart(r.model(), ref, t, outcome));
                }
            }
        });
        return charts;
    }

    /**
     * One conditional tornado: a bar per input (the widest {@value #CHART_INPUTS}) from the outcome's mean in the
     * input's bin with the lowest mean to that in its bin with the highest, around the outcome's overall mean.
     *
     * @param model   the model, for labels and units
     * @param run     the run the tornado belongs to
     * @param t       its conditional tornado
     * @param outcome an outcome column of the tornado
     * @return the chart
     */
    static BarSpec chart(Model model, RunResult run, ConditionalTornado t, String outcome) {
        List<ConditionalSwing> top = t.swings(outcome).stream().limit(CHART_INPUTS).toList();
        Text label = InputLabels.outcome(model, outcome);
        boolean byMean = Double.isNaN(t.percentile());
        String p = "P" + t.statistic().substring(1);
        double mean = byMean ? run.statistics(outcome).mean() : run.statistics(outcome).quantile(t.percentile());
        Text title = Text.of("Conditional tornado: ", "Ehdollinen tornado: ").plus(label);
        BarSpec chart = Charts.tornado(byMean ? title : title.plus(new Text(" (" + p + ")", " (" + p + ")")),
                Text.axis(label, TornadoReport.unit(model, outcome)),
                top.stream().map(s -> InputLabels.of(model, s.variable())).toList(),
                top.stream().mapToDouble(ConditionalSwing::low).toArray(),
                top.stream().mapToDouble(ConditionalSwing::high).toArray(), mean);
        // the bars run from the lowest to the highest bin mean, not from a low to a high input value
        var series = List.of(
                new BarSpec.BarSeries(byMean ? Text.of("Bin with the lowest mean", "Lokero, jossa keskiarvo on pienin")
                        : Text.of("Bin with the lowest " + p, "Lokero, jossa " + p + " on pienin"),
                        chart.series().get(0).values(), null, null),
                new BarSpec.BarSeries(byMean ? Text.of("Bin with the highest mean", "Lokero, jossa keskiarvo on suurin")
                        : Text.of("Bin with the highest " + p, "Lokero, jossa " + p + " on suurin"),
                        chart.series().get(1).values(), null, null));
        chart = new BarSpec(chart.title(), chart.valueAxis(), chart.categories(), series, chart.horizontal(),
                chart.base(), chart.tickOffset(), chart.highlight(), chart.flagNames(), chart.valueMin(),
                chart.valueMax());
        // ticks show the change from the mean (the offset stated once in the axis title)
        String meanText = java.math.BigDecimal.valueOf(new java.math.BigDecimal(mean)
                .round(new java.math.MathContext(4)).doubleValue()).stripTrailingZeros().toPlainString();
        Text axis = byMean ? Text.of("Bin means, change from the mean ", "Lokeroiden keskiarvot, muutos keskiarvosta ")
                : Text.of("Bins' " + p + ", change from the " + p + " of all draws ",
                "Lokeroiden " + p + ", muutos kaikkien arvontojen " + p + ":st\u00e4 ");
        return chart.withTickOffset(mean).withValueAxis(axis.plus(new Text(meanText, meanText.replace('.', ','))));
    }

    /** The conditional tornado's findings for the reference run. */
    static List<Finding> findings(MonteCarloResult r) {
        var out = new ArrayList<Finding>();
        RunResult ref = MonteCarloExtras.reference(r);
        if (ref.conditionalTornado().isEmpty()) {
            return out;
        }
        ConditionalTornado t = ref.conditionalTornado().get();
        boolean byMean = Double.isNaN(t.percentile());
        String prefix = byMean ? "tornado.conditional." : "tornado.conditional.pct.";
        Map<String, Distribution> inputs = new LinkedHashMap<>();
        for (Input in : Evaluator.of(r.model(), ref.scenario(), ref.lever()).inputs()) {
            inputs.put(in.name(), in.distribution());
        }
        for (int o = 0; o < t.outcomes().size(); o++) {
            String outcome = t.outcomes().get(o);
            var notable = t.swings(outcome).stream().filter(s -> s.swing() > 0).limit(NOTABLE).toList();
            if (notable.isEmpty()) {
                continue;
            }
            var args = new LinkedHashMap<String, Object>();
            args.put("outcome", outcome);
            if (byMean) {
                args.put("mean", ref.statistics(outcome).mean());
            } else {
                args.put("percentile", t.statistic().substring(1));
                args.put("overall", ref.statistics(outcome).quantile(t.percentile()));
            }
            for (int i = 0; i < notable.size(); i++) {
                args.put("variable_" + (i + 1), notable.get(i).variable());
                args.put("low_" + (i + 1), notable.get(i).low());
                args.put("high_" + (i + 1), notable.get(i).high());
            }
            out.add(new Finding(prefix + "top_inputs." + notable.size(), args, 13 + o));
            for (ConditionalSwing s : notable) {
                Distribution d = inputs.get(s.variable());
                if (d == null || d.quantile(0.1) != d.quantile(0.9)) {
                    continue;
                }
                var a = new LinkedHashMap<String, Object>();
                a.put("outcome", outcome);
                a.put("variable", s.variable());
                if (!byMean) {
                    a.put("percentile", t.statistic().substring(1));
                }
                if (d instanceof Bernoulli b && s.valueBins() && s.lowBin() != s.highBin()) {
                    a.put("probability", b.probability());
                    a.put("without", s.lowBin() == 1 ? s.low() : s.high());
                    a.put("with", s.lowBin() == 1 ? s.high() : s.low());
                    out.add(new Finding(prefix + "hidden_event", a, 9));
                } else {
                    a.put("low", s.low());
                    a.put("high", s.high());
                    out.add(new Finding(prefix + "hidden", a, 9));
                }
            }
        }
        return out;
    }

    /** The precision goal's finding: where the reference run ended and how many runs reached the goal. */
    static List<Finding> precisionFindings(MonteCarloResult r) {
        RunResult ref = MonteCarloExtras.reference(r);
        if (ref.precisionCheck().isEmpty()) {
            return List.of();
        }
        PrecisionCheck c = ref.precisionCheck().get();
        long reached = r.runs().stream().filter(x -> x.precisionCheck().map(PrecisionCheck::reached).orElse(false))
                .count();
        var a = new LinkedHashMap<String, Object>();
        a.put("scenario", ref.scenario());
        a.put("lever", ref.lever());
        a.put("outcome", c.outcome());
        a.put("statistic", c.statistic());
        a.put("estimate", c.estimate());
        a.put("se", c.se());
        a.put("se_goal", c.wanted());
        a.put("samples", c.samples());
        a.put("runs", r.runs().size());
        a.put("runs_reached", reached);
        return List.of(new Finding(c.reached() ? "montecarlo.precision.reached" : "montecarlo.precision.not_reached",
                a, 40));
    }
}

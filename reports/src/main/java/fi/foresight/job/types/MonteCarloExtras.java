package fi.foresight.job.types;

import fi.foresight.analysis.Finding;
import fi.foresight.analysis.ModelTexts;
import fi.foresight.chart.Text;
import fi.foresight.chart.Charts;
import fi.foresight.chart.FiveNumbers;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.montecarlo.Exceedance;
import fi.foresight.statistics.Histogram;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.statistics.OutcomeStatistics;
import fi.foresight.montecarlo.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;

/**
 * Report charts and summary findings of a Monte Carlo result, made from its public statistics, besides the
 * result's own (whose findings are the probability of each target in every scenario × lever).
 *
 * <p>Findings (keys in the report bundles): {@code montecarlo.typical} and {@code montecarlo.tails} for the first
 * outcome in the reference run ({@code base} × {@code none} when run, else the first run);
 * {@code montecarlo.highest_mean} across runs; {@code montecarlo.target.<at_least|at_most|between>} for every target
 * in the reference run and {@code montecarlo.target_best.<…>} for the run most likely to meet it.
 */
final class MonteCarloExtras {
    static final int BINS = 40;

    private MonteCarloExtras() {
    }

    /**
     * For every outcome (not its per-panel columns): box plots across the scenarios (without levers), or across
     * the levers when only one scenario was run; when both vary, a grid of the first outcome's mean by scenario and
     * lever (levers as rows: their labels are the longer ones); and the first outcome's histogram in the
     * reference run when {@code histogram} (the result draws none itself).
     */
    static Map<String, ChartSpec> charts(MonteCarloResult r, boolean histogram) {
        Model model = r.model();
        var charts = new LinkedHashMap<String, ChartSpec>();
        List<String> scenarios = r.runs().stream().map(RunResult::scenario).distinct().toList();
        List<String> levers = r.runs().stream().map(RunResult::lever).distinct().toList();
        boolean acrossScenarios = scenarios.size() > 1 || levers.size() == 1;
        List<RunResult> compared = acrossScenarios
                ? scenarios.stream().map(sc -> r.run(sc, levers.get(0))).toList()
                : levers.stream().map(lv -> r.run(scenarios.get(0), lv)).toList();
        List<Text> categories = compared.stream().map(run -> acrossScenarios
                ? ModelTexts.scenario(model, run.scenario()) : ModelTexts.lever(model, run.lever())).toList();
        Text by = acrossScenarios ? Text.of(" by scenario", " skenaarioittain").plus(levers.get(0).equals(Lever.NONE)
                ? Text.EMPTY : Text.plain(" (").plus(ModelTexts.lever(model, levers.get(0))).plus(")"))
                : Text.of(" by lever (", " keinoittain (").plus(ModelTexts.scenario(model, scenarios.get(0))).plus(")");
        for (String o : r.outcomes()) {
            if (o.contains(".")) {
                continue;
            }
            var boxes = new ArrayList<FiveNumbers>();
            for (RunResult run : compared) {
                OutcomeStatistics s = run.statistics(o);
                boxes.add(new FiveNumbers(s.percentile(5), s.percentile(25), s.percentile(50), s.percentile(75),
                        s.percentile(95)));
            }
            charts.put("montecarlo-range-" + o, Charts.boxPlot(ModelTexts.outcome(model, o).plus(by),
                    ModelTexts.outcomeAxis(model, o), categories, boxes));
        }
        String first = r.outcomes().get(0);
        if (scenarios.size() > 1 && levers.size() > 1) {
            double[][] means = new double[levers.size()][scenarios.size()];
            for (int i = 0; i < levers.size(); i++) {
                for (int j = 0; j < scenarios.size(); j++) {
                    double m = r.run(scenarios.get(j), levers.get(i)).statistics(first).mean();
                    means[i][j] = new java.math.BigDecimal(m).round(new java.math.MathContext(3)).doubleValue();
                }
            }
            List<Text> columns = scenarios.stream().map(sc -> ModelTexts.scenario(model, sc)).toList();
            charts.put("montecarlo-means-" + first, Charts.heatGrid(Text.of("Mean ", "Keskiarvo: ")
                    .plus(ModelTexts.outcome(model, first)).plus(Text.of(" by lever and scenario",
                            " keinoittain ja skenaarioittain")),
                    levers.stream().map(lv -> ModelTexts.lever(model, lv)).toList(), columns, means));
        }
        if (!histogram) {
            return charts;
        }
        RunResult ref = reference(r);
        Histogram h = ref.statistics(first).histogram(BINS);
        Text run = ModelTexts.scenario(model, ref.scenario()).plus(ref.lever().equals(Lever.NONE) ? Text.EMPTY
                : Text.plain(" + ").plus(ModelTexts.lever(model, ref.lever())));
        charts.put("montecarlo-histogram-" + first, Charts.histogramOfBins(ModelTexts.outcome(model, first)
                        .plus(Text.of(": distribution in ", ": jakauma, ")).plus(run),
                ModelTexts.outcomeAxis(model, first), h.edges(), Map.of(run, h.counts())));
        return charts;
    }

    static List<Finding> findings(MonteCarloResult r) {
        var out = new ArrayList<Finding>();
        RunResult ref = reference(r);
        String first = r.outcomes().get(0);
        OutcomeStatistics s = ref.statistics(first);
        out.add(new Finding("montecarlo.typical", args("scenario", ref.scenario(), "lever", ref.lever(),
                "outcome", first, "p25", s.percentile(25), "p50", s.percentile(50), "p75", s.percentile(75)), 10));
        out.add(new Finding("montecarlo.tails", args("scenario", ref.scenario(), "lever", ref.lever(),
                "outcome", first, "p05", s.percentile(5), "p95", s.percentile(95)), 30));
        if (r.runs().size() > 1) {
            RunResult hi = r.runs().get(0);
            RunResult lo = r.runs().get(0);
            for (RunResult run : r.runs()) {
                if (run.statistics(first).mean() > hi.statistics(first).mean()) {
                    hi = run;
                }
                if (run.statistics(first).mean() < lo.statistics(first).mean()) {
                    lo = run;
                }
            }
            out.add(new Finding("montecarlo.highest_mean", args("outcome", first, "scenario", hi.scenario(),
                    "lever", hi.lever(), "mean", hi.statistics(first).mean(), "scenario_low", lo.scenario(),
                    "lever_low", lo.lever(), "mean_low", lo.statistics(first).mean()), 20));
        }
        int i = 0;
        for (Exceedance e : ref.exceedances()) {
            out.add(target("montecarlo.target.", ref, e, 40 + 2 * i));
            RunResult best = ref;
            Exceedance bestE = e;
            for (RunResult run : r.runs()) {
                for (Exceedance x : run.exceedances()) {
                    if (x.target().equals(e.target()) && x.probability() > bestE.probability()) {
                        best = run;
                        bestE = x;
                    }
                }
            }
            if (best != ref) {
                out.add(target("montecarlo.target_best.", best, bestE, 41 + 2 * i));
            }
            i++;
        }
        return out;
    }

    private static Finding target(String prefix, RunResult run, Exceedance e, int rank) {
        Target t = e.target();
        var a = args("scenario", run.scenario(), "lever", run.lever(), "outcome", t.outcome(),
                "p", e.probability(), "ci", 1.96 * e.se());
        String form;
        if (Double.isNaN(t.atMost())) {
            form = "at_least";
            a.put("threshold", t.atLeast());
        } else if (Double.isNaN(t.atLeast())) {
            form = "at_most";
            a.put("threshold", t.atMost());
        } else {
            form = "between";
            a.put("low", t.atLeast());
            a.put("high", t.atMost());
        }
        return new Finding(prefix + form, a, rank);
    }

    /** base × none when it was run, else the first run. */
    static RunResult reference(MonteCarloResult r) {
        return r.runs().stream().filter(x -> x.scenario().equals(Scenario.BASE) && x.lever().equals(Lever.NONE))
                .findFirst().orElse(r.runs().get(0));
    }

    private static Map<String, Object> args(Object... kv) {
        var m = new LinkedHashMap<String, Object>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}

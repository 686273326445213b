package fi.foresight.decision;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.Text;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The robustness of levers across scenarios: the table {@code robustness} (one row per lever: {@code lever,
 * outcome, direction, mean, worst, worst_scenario, max_regret, max_regret_scenario, satisficing, rank_mean,
 * rank_worst, rank_regret, rank_satisficing}; {@code satisficing} is empty without a target), the table
 * {@code robustness-regret} (one row per scenario × lever: {@code scenario, lever, mean, regret, satisficing}), the
 * charts and the findings {@code robustness.robust_lever[.every_scenario][.target]} (the robust lever: arguments
 * {@code outcome, lever, max_regret, scenario_regret, worst, scenario_worst, mean}, with a target also
 * {@code satisficing, target}; {@code .every_scenario} when it is the best lever in every scenario) and
 * {@code robustness.mean_differs} (when the best lever on average is another one).
 *
 * @param outcome  the outcome column
 * @param target   the satisficing target, or null
 * @param metrics  the metrics
 * @param means    {@code means[s][l]}
 * @param met      {@code met[s][l]}, or null without a target
 * @param weights  the scenario weights, or null for equal weights
 * @param samples  simulated futures per scenario × lever
 * @param labels   display labels in both languages by {@code scenario:id}, {@code lever:id} and
 *                 {@code outcome:id}
 */
public record RobustnessResult(String outcome, Target target, RobustnessMetrics metrics, double[][] means,
                               double[][] met, double[] weights, int samples, Map<String, Text> labels)
        implements AnalysisResult {

    @Override
    public String kind() {
        return "robustness";
    }

    @Override
    public List<Table> tables() {
        RobustnessMetrics m = metrics;
        List<String> scen = m.scenarios();
        var t = Table.create("robustness");
        var lever = StringColumn.create("lever");
        var out = StringColumn.create("outcome");
        var dir = StringColumn.create("direction");
        var worstAt = StringColumn.create("worst_scenario");
        var regretAt = StringColumn.create("max_regret_scenario");
        for (int j = 0; j < m.levers().size(); j++) {
            lever.append(m.levers().get(j));
            out.append(outcome);
            dir.append(m.maximise() ? "maximise" : "minimise");
            worstAt.append(scen.get(m.worstScenario()[j]));
            regretAt.append(scen.get(m.maxRegretScenario()[j]));
        }
        t.addColumns(lever, out, dir, DoubleColumn.create("mean", m.mean()), DoubleColumn.create("worst", m.worst()),
                worstAt, DoubleColumn.create("max_regret", m.maxRegret()), regretAt,
                DoubleColumn.create("satisficing", m.satisficing()), IntColumn.create("rank_mean", m.rankMean()),
                IntColumn.create("rank_worst", m.rankWorst()), IntColumn.create("rank_regret", m.rankRegret()),
                IntColumn.create("rank_satisficing", m.rankSatisficing()));
        var g = Table.create("robustness-regret");
        var s = StringColumn.create("scenario");
        var l = StringColumn.create("lever");
        var mean = DoubleColumn.create("mean");
        var regret = DoubleColumn.create("regret");
        var sat = DoubleColumn.create("satisficing");
        for (int i = 0; i < scen.size(); i++) {
            for (int j = 0; j < m.levers().size(); j++) {
                s.append(scen.get(i));
                l.append(m.levers().get(j));
                mean.append(means[i][j]);
                regret.append(m.regret()[i][j]);
                sat.append(met == null ? Double.NaN : met[i][j]);
            }
        }
        g.addColumns(s, l, mean, regret, sat);
        return List.of(t, g);
    }

    @Override
    public Map<String, ChartSpec> charts() {
        RobustnessMetrics m = metrics;
        List<Text> levers = Robustness.labelled(labels, "lever:", m.levers());
        List<Text> scen = Robustness.labelled(labels, "scenario:", m.scenarios());
        Text outcomeText = labels.getOrDefault("outcome:" + outcome, Text.plain(outcome));
        var charts = new LinkedHashMap<String, ChartSpec>();
        // lever x metric: each cell the lever's value and rank, coloured by rank (1 = best)
        var metricNames = new ArrayList<>(List.of(Text.of("Mean", "Keskiarvo"),
                Text.of("Worst scenario", "Huonoin skenaario"), Text.of("Max regret", "Suurin katumus")));
        int[][] ranks = {m.rankMean(), m.rankWorst(), m.rankRegret(), m.rankSatisficing()};
        double[][] values = {m.mean(), m.worst(), m.maxRegret(), m.satisficing()};
        int metrics = target == null ? 3 : 4;
        if (target != null) {
            metricNames.add(Text.of("Satisficing", "Riittävyys"));
        }
        Text[][] texts = new Text[levers.size()][metrics];
        int[][] colours = new int[levers.size()][metrics];
        for (int j = 0; j < levers.size(); j++) {
            for (int k = 0; k < metrics; k++) {
                String en = (k == 3 ? String.format(java.util.Locale.ROOT, "%.0f %%", 100 * values[k][j])
                        : String.format(java.util.Locale.ROOT, "%.3g", values[k][j])) + " (" + ranks[k][j] + ")";
                texts[j][k] = new Text(en, en.replace('.', ',').replace('-', '\u2212'));
                colours[j][k] = Math.min(ranks[k][j] - 1, 7);
            }
        }
        charts.put("robustness-metrics", Charts.heatGrid(Text.of("Levers by robustness measure (rank)",
                "Toimenpiteet robustiusmittareittain (sija)"),
                levers, metricNames, texts, colours));
        double[][] regret = new double[levers.size()][scen.size()];
        for (int i = 0; i < scen.size(); i++) {
            for (int j = 0; j < levers.size(); j++) {
                regret[j][i] = m.regret()[i][j];
            }
        }
        charts.put("robustness-regret", Charts.heatGrid(Text.of("Regret by scenario: ", "Katumus skenaarioittain: ")
                .plus(outcomeText), levers, scen, regret));
        charts.put("robustness-tradeoff", Charts.scatterLabelled(Text.of("Mean against maximum regret: ",
                "Keskiarvo ja suurin katumus: ").plus(outcomeText), Text.of("Maximum regret", "Suurin katumus"),
                Text.of("Mean over all futures", "Keskiarvo kaikissa tulevaisuuksissa"), m.maxRegret(), m.mean(),
                levers));
        return charts;
    }

    @Override
    public List<Finding> findings() {
        RobustnessMetrics m = metrics;
        int robust = m.robust();
        int bestMean = indexOfRankOne(m.rankMean());
        var out = new ArrayList<Finding>();
        var args = new LinkedHashMap<String, Object>();
        args.put("outcome", outcome);
        args.put("lever", m.levers().get(robust));
        args.put("max_regret", m.maxRegret()[robust]);
        args.put("scenario_regret", m.scenarios().get(m.maxRegretScenario()[robust]));
        args.put("worst", m.worst()[robust]);
        args.put("scenario_worst", m.scenarios().get(m.worstScenario()[robust]));
        args.put("mean", m.mean()[robust]);
        // a lever with no regret anywhere is the best in every scenario: said so in its own words
        String key = m.maxRegret()[robust] == 0 ? "robustness.robust_lever.every_scenario" : "robustness.robust_lever";
        if (target != null) {
            args.put("satisficing", m.satisficing()[robust]);
            args.put("target", target.describe());
            key += ".target";
        }
        out.add(new Finding(key, args, 4));
        if (bestMean != robust) {
            var a = new LinkedHashMap<String, Object>();
            a.put("outcome", outcome);
            a.put("lever", m.levers().get(bestMean));
            a.put("mean", m.mean()[bestMean]);
            a.put("max_regret", m.maxRegret()[bestMean]);
            a.put("scenario", m.scenarios().get(m.maxRegretScenario()[bestMean]));
            a.put("lever_robust", m.levers().get(robust));
            out.add(new Finding("robustness.mean_differs", a, 5));
        }
        return out;
    }

    private static int indexOfRankOne(int[] ranks) {
        for (int i = 0; i < ranks.length; i++) {
            if (ranks[i] == 1) {
                return i;
            }
        }
        return 0;
    }
}

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
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A goal seek's answer per scenario: the table {@code goal-seek} ({@code scenario, seek, lever_or_driver, outcome,
 * target, probability, range_low, range_high, answer, status, probability_at_answer, bracket_low, bracket_high}; {@code seek} is
 * {@code lever_strength} or {@code driver_value}, {@code answer} is empty when {@code status} is
 * {@code not_reachable}), a bar chart and one finding per scenario
 * ({@code goal_seek.<status>.<lever|driver>}).
 *
 * @param lever       the lever whose strength was sought, or null
 * @param driver      the driver whose value was sought, or null
 * @param target      the target
 * @param probability the probability required
 * @param lower       the range's lower end
 * @param upper       the range's upper end
 * @param tolerance   the search's final bracket width
 * @param samples     simulated futures per point
 * @param rounds      studies run (the ends, then one per halving)
 * @param rows        one row per scenario
 * @param labels      chart labels in both languages by {@code scenario:id}, {@code lever:id}, {@code driver:id} and
 *                    {@code outcome:id}
 */
public record GoalSeekResult(String lever, String driver, Target target, double probability, double lower,
                             double upper, double tolerance, int samples, int rounds, List<Row> rows,
                             Map<String, Text> labels)
        implements AnalysisResult {
    /** Status: the target is met with the probability within the range, at {@code answer}. */
    public static final String REACHED = "reached";
    /** Status: the target is already met at the range's lower end. */
    public static final String MET_AT_LOWER = "met_at_lower";
    /** Status: the target is not met even at the range's upper end. */
    public static final String NOT_REACHABLE = "not_reachable";

    /**
     * One scenario's answer.
     *
     * @param scenario            the scenario id
     * @param answer              the smallest point found to meet the target, NaN when not reachable
     * @param status              {@link #REACHED}, {@link #MET_AT_LOWER} or {@link #NOT_REACHABLE}
     * @param probabilityAtAnswer the estimated probability at the answer (at the upper end when not reachable)
     * @param bracketLow          the final bracket's lower end (the probability is below the required one there)
     * @param bracketHigh         the final bracket's upper end
     */
    public record Row(String scenario, double answer, String status, double probabilityAtAnswer, double bracketLow,
                      double bracketHigh) {
    }

    @Override
    public String kind() {
        return "goal_seek";
    }

    private String seek() {
        return lever != null ? "lever_strength" : "driver_value";
    }

    @Override
    public List<Table> tables() {
        var t = Table.create("goal-seek");
        var scenario = StringColumn.create("scenario");
        var seek = StringColumn.create("seek");
        var name = StringColumn.create("lever_or_driver");
        var outcome = StringColumn.create("outcome");
        var tgt = StringColumn.create("target");
        var p = DoubleColumn.create("probability");
        var lo = DoubleColumn.create("range_low");
        var hi = DoubleColumn.create("range_high");
        var answer = DoubleColumn.create("answer");
        var status = StringColumn.create("status");
        var pa = DoubleColumn.create("probability_at_answer");
        var bl = DoubleColumn.create("bracket_low");
        var bh = DoubleColumn.create("bracket_high");
        for (Row r : rows) {
            scenario.append(r.scenario());
            seek.append(seek());
            name.append(lever != null ? lever : driver);
            outcome.append(target.outcome());
            tgt.append(target.describe());
            p.append(probability);
            lo.append(lower);
            hi.append(upper);
            answer.append(r.answer());
            status.append(r.status());
            pa.append(r.probabilityAtAnswer());
            bl.append(r.bracketLow());
            bh.append(r.bracketHigh());
        }
        t.addColumns(scenario, seek, name, outcome, tgt, p, lo, hi, answer, status, pa, bl, bh);
        return List.of(t);
    }

    @Override
    public Map<String, ChartSpec> charts() {
        var names = new ArrayList<Text>();
        double[] v = new double[rows.size()];
        boolean[] unreachable = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            names.add(label("scenario:", r.scenario()));
            unreachable[i] = r.status().equals(NOT_REACHABLE);
            v[i] = unreachable[i] ? upper : r.answer();
        }
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        Text outcomeText = label("outcome:", target.outcome());
        Text goal = Text.plain("P(").plus(Double.isNaN(target.atLeast()) ? outcomeText.plus(" \u2264 ")
                .plus(number(target.atMost())) : Double.isNaN(target.atMost()) ? outcomeText.plus(" \u2265 ")
                .plus(number(target.atLeast())) : number(target.atLeast()).plus(" \u2264 ").plus(outcomeText)
                .plus(" \u2264 ").plus(number(target.atMost()))).plus(") \u2265 ").plus(number(probability));
        Text seek = lever != null ? label("lever:", lever).plus(Text.of(" (strength)", " (voimakkuus)"))
                : label("driver:", driver);
        charts.put("goal-seek", Charts.highlightBars(Text.of("Needed for ", "Tarvitaan, jotta ")
                        .plus(goal).plus(": ").plus(seek),
                lever != null ? Text.of("Strength of the lever (1 = as planned)", "Toimenpiteen voimakkuus (1 = suunniteltu)")
                        : Text.of("Value of ", "Arvo: ").plus(label("driver:", driver)), names, v, unreachable,
                Text.of("Not reachable within the range (bar at its upper end)",
                        "Ei saavutettavissa välillä (pylväs välin ylärajalla)"),
                Text.of("Smallest value that reaches it", "Pienin arvo, jolla tavoite saavutetaan")));
        return charts;
    }

    /** A threshold as written in each language (0.6, 0,6; no trailing zeros). */
    private static Text number(double v) {
        String en = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return new Text(en, en.replace('.', ',').replace('-', '\u2212'));
    }

    private Text label(String prefix, String id) {
        return labels == null ? Text.plain(id) : labels.getOrDefault(prefix + id, Text.plain(id));
    }

    @Override
    public List<Finding> findings() {
        var out = new ArrayList<Finding>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            var a = new LinkedHashMap<String, Object>();
            a.put("scenario", r.scenario());
            a.put(lever != null ? "lever" : "driver", lever != null ? lever : driver);
            a.put("target", target.describe());
            a.put("probability", probability);
            a.put("answer", r.answer());
            a.put("lower", lower);
            a.put("upper", upper);
            a.put("probability_at_answer", r.probabilityAtAnswer());
            out.add(new Finding("goal_seek." + r.status() + "." + (lever != null ? "lever" : "driver"), a, 20 + i));
        }
        return out;
    }
}

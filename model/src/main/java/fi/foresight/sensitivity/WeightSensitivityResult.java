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
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Result of a {@link WeightSensitivity} run. Tables: {@code weights} (one row per weight and index column:
 * {@code outcome, panel, variable, weight, low, high, swap_at_low, swap_at_high, best_low, best_high, top_two_weight,
 * top_two_change}),
 * {@code weight-rankings} ({@code outcome, ranking, probability}, most probable first) and
 * {@code weight-alternatives} ({@code outcome, alternative, scenario, lever, expected, rank, p_first}). Charts: the
 * weight-stability chart and the probability of ranking first, per index column.
 */
public final class WeightSensitivityResult implements AnalysisResult {
    /** How rankings were formed and weights drawn ({@code draws}: {@code dirichlet} or {@code uniform}). */
    public record Settings(boolean higherIsBetter, int samples, long seed, String draws, double concentration) {
    }

    private final Settings settings;
    private final List<WeightInterval> intervals;
    private final List<RankedAlternative> alternatives;
    private final List<RankingProbability> rankings;

    WeightSensitivityResult(Settings settings, List<WeightInterval> intervals, List<RankedAlternative> alternatives,
                            List<RankingProbability> rankings) {
        this.settings = settings;
        this.intervals = List.copyOf(intervals);
        this.alternatives = List.copyOf(alternatives);
        this.rankings = List.copyOf(rankings);
    }

    @Override
    public String kind() {
        return "weights";
    }

    /**
     * How the analysis was run, to report it and to repeat it.
     *
     * @return the settings
     */
    public Settings settings() {
        return settings;
    }

    /**
     * The index columns analysed.
     *
     * @return the columns
     */
    public List<String> outcomes() {
        return alternatives.stream().map(RankedAlternative::outcome).distinct().toList();
    }

    /**
     * The stability interval of every weight of every panel, for every index column.
     *
     * @return the intervals
     */
    public List<WeightInterval> intervals() {
        return intervals;
    }

    /**
     * The stability intervals of one index column.
     *
     * @param outcome an index column
     * @return the intervals, empty when the column was not analysed
     */
    public List<WeightInterval> intervals(String outcome) {
        return intervals.stream().filter(i -> i.outcome().equals(outcome)).toList();
    }

    /**
     * The stability interval of one weight.
     *
     * @param outcome  an index column
     * @param panel    a panel id
     * @param variable a driver id
     * @return the interval
     * @throws IllegalArgumentException when there is no such weight for the column
     */
    public WeightInterval interval(String outcome, String panel, String variable) {
        return intervals(outcome).stream().filter(i -> i.panel().equals(panel) && i.variable().equals(variable))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no weight of '" + variable
                        + "' in panel '" + panel + "' for '" + outcome + "'"));
    }

    /**
     * Alternatives of one index column, best first at the point weights.
     *
     * @param outcome an index column
     * @return the alternatives
     * @throws IllegalArgumentException when the column was not analysed
     */
    public List<RankedAlternative> alternatives(String outcome) {
        var list = alternatives.stream().filter(a -> a.outcome().equals(outcome)).toList();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no index column '" + outcome + "'; columns are " + outcomes());
        }
        return list;
    }

    /**
     * Rankings of one index column under uncertain weights, most probable first.
     *
     * @param outcome an index column
     * @return the rankings, empty without weight draws
     */
    public List<RankingProbability> rankings(String outcome) {
        return rankings.stream().filter(r -> r.outcome().equals(outcome)).toList();
    }

    /**
     * The smallest move of one weight that lets the second-best alternative overtake the best, if any.
     *
     * @param outcome an index column
     * @return the weight's interval, or empty when no weight move changes the best alternative
     */
    public java.util.Optional<WeightInterval> mostFragileWeight(String outcome) {
        return intervals(outcome).stream().filter(i -> Double.isFinite(i.topTwoChange()))
                .min(Comparator.comparingDouble(i -> Math.abs(i.topTwoChange())));
    }

    /**
     * The table {@code weights}: one row per weight and index column (see the class description).
     *
     * @return a new table
     */
    public Table table() {
        return Table.create("weights",
                StringColumn.create("outcome", intervals.stream().map(WeightInterval::outcome)),
                StringColumn.create("panel", intervals.stream().map(WeightInterval::panel)),
                StringColumn.create("variable", intervals.stream().map(WeightInterval::variable)),
                DoubleColumn.create("weight", intervals.stream().mapToDouble(WeightInterval::weight)),
                DoubleColumn.create("low", intervals.stream().mapToDouble(WeightInterval::low)),
                DoubleColumn.create("high", intervals.stream().mapToDouble(WeightInterval::high)),
                StringColumn.create("swap_at_low", intervals.stream().map(WeightInterval::swapAtLow)),
                StringColumn.create("swap_at_high", intervals.stream().map(WeightInterval::swapAtHigh)),
                DoubleColumn.create("best_low", intervals.stream().mapToDouble(WeightInterval::bestLow)),
                DoubleColumn.create("best_high", intervals.stream().mapToDouble(WeightInterval::bestHigh)),
                DoubleColumn.create("top_two_weight", intervals.stream().mapToDouble(WeightInterval::topTwoWeight)),
                DoubleColumn.create("top_two_change", intervals.stream().mapToDouble(WeightInterval::topTwoChange)));
    }

    /**
     * The table {@code weight-rankings}: {@code outcome, ranking, probability}, most probable first.
     *
     * @return a new table
     */
    public Table rankingTable() {
        return Table.create("weight-rankings",
                StringColumn.create("outcome", rankings.stream().map(RankingProbability::outcome)),
                StringColumn.create("ranking", rankings.stream().map(RankingProbability::ranking)),
                DoubleColumn.create("probability", rankings.stream().mapToDouble(RankingProbability::probability)));
    }

    /**
     * The table {@code weight-alternatives}: {@code outcome, alternative, scenario, lever, expected, rank, p_first}.
     *
     * @return a new table
     */
    public Table alternativeTable() {
        return Table.create("weight-alternatives",
                StringColumn.create("outcome", alternatives.stream().map(RankedAlternative::outcome)),
                StringColumn.create("alternative", alternatives.stream().map(RankedAlternative::alternative)),
                StringColumn.create("scenario", alternatives.stream().map(RankedAlternative::scenario)),
                StringColumn.create("lever", alternatives.stream().map(RankedAlternative::lever)),
                DoubleColumn.create("expected", alternatives.stream().mapToDouble(RankedAlternative::expected)),
                IntColumn.create("rank", alternatives.stream().mapToInt(RankedAlternative::rank).toArray()),
                DoubleColumn.create("p_first", alternatives.stream().mapToDouble(RankedAlternative::probabilityFirst)));
    }

    @Override
    public List<Table> tables() {
        return List.of(table(), rankingTable(), alternativeTable());
    }

    @Override
    public Map<String, ChartSpec> charts() {
        var charts = new LinkedHashMap<String, ChartSpec>();
        for (String outcome : outcomes()) {
            var list = intervals(outcome);
            if (!list.isEmpty()) {
                charts.put("weights-" + FileNames.slug(outcome, "outcome"), SensitivityCharts.weightStability(list, outcome));
            }
            var alts = alternatives(outcome);
            if (alts.size() > 1 && alts.stream().allMatch(a -> Double.isFinite(a.probabilityFirst()))) {
                charts.put("weights-first-" + FileNames.slug(outcome, "outcome"), SensitivityCharts.rankAcceptability(
                        alts.stream().map(RankedAlternative::alternative).toList(),
                        alts.stream().mapToDouble(RankedAlternative::probabilityFirst).toArray(), outcome));
            }
        }
        return charts;
    }

    @Override
    public List<Finding> findings() {
        var findings = new ArrayList<Finding>();
        for (String outcome : outcomes()) {
            var alts = alternatives(outcome);
            var best = alts.get(0);
            var args = new LinkedHashMap<String, Object>();
            args.put("outcome", outcome);
            args.put("alternative", best.alternative());
            args.put("expected", best.expected());
            if (Double.isFinite(best.probabilityFirst())) {
                args.put("probability_first", best.probabilityFirst());
            }
            findings.add(new Finding("weights.best_alternative", args, 10));
            mostFragileWeight(outcome).ifPresent(w -> {
                var f = new LinkedHashMap<String, Object>();
                f.put("outcome", outcome);
                f.put("panel", w.panel());
                f.put("variable", w.variable());
                f.put("weight", w.weight());
                f.put("reversal_weight", w.topTwoWeight());
                f.put("change", w.topTwoChange());
                f.put("second", alts.size() > 1 ? alts.get(1).alternative() : "");
                findings.add(new Finding("weights.top_two_reversal", f, 15));
            });
            if (intervals(outcome).stream().allMatch(WeightInterval::robust)) {
                findings.add(new Finding("weights.ranking_robust", Map.of("outcome", outcome), 15));
            }
        }
        return findings;
    }

    @Override
    public String toString() {
        return table().printAll() + "\n" + alternativeTable().printAll();
    }
}

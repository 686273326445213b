package fi.foresight.sensitivity;

import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Outcome;
import fi.foresight.model.OutcomeColumn;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import fi.foresight.model.WeightedIndex;
import fi.foresight.sensitivity.WeightAlternatives.ResolvedAlternative;
import fi.foresight.sensitivity.WeightAlternatives.PanelWeights;
import fi.foresight.time.YearState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weight sensitivity of weighted indices: which stakeholder weights decide the ranking of scenarios × levers.
 *
 * <pre>{@code
 * WeightSensitivityResult w = WeightSensitivity.of(model).run();
 * w.table();          // outcome, panel, variable, weight, low, high, swap_at_low, swap_at_high, best_low, …
 * w.rankings("index");
 * }</pre>
 *
 * <p>The alternatives are every scenario × lever (or the ones chosen), ranked by the expected value of the index.
 * Given the weights that expectation is linear in the expected scaled drivers, so for each weight of each panel
 * (the others rescaled proportionally) the range over which the ranking stays the same is found exactly, as are
 * the share at which the two best alternatives swap places (see {@link WeightLines} for the derivation). Every run
 * also checks, through the evaluator, that the expected index computed from the weights equals the evaluator's.
 *
 * <p>Under uncertain weights ({@link #samples(int)} draws, seeded; see {@link RankingSampler}) it reports the
 * probability of each complete ranking and of each alternative ranking first.
 */
public final class WeightSensitivity {
    private final Model model;
    private final List<String> outcomes = new ArrayList<>();
    private final List<String> scenarios = new ArrayList<>();
    private final List<String> levers = new ArrayList<>();
    private boolean higherIsBetter = true;
    private int samples = 10_000;
    private long seed = 1;
    private double concentration = 20;
    private boolean uniform;
    private int threads = BlockRunner.defaultThreads();
    private Integer year;

    private WeightSensitivity(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.year = YearState.defaultYear(model);
    }

    /**
     * Weight sensitivity of every weighted index of the model, over all scenarios × levers, higher index better.
     *
     * @param model the model; it needs at least one weighted index
     * @return the analysis, to configure and {@link #run()}
     * @throws NullPointerException when {@code model} is null
     */
    public static WeightSensitivity of(Model model) {
        return new WeightSensitivity(model);
    }

    /**
     * The year of the model's horizon to compare the alternatives at (default: its last). Each driver that moves
     * enters at its state in that year drawn with this analysis's seed ({@link YearState#stateEvaluator(long)}),
     * and the scenarios' and levers' changes active in that year apply.
     *
     * @param year a year of the horizon
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when the model has no horizon or the year is not one of its years
     */
    public WeightSensitivity atYear(int year) {
        YearState.check(model, year);
        this.year = year;
        return this;
    }

    /**
     * The year analysed.
     *
     * @return the year of {@link #atYear(int)}, else the horizon's last, null without a horizon
     */
    public Integer year() {
        return year;
    }

    /**
     * Index columns to analyse (default: the pooled column of every weighted index).
     *
     * @param columns index columns, e.g. {@code index} or {@code index.entrepreneurs}
     * @return this analysis
     */
    public WeightSensitivity outcome(String... columns) {
        outcomes.clear();
        outcomes.addAll(List.of(columns));
        return this;
    }

    /**
     * Scenarios to compare (default: all, {@code base} included).
     *
     * @param ids scenario ids of the model
     * @return this analysis
     * @throws IllegalArgumentException when an id is unknown
     */
    public WeightSensitivity scenarios(String... ids) {
        scenarios.clear();
        for (String id : ids) {
            scenarios.add(model.scenario(id).id());
        }
        return this;
    }

    /**
     * Levers to compare (default: all, {@code none} included).
     *
     * @param ids lever ids of the model
     * @return this analysis
     * @throws IllegalArgumentException when an id is unknown
     */
    public WeightSensitivity levers(String... ids) {
        levers.clear();
        for (String id : ids) {
            levers.add(model.lever(id).id());
        }
        return this;
    }

    /**
     * Ranks the smallest expected index first.
     *
     * @return this analysis
     */
    public WeightSensitivity lowerIsBetter() {
        higherIsBetter = false;
        return this;
    }

    /**
     * Ranks the largest expected index first (the default).
     *
     * @return this analysis
     */
    public WeightSensitivity higherIsBetter() {
        higherIsBetter = true;
        return this;
    }

    /**
     * Weight draws for the ranking probabilities (default 10 000; 0 for none).
     *
     * @param n at least 0
     * @return this analysis
     * @throws IllegalArgumentException when {@code n < 0}
     */
    public WeightSensitivity samples(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("samples is " + n + "; must be >= 0");
        }
        samples = n;
        return this;
    }

    /**
     * The seed of every random stream: the same seed gives the same result, whatever the thread count.
     *
     * @param seed any value (default 1)
     * @return this analysis
     */
    public WeightSensitivity seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Dirichlet concentration κ for panels that declare no weight uncertainty (default 20: each share ŵ varies with
     * standard deviation sqrt(ŵ (1 - ŵ) / 21)).
     *
     * @param kappa κ {@literal >} 0, finite
     * @return this analysis
     * @throws IllegalArgumentException when {@code kappa} is not a finite number above 0
     */
    public WeightSensitivity concentration(double kappa) {
        if (!(kappa > 0) || Double.isInfinite(kappa)) {
            throw new IllegalArgumentException("concentration is " + kappa + "; must be a finite number > 0, e.g. 20");
        }
        concentration = kappa;
        return this;
    }

    /**
     * Draws every panel's weights from a flat Dirichlet (all weight vectors equally likely), ignoring the point
     * weights.
     *
     * @return this analysis
     */
    public WeightSensitivity uniformWeights() {
        uniform = true;
        return this;
    }

    /**
     * Worker threads (default: the machine's processors); the result does not depend on it.
     *
     * @param threads at least 1
     * @return this analysis
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public WeightSensitivity threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; must be >= 1");
        }
        this.threads = threads;
        return this;
    }

    /**
     * Finds the stability interval of every weight and, with samples, the ranking probabilities, with the settings
     * as they stand when it starts (a {@link WeightSettings} record).
     *
     * @return the intervals, alternatives and rankings
     * @throws IllegalArgumentException when the model has no weighted index or an index column is unknown
     */
    public WeightSensitivityResult run() {
        WeightSettings set = new WeightSettings(outcomes, scenarios, levers, higherIsBetter, samples, seed,
                concentration, uniform, threads, year);
        Map<String, Map<String, Double>> columns = indexColumns();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("the model has no weighted index; weight sensitivity needs one");
        }
        var chosen = new LinkedHashMap<String, Map<String, Double>>();
        if (set.outcomes().isEmpty()) {
            for (Outcome o : model.outcomes()) {
                if (o instanceof WeightedIndex) {
                    chosen.put(o.id(), columns.get(o.id()));
                }
            }
        } else {
            for (String c : set.outcomes()) {
                if (!columns.containsKey(c)) {
                    throw new IllegalArgumentException("'" + c + "' is not a weighted-index column"
                            + fi.foresight.model.Suggestions.didYouMean(c, columns.keySet()) + "; choose from "
                            + columns.keySet());
                }
                chosen.put(c, columns.get(c));
            }
        }
        var panels = new LinkedHashMap<String, PanelWeights>();
        for (Panel p : model.panels()) {
            panels.put(p.id(), new PanelWeights(p));
        }
        var quantiles = new WeightAlternatives.NodeQuantiles();
        var alts = new ArrayList<ResolvedAlternative>();
        for (Scenario s : model.allScenarios()) {
            if (!set.scenarios().isEmpty() && !set.scenarios().contains(s.id())) {
                continue;
            }
            for (Lever l : model.allLevers()) {
                if (set.levers().isEmpty() || set.levers().contains(l.id())) {
                    alts.add(set.year() == null ? WeightAlternatives.resolve(model, s, l, quantiles)
                            : WeightAlternatives.resolveAt(model, s, l, set.year(), set.seed(), quantiles));
                }
            }
        }
        var intervals = new ArrayList<WeightInterval>();
        var ranked = new ArrayList<RankedAlternative>();
        var rankings = new ArrayList<RankingProbability>();
        var expectedByAlt = new ArrayList<Map<String, Double>>();
        for (int a = 0; a < alts.size(); a++) {
            expectedByAlt.add(new LinkedHashMap<>());
        }
        for (var col : chosen.entrySet()) {
            String outcome = col.getKey();
            Map<String, Double> shares = col.getValue();
            double[] expected = new double[alts.size()];
            for (int a = 0; a < alts.size(); a++) {
                for (var e : shares.entrySet()) {
                    PanelWeights q = panels.get(e.getKey());
                    expected[a] += e.getValue() * q.index(alts.get(a), model, q.raw);
                }
                expectedByAlt.get(a).put(outcome, expected[a]);
            }
            int[] order = order(expected, set.higherIsBetter());
            for (var e : shares.entrySet()) {
                PanelWeights pw = panels.get(e.getKey());
                if (pw.drivers.size() < 2) {
                    continue;
                }
                for (int j = 0; j < pw.drivers.size(); j++) {
                    var lines = WeightLines.of(model, alts, panels, shares, pw, j);
                    intervals.add(interval(outcome, pw, j, lines, order, alts));
                }
            }
            double[] first = new double[alts.size()];
            Arrays.fill(first, Double.NaN);
            int samples = set.samples();
            if (samples > 0 && alts.size() > 1) {
                var counts = RankingSampler.sample(model, alts, panels, shares, set.higherIsBetter(), samples,
                        set.seed(), set.concentration(), set.uniform(), set.threads());
                for (int a = 0; a < alts.size(); a++) {
                    first[a] = counts.byRank[a][0] / (double) samples;
                }
                RankingSampler.probabilities(counts, samples, alts)
                        .forEach((k, v) -> rankings.add(new RankingProbability(outcome, k, v)));
            }
            for (int r = 0; r < order.length; r++) {
                ResolvedAlternative alt = alts.get(order[r]);
                ranked.add(new RankedAlternative(outcome, alt.id(), alt.scenario, alt.lever, expected[order[r]], r + 1,
                        first[order[r]]));
            }
        }
        for (int a = 0; a < alts.size(); a++) {
            WeightAlternatives.check(model, alts.get(a), expectedByAlt.get(a), panels, quantiles);
        }
        var settings = new WeightSensitivityResult.Settings(set.higherIsBetter(), set.samples(), set.seed(),
                set.uniform() ? "uniform" : "dirichlet", set.concentration());
        return new WeightSensitivityResult(settings, intervals, ranked, rankings);
    }

    /** Alternatives best first at the given expected values (ties keep alternative order). */
    private static int[] order(double[] expected, boolean higherIsBetter) {
        Integer[] o = new Integer[expected.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = i;
        }
        Arrays.sort(o, (x, y) -> higherIsBetter ? Double.compare(expected[y], expected[x])
                : Double.compare(expected[x], expected[y]));
        return Arrays.stream(o).mapToInt(Integer::intValue).toArray();
    }

    private WeightInterval interval(String outcome, PanelWeights pw, int j, WeightLines lines, int[] order,
                                    List<ResolvedAlternative> alts) {
        double t0 = lines.current;
        double low = lines.lowEnd;
        double high = lines.highEnd;
        String swapLow = "";
        String swapHigh = "";
        for (var c : lines.crossings()) {
            String pair = alts.get(c.a()).id() + " <> " + alts.get(c.b()).id();
            if (c.t() <= t0 && c.t() > low) {
                low = c.t();
                swapLow = pair;
            }
            if (c.t() >= t0 && c.t() < high) {
                high = c.t();
                swapHigh = pair;
            }
        }
        double bestLow = lines.lowEnd;
        double bestHigh = lines.highEnd;
        for (int b = 1; b < order.length; b++) {
            for (double t : lines.crossings(order[0], order[b])) {
                if (t <= t0) {
                    bestLow = Math.max(bestLow, t);
                }
                if (t >= t0) {
                    bestHigh = Math.min(bestHigh, t);
                }
            }
        }
        double topTwo = Double.NaN;
        if (order.length > 1) {
            for (double t : lines.crossings(order[0], order[1])) {
                if (Double.isNaN(topTwo) || Math.abs(t - t0) < Math.abs(topTwo - t0)) {
                    topTwo = t;
                }
            }
        }
        low = Math.min(low, t0);
        high = Math.max(high, t0);
        return new WeightInterval(outcome, pw.panel.id(), pw.drivers.get(j), t0, low, high, swapLow, swapHigh,
                Math.min(bestLow, low), Math.max(bestHigh, high), topTwo, topTwo - t0);
    }

    /** Every weighted-index column → its panels' pool shares. */
    private Map<String, Map<String, Double>> indexColumns() {
        var out = new LinkedHashMap<String, Map<String, Double>>();
        for (Outcome o : model.outcomes()) {
            if (!(o instanceof WeightedIndex w)) {
                continue;
            }
            List<Panel> ps = model.panelsOf(w);
            double total = ps.stream().mapToDouble(Panel::poolWeight).sum();
            var shares = new LinkedHashMap<String, Double>();
            for (Panel p : ps) {
                shares.put(p.id(), p.poolWeight() / total);
            }
            out.put(w.id(), shares);
            if (ps.size() > 1) {
                for (Panel p : ps) {
                    out.put(OutcomeColumn.of(w.id(), p.id()).key(), Map.of(p.id(), 1.0));
                }
            }
        }
        return out;
    }
}

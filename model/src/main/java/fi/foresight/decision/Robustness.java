package fi.foresight.decision;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.analysis.BlockAnalysis;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.ModelTexts;
import fi.foresight.chart.Text;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which lever is robust across the scenarios: for each lever its mean over all simulated futures, its worst scenario
 * mean, its maximum regret and its satisficing share ({@link RobustnessMetrics} defines each exactly), from one
 * {@link FutureGrid} over scenarios × levers on common random numbers.
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));
 * RobustnessResult r = Robustness.of(model).outcome("internationalisation_index").
 *         target(Target.atLeast("internationalisation_index", 0.6)).
 *         scenarios("gateway_east", "scattered_east", "baltic_turn", "inward_region", "wild_card_east_closes").
 *         samples(20_000).seed(7).run();
 * r.metrics().robust();          // the index of the lever with the least maximum regret
 * r.tables();                    // robustness, robustness-regret
 * }</pre>
 */
public final class Robustness implements BlockAnalysis<RobustnessResult> {
    private final Model model;
    private String outcome;
    private boolean maximise = true;
    private Target target;
    private List<String> scenarios;
    private List<String> levers;
    private double[] weights;
    private int samples = 10_000;
    private long seed = 42;
    private int threads = 1;

    private Robustness(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.scenarios = model.allScenarios().stream().map(Scenario::id).toList();
        this.levers = model.allLevers().stream().map(Lever::id).toList();
    }

    /**
     * Robustness over every scenario and lever of {@code model} (restrict them with {@link #scenarios} and
     * {@link #levers}).
     *
     * @param model the model
     * @return the analysis, to configure and {@link #run()}
     */
    public static Robustness of(Model model) {
        return new Robustness(model);
    }

    /**
     * The outcome column judged; the model's target on it, if any, becomes the satisficing target.
     *
     * @param column an outcome column
     * @return this analysis
     * @throws IllegalArgumentException when the model has no such column
     */
    public Robustness outcome(String column) {
        if (!model.outcomeColumns().contains(column)) {
            throw new IllegalArgumentException("unknown outcome '" + column + "'; outcomes are " + model.outcomeColumns());
        }
        this.outcome = column;
        this.target = model.targets().stream().filter(t -> t.outcome().equals(column)).findFirst().orElse(null);
        return this;
    }

    /**
     * Lower outcomes are better (default: higher).
     *
     * @param minimise true when lower is better
     * @return this analysis
     */
    public Robustness minimise(boolean minimise) {
        this.maximise = !minimise;
        return this;
    }

    /**
     * The satisficing target, or null for none (default: the model's target on the outcome).
     *
     * @param target a target on the outcome, or null
     * @return this analysis
     */
    public Robustness target(Target target) {
        this.target = target;
        return this;
    }

    /**
     * The scenarios (default all, {@code base} first).
     *
     * @param ids scenario ids of the model
     * @return this analysis
     * @throws IllegalArgumentException when an id is unknown
     */
    public Robustness scenarios(String... ids) {
        for (String id : ids) {
            model.scenario(id);
        }
        this.scenarios = List.of(ids);
        return this;
    }

    /**
     * The levers compared (default all, {@code none} first).
     *
     * @param ids lever ids of the model
     * @return this analysis
     * @throws IllegalArgumentException when an id is unknown
     */
    public Robustness levers(String... ids) {
        for (String id : ids) {
            model.lever(id);
        }
        this.levers = List.of(ids);
        return this;
    }

    /**
     * Scenario weights for the mean and the satisficing share, one per scenario in {@link #scenarios} order
     * (default equal).
     *
     * @param weights non-negative weights with a positive sum, or null for equal weights
     * @return this analysis
     */
    public Robustness weights(double... weights) {
        this.weights = weights == null ? null : weights.clone();
        return this;
    }

    /**
     * Simulated futures per scenario × lever (default 10,000).
     *
     * @param n at least 1
     * @return this analysis
     */
    public Robustness samples(int n) {
        this.samples = n;
        return this;
    }

    /**
     * The random seed (default 42).
     *
     * @param seed any number
     * @return this analysis
     */
    public Robustness seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Worker threads of {@link #run()} (results do not depend on it).
     *
     * @param threads at least 1
     * @return this analysis
     */
    public Robustness threads(int threads) {
        this.threads = threads;
        return this;
    }

    @Override
    public RobustnessResult run() {
        return LocalPlans.run(blocks(), threads, "foresight-decision");
    }

    @Override
    public BlockPlan<RobustnessResult> blocks() {
        if (outcome == null) {
            throw new IllegalStateException("choose an outcome first");
        }
        if (weights != null && weights.length != scenarios.size()) {
            throw new IllegalArgumentException("give one weight per scenario " + scenarios + ", got " + weights.length);
        }
        FutureGrid grid = FutureGrid.of(model).outcome(outcome).grid(scenarios, levers).samples(samples).seed(seed);
        if (target != null) {
            grid.atLeast(target.atLeast()).atMost(target.atMost());
        }
        List<String> s = scenarios;
        List<String> l = levers;
        double[] w = weights;
        boolean max = maximise;
        Target t = target;
        Map<String, Text> labels = labels();
        return LocalPlans.map(grid.blocks(), g -> {
            double[][] means = new double[s.size()][l.size()];
            double[][] met = t == null ? null : new double[s.size()][l.size()];
            for (int i = 0; i < s.size(); i++) {
                for (int j = 0; j < l.size(); j++) {
                    int r = i * l.size() + j;
                    means[i][j] = g.mean(r);
                    if (met != null) {
                        met[i][j] = g.metShare(r);
                    }
                }
            }
            RobustnessMetrics m = RobustnessMetrics.of(s, l, means, met, w, max);
            return new RobustnessResult(g.outcome(), t, m, means, met, w, samples, labels);
        });
    }

    private Map<String, Text> labels() {
        var labels = new LinkedHashMap<String, Text>();
        for (String s : scenarios) {
            labels.put("scenario:" + s, ModelTexts.scenario(model, s));
        }
        for (String l : levers) {
            labels.put("lever:" + l, ModelTexts.lever(model, l));
        }
        labels.put("outcome:" + outcome, ModelTexts.outcome(model, outcome));
        return labels;
    }

    static List<Text> labelled(Map<String, Text> labels, String prefix, List<String> ids) {
        var out = new ArrayList<Text>();
        for (String id : ids) {
            out.add(labels.getOrDefault(prefix + id, Text.plain(id)));
        }
        return out;
    }
}

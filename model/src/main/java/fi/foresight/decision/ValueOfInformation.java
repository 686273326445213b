package fi.foresight.decision;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.analysis.ModelTexts;
import fi.foresight.analysis.BlockAnalysis;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * What is worth finding out before choosing a lever: the expected value of perfect information (EVPI: knowing the
 * future before choosing) and of partial perfect information (EVPPI) about each driver, each panel's weights and,
 * over several scenarios, which scenario comes true. Values are in the outcome's unit: how much better the chosen
 * lever's outcome would be on average if the input were known before choosing. The futures of every scenario ×
 * lever come from one {@link FutureGrid} on common random numbers; the scenarios are pooled as a mixture (weights
 * equal unless given); an input's value in a future is its draw under the first lever listed. The estimators are
 * those of {@link Evppi} (cross-fitted binning on quantiles for one input, cross-fitted linear regression for a
 * panel's weights).
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));
 * ValueOfInformationResult r = ValueOfInformation.of(model).outcome("internationalisation_index").
 *         scenarios("gateway_east", "scattered_east", "baltic_turn", "inward_region", "wild_card_east_closes").
 *         samples(20_000).seed(7).run();
 * r.evpi();                       // input "all"
 * r.tables();                     // value-of-information: input, kind, evppi, se, share
 * }</pre>
 */
public final class ValueOfInformation implements BlockAnalysis<ValueOfInformationResult> {
    /** Most numbers the analysis keeps: futures × (levers + inputs). */
    public static final long MAX_VALUES = 40_000_000L;

    private final Model model;
    private String outcome;
    private boolean maximise = true;
    private List<String> scenarios;
    private List<String> levers;
    private double[] weights;
    private int samples = 10_000;
    private long seed = 42;
    private int threads = 1;
    private int bins;

    private ValueOfInformation(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.scenarios = List.of(Scenario.BASE);
        this.levers = model.allLevers().stream().map(Lever::id).toList();
    }

    /**
     * The value of information over {@code model}'s levers in its {@code base} scenario (set others with
     * {@link #scenarios}).
     *
     * @param model the model
     * @return the analysis, to configure and {@link #run()}
     */
    public static ValueOfInformation of(Model model) {
        return new ValueOfInformation(model);
    }

    /**
     * The outcome column whose value the choice seeks.
     *
     * @param column an outcome column
     * @return this analysis
     * @throws IllegalArgumentException when the model has no such column
     */
    public ValueOfInformation outcome(String column) {
        if (!model.outcomeColumns().contains(column)) {
            throw new IllegalArgumentException("unknown outcome '" + column + "'; outcomes are " + model.outcomeColumns());
        }
        this.outcome = column;
        return this;
    }

    /**
     * Lower outcomes are better (default: higher).
     *
     * @param minimise true when lower is better
     * @return this analysis
     */
    public ValueOfInformation minimise(boolean minimise) {
        this.maximise = !minimise;
        return this;
    }

    /**
     * The scenarios pooled as a mixture (default {@code base}).
     *
     * @param ids scenario ids of the model
     * @return this analysis
     * @throws IllegalArgumentException when an id is unknown
     */
    public ValueOfInformation scenarios(String... ids) {
        for (String id : ids) {
            model.scenario(id);
        }
        this.scenarios = List.of(ids);
        return this;
    }

    /**
     * The levers chosen among (default all; at least two).
     *
     * @param ids lever ids of the model
     * @return this analysis
     * @throws IllegalArgumentException when an id is unknown
     */
    public ValueOfInformation levers(String... ids) {
        for (String id : ids) {
            model.lever(id);
        }
        this.levers = List.of(ids);
        return this;
    }

    /**
     * Scenario weights of the mixture, one per scenario (default equal).
     *
     * @param weights non-negative weights with a positive sum, or null
     * @return this analysis
     */
    public ValueOfInformation weights(double... weights) {
        this.weights = weights == null ? null : weights.clone();
        return this;
    }

    /**
     * Quantile bins per input (default 0: one per thousand futures, from 2 to 100).
     *
     * @param bins 0 or at least 2
     * @return this analysis
     */
    public ValueOfInformation bins(int bins) {
        this.bins = bins;
        return this;
    }

    /**
     * Simulated futures per scenario × lever (default 10,000).
     *
     * @param n at least 1
     * @return this analysis
     */
    public ValueOfInformation samples(int n) {
        this.samples = n;
        return this;
    }

    /**
     * The random seed (default 42).
     *
     * @param seed any number
     * @return this analysis
     */
    public ValueOfInformation seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Worker threads of {@link #run()} (results do not depend on it).
     *
     * @param threads at least 1
     * @return this analysis
     */
    public ValueOfInformation threads(int threads) {
        this.threads = threads;
        return this;
    }

    @Override
    public ValueOfInformationResult run() {
        return LocalPlans.run(blocks(), threads, "foresight-decision");
    }

    @Override
    public BlockPlan<ValueOfInformationResult> blocks() {
        if (outcome == null) {
            throw new IllegalStateException("choose an outcome first");
        }
        if (levers.size() < 2) {
            throw new IllegalArgumentException("the value of information needs a choice among at least two levers, got "
                    + levers);
        }
        if (weights != null && weights.length != scenarios.size()) {
            throw new IllegalArgumentException("give one weight per scenario " + scenarios + ", got " + weights.length);
        }
        long values = keptValues(model, scenarios.size(), levers.size(), samples);
        if (values > MAX_VALUES) {
            throw new IllegalArgumentException("the value of information keeps every simulated future: " + values
                    + " numbers exceed the limit of " + MAX_VALUES + "; lower samples or the number of scenarios");
        }
        FutureGrid grid = FutureGrid.of(model).outcome(outcome).grid(scenarios, levers).samples(samples).seed(seed)
                .keepFutures(true);
        boolean max = maximise;
        double[] w = weights;
        int k = bins;
        var labels = new java.util.LinkedHashMap<String, fi.foresight.chart.Text>();
        model.drivers().forEach(d -> labels.put("driver:" + d.id(), ModelTexts.driver(model, d.id())));
        model.panels().forEach(p -> labels.put("panel:" + p.id(), ModelTexts.panel(model, p.id())));
        labels.put("outcome:" + outcome, ModelTexts.outcome(model, outcome));
        return LocalPlans.map(grid.blocks(), g -> ValueOfInformationResult.estimate(g, max, w, k, labels));
    }

    /**
     * How many numbers the analysis keeps: futures × (levers + inputs), inputs counted from the base model.
     *
     * @param model     the model
     * @param scenarios the number of scenarios
     * @param levers    the number of levers
     * @param samples   futures per scenario × lever
     * @return the count
     */
    public static long keptValues(Model model, int scenarios, int levers, int samples) {
        long inputs = fi.foresight.evaluation.Evaluator.of(model).inputs().size();
        return (long) scenarios * samples * (levers + inputs);
    }
}

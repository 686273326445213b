package fi.foresight.discovery;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.analysis.BlockAnalysis;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.model.Model;
import java.util.List;
import java.util.Objects;

/**
 * Scenario discovery over simulated futures: where in the space of the drivers (and of the scenarios and levers, when
 * the run spans several) an outcome meets a condition of interest, with {@link Prim} or {@link Cart}.
 *
 * <pre>{@code
 * DiscoveryResult r = ScenarioDiscovery.of(model).outcome("index").atMost(0.6)
 *         .scenarios(List.of("base", "open")).levers(List.of("none")).samples(10_000).seed(42).run();
 * r.boxes().get(0);   // where the index stays at or below 0.6
 * }</pre>
 *
 * <p>The futures are kept for the search: blocks of {@value #BLOCK} futures are the tasks of {@link #blocks()},
 * block b of every scenario × lever run drawing from the stream of (seed, b). Memory is bounded: samples × runs ×
 * (drivers + 1) must not exceed {@value #MAX_CELLS} numbers. The result is the same for any thread count and engine.
 */
public final class ScenarioDiscovery implements BlockAnalysis<DiscoveryResult> {
    /** Futures per block (and per task). */
    public static final int BLOCK = 1024;
    /** The most numbers kept: samples × runs × (drivers + 1). */
    public static final long MAX_CELLS = 20_000_000L;

    private final Model model;
    private String outcome;
    private List<String> scenarios = List.of();
    private List<String> levers = List.of();
    private double atLeast = Double.NaN;
    private double atMost = Double.NaN;
    private int samples = 10_000;
    private long seed = 42;
    private int threads = 1;
    private DiscoverySettings settings = new DiscoverySettings("prim", 0.05, 0.8, 0.05, 3, 3);

    private ScenarioDiscovery(Model model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Scenario discovery on {@code model}.
     *
     * @param model the model
     * @return the analysis, to configure and {@link #run()}
     */
    public static ScenarioDiscovery of(Model model) {
        return new ScenarioDiscovery(model);
    }

    /**
     * The outcome whose condition is searched for.
     *
     * @param column an outcome column of the model
     * @return this
     * @throws IllegalArgumentException when the model has no such column
     */
    public ScenarioDiscovery outcome(String column) {
        if (!model.outcomeColumns().contains(column)) {
            throw new IllegalArgumentException("unknown outcome '" + column + "'; outcomes are " + model.outcomeColumns());
        }
        this.outcome = column;
        return this;
    }

    /**
     * The condition's lower bound: futures with the outcome at or above it are the cases.
     *
     * @param x the bound, or NaN for none
     * @return this
     */
    public ScenarioDiscovery atLeast(double x) {
        this.atLeast = x;
        return this;
    }

    /**
     * The condition's upper bound: futures with the outcome at or below it are the cases.
     *
     * @param x the bound, or NaN for none
     * @return this
     */
    public ScenarioDiscovery atMost(double x) {
        this.atMost = x;
        return this;
    }

    /**
     * The scenarios whose futures are pooled (default the model's first).
     *
     * @param ids scenario ids of the model
     * @return this
     */
    public ScenarioDiscovery scenarios(List<String> ids) {
        ids.forEach(model::scenario);
        this.scenarios = List.copyOf(ids);
        return this;
    }

    /**
     * The levers whose futures are pooled (default the model's first).
     *
     * @param ids lever ids of the model
     * @return this
     */
    public ScenarioDiscovery levers(List<String> ids) {
        ids.forEach(model::lever);
        this.levers = List.copyOf(ids);
        return this;
    }

    /**
     * Futures per scenario × lever (default 10,000).
     *
     * @param n at least 1
     * @return this
     * @throws IllegalArgumentException when below 1
     */
    public ScenarioDiscovery samples(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("samples (" + n + ") must be >= 1");
        }
        this.samples = n;
        return this;
    }

    /**
     * The random seed (default 42).
     *
     * @param seed any number
     * @return this
     */
    public ScenarioDiscovery seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Worker threads of {@link #run()} (default 1); the result does not depend on it.
     *
     * @param threads at least 1
     * @return this
     * @throws IllegalArgumentException when below 1
     */
    public ScenarioDiscovery threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        this.threads = threads;
        return this;
    }

    /**
     * The method and its settings (default PRIM with α 0.05, threshold 0.8, mass_min 0.05, 3 boxes).
     *
     * @param settings the settings
     * @return this
     */
    public ScenarioDiscovery settings(DiscoverySettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    @Override
    public DiscoveryResult run() {
        return LocalPlans.run(blocks(), threads, "foresight-discovery");
    }

    @Override
    public BlockPlan<DiscoveryResult> blocks() {
        if (outcome == null) {
            throw new IllegalStateException("choose an outcome first");
        }
        if (Double.isNaN(atLeast) && Double.isNaN(atMost)) {
            throw new IllegalStateException("give the condition: at_least, at_most or both");
        }
        List<String> s = scenarios.isEmpty() ? List.of(model.allScenarios().get(0).id()) : scenarios;
        List<String> l = levers.isEmpty() ? List.of(model.allLevers().get(0).id()) : levers;
        if (s.size() > DiscoveryData.MAX_LEVELS || l.size() > DiscoveryData.MAX_LEVELS) {
            throw new IllegalArgumentException("scenario discovery takes at most " + DiscoveryData.MAX_LEVELS
                    + " scenarios and " + DiscoveryData.MAX_LEVELS + " levers");
        }
        DiscoverySettings set = settings;
        double lo = atLeast;
        double hi = atMost;
        var plan = new DiscoveryBlocks(model, outcome, s, l, samples, seed,
                sample -> DiscoveryResult.of(sample, lo, hi, set));
        long cells = (long) samples * s.size() * l.size() * (plan.drivers().size() + 1);
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException(cellsMessage(samples, s.size() * l.size(), plan.drivers().size()));
        }
        return plan;
    }

    /**
     * The message when the kept futures would exceed {@link #MAX_CELLS}.
     *
     * @param samples futures per run
     * @param runs    scenario × lever runs
     * @param drivers the drivers kept
     * @return the message, with the most samples that fit
     */
    public static String cellsMessage(int samples, int runs, int drivers) {
        long fit = MAX_CELLS / ((long) runs * (drivers + 1));
        return "scenario discovery keeps every future: " + samples + " samples x " + runs + " runs x " + (drivers + 1)
                + " columns is more than " + MAX_CELLS + " numbers; use at most samples: " + fit
                + " (or fewer scenarios or levers)";
    }
}

package fi.foresight.decision;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.analysis.BlockAnalysis;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One outcome over a set of scenario × lever runs, every run drawing its futures from the same block streams
 * (common random numbers): future i of every run uses the same random numbers, so the difference between two
 * levers in a future is the levers' own effect. The runs are a full grid ({@link #grid}) or any list
 * ({@link #run}), e.g. a lever at several strengths.
 *
 * <pre>{@code
 * FutureGridResult r = FutureGrid.of(model).outcome("index").grid(List.of("base", "open"), List.of("none", "fund"))
 *         .samples(10_000).seed(42).atLeast(0.6).run();
 * r.mean(1);          // mean index of base + fund
 * r.metShare(1);      // its share of futures with index >= 0.6
 * }</pre>
 *
 * <p>Blocks of {@value #BLOCK} futures are the tasks of {@link #blocks()}; block b draws from the stream of
 * (seed, b) in every run, and partials merge in block order, so the result is bit-identical for any thread count
 * and on any engine.
 */
public final class FutureGrid implements BlockAnalysis<FutureGridResult> {
    /** Futures per block (and per task). */
    public static final int BLOCK = 1024;

    private final Model model;
    private String outcome;
    private final List<String> scenarios = new ArrayList<>();
    private final List<Lever> levers = new ArrayList<>();
    private final List<Boolean> keepInputs = new ArrayList<>();
    private int samples = 10_000;
    private long seed = 42;
    private int threads = 1;
    private double atLeast = Double.NaN;
    private double atMost = Double.NaN;
    private boolean keepFutures;

    private FutureGrid(Model model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * A grid over {@code model}; give an outcome and runs.
     *
     * @param model the model
     * @return the grid, to configure and {@link #run()}
     */
    public static FutureGrid of(Model model) {
        return new FutureGrid(model);
    }

    /**
     * The outcome column evaluated.
     *
     * @param column an outcome column of the model
     * @return this grid
     * @throws IllegalArgumentException when the model has no such column
     */
    public FutureGrid outcome(String column) {
        if (!model.outcomeColumns().contains(column)) {
            throw new IllegalArgumentException("unknown outcome '" + column + "'; outcomes are " + model.outcomeColumns());
        }
        this.outcome = column;
        return this;
    }

    /**
     * Adds every scenario × lever of the model's ids, scenario by scenario.
     *
     * @param scenarioIds scenario ids of the model
     * @param leverIds    lever ids of the model
     * @return this grid
     * @throws IllegalArgumentException when an id is unknown
     */
    public FutureGrid grid(List<String> scenarioIds, List<String> leverIds) {
        for (String s : scenarioIds) {
            model.scenario(s);
            for (int l = 0; l < leverIds.size(); l++) {
                run(s, model.lever(leverIds.get(l)), l == 0);
            }
        }
        return this;
    }

    /**
     * Adds one run: a scenario of the model and a lever given as a value (one of the model's or a variant of it).
     *
     * @param scenarioId a scenario id of the model
     * @param lever      the lever, whose changes name the model's drivers and panels
     * @param keepInput  whether to keep the run's input draws (with {@link #keepFutures(boolean)})
     * @return this grid
     * @throws IllegalArgumentException when the scenario is unknown
     */
    public FutureGrid run(String scenarioId, Lever lever, boolean keepInput) {
        model.scenario(scenarioId);
        scenarios.add(scenarioId);
        levers.add(Objects.requireNonNull(lever, "lever"));
        keepInputs.add(keepInput);
        return this;
    }

    /**
     * Futures per run (default 10,000).
     *
     * @param n at least 1
     * @return this grid
     * @throws IllegalArgumentException when n is below 1
     */
    public FutureGrid samples(int n) {
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
     * @return this grid
     */
    public FutureGrid seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Worker threads of {@link #run()} (default 1); results do not depend on it.
     *
     * @param threads at least 1
     * @return this grid
     * @throws IllegalArgumentException when threads is below 1
     */
    public FutureGrid threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        this.threads = threads;
        return this;
    }

    /**
     * Counts the futures whose outcome is at least {@code x} (and at most the upper bound, if any).
     *
     * @param x the lower bound, or NaN for none
     * @return this grid
     */
    public FutureGrid atLeast(double x) {
        this.atLeast = x;
        return this;
    }

    /**
     * Counts the futures whose outcome is at most {@code x} (and at least the lower bound, if any).
     *
     * @param x the upper bound, or NaN for none
     * @return this grid
     */
    public FutureGrid atMost(double x) {
        this.atMost = x;
        return this;
    }

    /**
     * Keeps every future's outcome per run, and the input draws of the runs added with {@code keepInput}
     * (memory: samples × (runs + inputs) numbers).
     *
     * @param keep whether to keep them
     * @return this grid
     */
    public FutureGrid keepFutures(boolean keep) {
        this.keepFutures = keep;
        return this;
    }

    @Override
    public FutureGridResult run() {
        return LocalPlans.run(blocks(), threads, "foresight-decision");
    }

    @Override
    public BlockPlan<FutureGridResult> blocks() {
        if (outcome == null) {
            throw new IllegalStateException("choose an outcome first");
        }
        if (scenarios.isEmpty()) {
            throw new IllegalStateException("add at least one scenario x lever run");
        }
        boolean[] keep = new boolean[keepInputs.size()];
        for (int r = 0; r < keep.length; r++) {
            keep[r] = keepFutures && keepInputs.get(r);
        }
        return new FutureGridBlocks(model, outcome, List.copyOf(scenarios), List.copyOf(levers), keep, keepFutures,
                samples, seed, atLeast, atMost);
    }
}

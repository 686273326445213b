package fi.foresight.montecarlo;

import fi.foresight.analysis.SampledRun;
import fi.foresight.analysis.BlockAnalysis;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.LocalPlans;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Suggestions;
import fi.foresight.sampling.Design;
import fi.foresight.sampling.SamplingKernel;
import fi.foresight.time.YearState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Monte Carlo simulation of a model over scenarios × levers: streaming, parallel and reproducible.
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));
 * MonteCarloResult r = MonteCarlo.of(model).
 *         samples(20_000).seed(42).                // the same seed gives the same numbers on any thread count
 *         scenarios("base", "gateway_east").levers("none", "direct_funding").
 *         design(Design.LATIN_HYPERCUBE).
 *         run();
 * System.out.println(r.summary().printAll());      // scenario, lever, outcome, mean, sd, p05 … p95
 * r.statistics("gateway_east", "direct_funding", "internationalisation_index").mean();
 * }</pre>
 *
 * <p><b>How it works.</b> Samples are drawn in blocks of {@link #blockSize(int)} (default
 * {@value #DEFAULT_BLOCK_SIZE}). Block b draws its inputs from its own random stream
 * ({@link fi.foresight.sampling.BlockStreams#forBlock(long, long)}), column by column, imposes the model's rank
 * correlations with Iman–Conover within the block, evaluates the outcome columns with the model's
 * {@link Evaluator} kernel and reduces them to mergeable partial statistics; partials are merged in block order.
 * Hence the numbers depend on the model, seed, design, {@link #kernel(SamplingKernel) sampling kernel}, block
 * size and sample count, and are bit-identical for any number of threads. Memory does not grow with the number of samples unless raw samples are kept. Every
 * scenario × lever uses the same block streams (common random numbers), so differences between scenarios are
 * not blurred by sampling noise.
 */
public final class MonteCarlo extends SampledRun<MonteCarlo> implements BlockAnalysis<MonteCarloResult> {
    /** Default samples per scenario × lever. */
    public static final long DEFAULT_SAMPLES = 10_000;
    /** Default block size. */
    public static final int DEFAULT_BLOCK_SIZE = 4096;
    /** Smallest allowed block size. */
    public static final int MIN_BLOCK_SIZE = 16;
    /** Largest allowed block size. */
    public static final int MAX_BLOCK_SIZE = 1 << 20;

    private final Model model;
    private List<String> scenarios;
    private List<String> levers;
    private Design design = Design.MONTE_CARLO;
    private int blockSize = DEFAULT_BLOCK_SIZE;
    private boolean keepSamples;
    private Precision precision;
    private SamplingKernel kernel = SamplingKernel.PORTABLE;
    private List<String> conditional = List.of();
    private double conditionalLevel = Double.NaN;
    private PrecisionGoal goal;
    private Integer year;

    private MonteCarlo(Model model) {
        super(DEFAULT_SAMPLES);
        this.model = Objects.requireNonNull(model, "model");
        this.year = YearState.defaultYear(model);
        this.scenarios = model.allScenarios().stream().map(Scenario::id).toList();
        this.levers = model.allLevers().stream().map(Lever::id).toList();
    }

    /**
     * Starts a run of every scenario × lever of the model with the defaults.
     *
     * @param model the model
     * @return the run, to configure and {@link #run()}
     * @throws NullPointerException when {@code model} is null
     */
    public static MonteCarlo of(Model model) {
        return new MonteCarlo(model);
    }

    @Override
    protected MonteCarlo self() {
        return this;
    }

    /**
     * The scenarios to run (default: all, {@code base} first).
     *
     * @param ids scenario ids of the model
     * @return this run, for chaining
     * @throws IllegalArgumentException when no id is given, an id is unknown or named twice
     */
    public MonteCarlo scenarios(String... ids) {
        this.scenarios = checkedIds(ids, "scenario", model.allScenarios().stream().map(Scenario::id).toList());
        return this;
    }

    /**
     * The levers to run with every scenario (default: all, {@code none} first).
     *
     * @param ids lever ids of the model
     * @return this run, for chaining
     * @throws IllegalArgumentException when no id is given, an id is unknown or named twice
     */
    public MonteCarlo levers(String... ids) {
        this.levers = checkedIds(ids, "lever", model.allLevers().stream().map(Lever::id).toList());
        return this;
    }

    /**
     * The sampling design (default plain Monte Carlo).
     *
     * @param design {@link Design#MONTE_CARLO}, {@link Design#LATIN_HYPERCUBE} or {@link Design#SOBOL}
     * @return this run, for chaining
     * @throws NullPointerException when {@code design} is null
     */
    public MonteCarlo design(Design design) {
        this.design = Objects.requireNonNull(design, "design");
        return this;
    }

    /**
     * How plain Monte Carlo blocks draw triangular and uniform inputs (default {@link SamplingKernel#PORTABLE}).
     * {@link SamplingKernel#VECTOR} is several times faster with {@code --add-modules jdk.incubator.vector} and
     * gives other numbers than PORTABLE (the same on any thread count, machine or JVM flags);
     * {@link SamplingKernel#AUTO} picks VECTOR when the module is present and PORTABLE otherwise.
     *
     * <pre>{@code
     * MonteCarlo.of(model).samples(10_000_000).seed(42).kernel(SamplingKernel.VECTOR).run();
     * }</pre>
     *
     * @param kernel the sampling kernel
     * @return this run, for chaining
     * @throws NullPointerException when {@code kernel} is null
     */
    public MonteCarlo kernel(SamplingKernel kernel) {
        this.kernel = Objects.requireNonNull(kernel, "kernel");
        return this;
    }

    /**
     * Samples per block (default {@value #DEFAULT_BLOCK_SIZE}); changing it changes the numbers.
     *
     * @param blockSize between {@value #MIN_BLOCK_SIZE} and {@value #MAX_BLOCK_SIZE}
     * @return this run, for chaining
     * @throws IllegalArgumentException when {@code blockSize} is outside that range
     */
    public MonteCarlo blockSize(int blockSize) {
        if (blockSize < MIN_BLOCK_SIZE || blockSize > MAX_BLOCK_SIZE) {
            throw new IllegalArgumentException("block size is " + blockSize + "; must be between " + MIN_BLOCK_SIZE
                    + " and " + MAX_BLOCK_SIZE);
        }
        this.blockSize = blockSize;
        return this;
    }

    /**
     * Whether to keep every draw (inputs and outcomes) for {@link MonteCarloResult#samples()}; memory grows.
     *
     * @param keep true to keep every draw (default false)
     * @return this run, for chaining
     */
    public MonteCarlo keepSamples(boolean keep) {
        this.keepSamples = keep;
        return this;
    }

    /**
     * Stops each scenario × lever once the 95% confidence half-width of the mean of {@code outcome} is at most
     * {@code relativeHalfWidth · |mean|}, checked every {@code checkEvery} samples (rounded up to whole blocks),
     * drawing at most {@code maxSamples}; this replaces {@link #samples(long)}. See {@link Precision}.
     *
     * @param outcome           the outcome column whose mean must be precise
     * @param relativeHalfWidth the wanted half-width as a share of |mean|, in (0, 1], e.g. 0.005
     * @param checkEvery        samples between two checks, at least 1
     * @param maxSamples        the most samples drawn per scenario × lever, at least {@code checkEvery}
     * @return this run, for chaining
     * @throws IllegalArgumentException when the outcome column is unknown or a number is out of range
     */
    public MonteCarlo precision(String outcome, double relativeHalfWidth, long checkEvery, long maxSamples) {
        var columns = model.outcomeColumns();
        if (!columns.contains(outcome)) {
            throw new IllegalArgumentException("unknown outcome column '" + outcome + "' for the precision target"
                    + Suggestions.didYouMean(String.valueOf(outcome), columns) + "; columns are " + columns);
        }
        this.precision = new Precision(outcome, relativeHalfWidth, checkEvery, maxSamples);
        this.goal = null;
        return this;
    }

    /**
     * Also computes a conditional tornado of these outcome columns from the samples drawn (no extra model runs):
     * the outcome's mean within each bin of each input (deciles, or each value of an event or a small discrete
     * input), merged block by block in block order. See {@link ConditionalTornado}.
     *
     * <pre>{@code
     * MonteCarlo.of(model).conditionalTornado("index").run().run("base", "none").conditionalTornado();
     * }</pre>
     *
     * @param outcomes outcome columns of the model; none to switch it off
     * @return this run, for chaining
     * @throws IllegalArgumentException when an outcome column is unknown or named twice
     */
    public MonteCarlo conditionalTornado(String... outcomes) {
        var columns = model.outcomeColumns();
        var seen = new LinkedHashSet<String>();
        for (String o : outcomes) {
            if (!columns.contains(o)) {
                throw new IllegalArgumentException("unknown outcome column '" + o + "' for the conditional tornado"
                        + Suggestions.didYouMean(String.valueOf(o), columns) + "; columns are " + columns);
            }
            if (!seen.add(o)) {
                throw new IllegalArgumentException("outcome column '" + o + "' is named twice; name each once");
            }
        }
        this.conditional = List.copyOf(seen);
        return this;
    }

    /**
     * Makes the conditional tornado compare a percentile of the outcome between an input's bins instead of the mean
     * (the smallest value with at least that share of the bin's draws at or below it). See
     * {@link ConditionalTornado}.
     *
     * <pre>{@code
     * MonteCarlo.of(model).conditionalTornado("index").conditionalPercentile(0.9).run();
     * }</pre>
     *
     * @param level a probability strictly between 0 and 1 (0.9 for the 90th percentile), or NaN for the mean
     * @return this run, for chaining
     * @throws IllegalArgumentException when the level is outside (0, 1)
     */
    public MonteCarlo conditionalPercentile(double level) {
        if (!Double.isNaN(level) && !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the conditional tornado's percentile is " + level
                    + "; must be a probability strictly between 0 and 1, e.g. 0.9");
        }
        this.conditionalLevel = level;
        return this;
    }

    /**
     * Stops each scenario × lever once the standard error of a statistic of one outcome is at most the goal's,
     * checked after every block in block order, drawing at most the goal's maximum; this replaces
     * {@link #samples(long)} and {@link #precision(String, double, long, long)}. See {@link PrecisionGoal}.
     *
     * @param goal the goal, or null for none
     * @return this run, for chaining
     * @throws IllegalArgumentException when the outcome column is unknown, or the goal watches the chance of a
     *                                  target and the model has no target on that outcome
     */
    public MonteCarlo precision(PrecisionGoal goal) {
        if (goal != null) {
            var columns = model.outcomeColumns();
            if (!columns.contains(goal.outcome())) {
                throw new IllegalArgumentException("unknown outcome column '" + goal.outcome()
                        + "' for the precision goal" + Suggestions.didYouMean(goal.outcome(), columns)
                        + "; columns are " + columns);
            }
            if (goal.statistic() == PrecisionGoal.Statistic.EXCEEDANCE
                    && model.targets().stream().noneMatch(t -> t.outcome().equals(goal.outcome()))) {
                throw new IllegalArgumentException("the precision goal watches the chance of meeting the target on '"
                        + goal.outcome() + "', but the model has no target on it; add one under targets: or "
                        + "watch the mean or a percentile");
            }
            this.precision = null;
        }
        this.goal = goal;
        return this;
    }

    /**
     * The year of the model's horizon to run at (default: the horizon's last year). Drivers enter at their state
     * in that year, as trajectories give it (moved by their processes and events; the same numbers as
     * {@link fi.foresight.time.Trajectories} for that year with the same seed, design and block size), the
     * scenarios' and levers' changes active in that year apply and {@code year} is that year.
     *
     * <pre>{@code
     * MonteCarlo.of(model).atYear(2030).seed(42).run();
     * }</pre>
     *
     * @param year a year of the horizon
     * @return this run, for chaining
     * @throws IllegalArgumentException when the model has no horizon or the year is not one of its years
     */
    public MonteCarlo atYear(int year) {
        YearState.check(model, year);
        this.year = year;
        return this;
    }

    /**
     * The settings as they stand.
     *
     * @return the settings a {@link #run()} would use now
     */
    public MonteCarloSettings settings() {
        long n = goal != null ? goal.maxSamples() : precision == null ? samples : precision.maxSamples();
        return new MonteCarloSettings(n, seed, threads, design, blockSize, keepSamples, precision, scenarios, levers,
                kernel, conditional, goal, year, conditionalLevel);
    }

    /**
     * Runs {@link #blocks()} on this machine's threads ({@link LocalPlans#run}): the chunks of each scenario × lever
     * in turn, merged in order on the calling thread, so the result is the same for any thread count and equals
     * the plan's merged anywhere else.
     */
    @Override
    public MonteCarloResult run() {
        MonteCarloSettings s = runnableSettings();
        return LocalPlans.run(new MonteCarloBlocks(model, s), s.threads(), "foresight-montecarlo");
    }

    /**
     * The same run as tasks for another machine (the Spark module): one task per chunk of blocks of each
     * scenario × lever, merged in order into exactly the result of {@link #run()}.
     */
    @Override
    public BlockPlan<MonteCarloResult> blocks() {
        return new MonteCarloBlocks(model, runnableSettings());
    }

    /**
     * The state of a scenario × lever at the run's year, or null for a model without a horizon (whose static run
     * draws its drivers as always).
     */
    static YearState atYear(Model model, String scenario, String lever, MonteCarloSettings s) {
        if (s.year() == null || model.horizon().isEmpty()) {
            return null;
        }
        return YearState.of(model, scenario, lever, s.year(), s.design(), s.kernel());
    }

    /** The settings, checked for a run. */
    private MonteCarloSettings runnableSettings() {
        MonteCarloSettings s = settings();
        if (model.outcomes().isEmpty()) {
            throw new IllegalStateException("model '" + model.id() + "' has no outcomes; add an outcome or a "
                    + "weighted index to simulate");
        }
        long runs = (long) s.scenarios().size() * s.levers().size();
        if (s.keepSamples() && s.samples() * runs > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("keeping " + s.samples() + " samples for " + runs
                    + " scenario x lever runs exceeds one table's " + (Integer.MAX_VALUE - 8)
                    + " rows; keep fewer samples or run without keepSamples");
        }
        return s;
    }
}

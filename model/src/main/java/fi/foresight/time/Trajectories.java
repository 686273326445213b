package fi.foresight.time;

import fi.foresight.analysis.SampledRun;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.sampling.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Monte Carlo over trajectories: every path runs through the years of the model's horizon, its drivers moving by
 * their processes and events, its outcomes evaluated year by year; per scenario × lever × outcome × year the
 * run keeps the same streaming statistics as the static engine (moments, a deterministic quantile sketch,
 * target exceedance) and, per target, the year in which each path first reaches it.
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));   // horizon: 2019 to 2030
 * TrajectoryResult r = Trajectories.of(model).
 *         samples(5_000).seed(7).threads(2).
 *         scenarios("base", "gateway_east").outcomes("internationalised_smes").
 *         run();
 * System.out.println(r.trajectories().printAll());       // scenario, lever, outcome, year, mean, p05 … p95
 * System.out.println(r.firstPassage().printAll());       // the year each target is first reached
 * XYChart fan = r.fan("gateway_east", "none", "internationalised_smes");
 * }</pre>
 *
 * <p><b>How a path runs.</b> In the first year every driver takes its start value, drawn exactly as the static
 * Monte Carlo engine draws it (the same block streams, design and Iman–Conover correlations), so the first year
 * reproduces a static run. Each later year a driver moves by its {@link fi.foresight.model.TimeProcess}: growth
 * at a rate drawn once per path, a random walk with a new normal innovation every year, or the changes of a
 * milestone path. An event happens in a path with its probability, in a year drawn from its distribution, and
 * from that year on switches the process and/or sets the value of the drivers it names. A scenario or lever
 * with {@code from: Y} acts from year Y on; in Y a driver whose distribution it sets takes a fresh draw from it.
 * Then the model's one kernel evaluates the outcomes of the year, with {@code year} and {@code prev(x)} bound.
 *
 * <p><b>Randomness and determinism.</b> Paths run in blocks; block b draws start values from the stream
 * {@link fi.foresight.sampling.BlockStreams#forBlock(long, long) forBlock(seed, b)}, and everything else (growth
 * rates, innovations, events, fresh draws) from separate block streams of seeds derived from the seed and the
 * driver's or event's id, so a change to one driver does not move the random numbers of another, and every
 * scenario × lever sees the same numbers (common random numbers). Blocks are merged in block order, so results
 * are bit-identical for any number of threads; they depend on the seed, block size and sample count.
 */
public final class Trajectories extends SampledRun<Trajectories> {
    /** Default paths per scenario × lever. */
    public static final long DEFAULT_SAMPLES = 10_000;
    /** Default block size (the static engine's). */
    public static final int DEFAULT_BLOCK_SIZE = 4096;
    /** Default number of whole paths kept for spaghetti charts. */
    public static final int DEFAULT_SAMPLE_PATHS = 30;

    private final Model model;
    private Design design = Design.MONTE_CARLO;
    private int blockSize = DEFAULT_BLOCK_SIZE;
    private int samplePaths = DEFAULT_SAMPLE_PATHS;
    private List<String> scenarios;
    private List<String> levers;
    private List<String> outcomes;

    private Trajectories(Model model) {
        super(DEFAULT_SAMPLES);
        this.model = Objects.requireNonNull(model, "model");
        if (model.horizon().isEmpty()) {
            throw new IllegalArgumentException("model '" + model.id() + "' has no horizon; trajectories run over the "
                    + "years of a horizon: add horizon: {start: 2019, end: 2030} to the model file or "
                    + ".horizon(2019, 2030) to its builder");
        }
        if (model.outcomes().isEmpty()) {
            throw new IllegalArgumentException("model '" + model.id() + "' has no outcomes; add an outcome or a "
                    + "weighted index to follow over time");
        }
        this.scenarios = model.allScenarios().stream().map(Scenario::id).toList();
        this.levers = model.allLevers().stream().map(Lever::id).toList();
        this.outcomes = model.outcomeColumns();
    }

    /**
     * Starts a run of every scenario × lever and every outcome column of a model with a horizon.
     *
     * @param model a model with a horizon and at least one outcome
     * @return the run, to configure and {@link #run()}
     * @throws IllegalArgumentException when the model has no horizon or no outcome
     */
    public static Trajectories of(Model model) {
        return new Trajectories(model);
    }

    @Override
    protected Trajectories self() {
        return this;
    }

    /**
     * How start values are drawn (default plain Monte Carlo).
     *
     * @param design {@link Design#MONTE_CARLO}, {@link Design#LATIN_HYPERCUBE} or {@link Design#SOBOL}
     * @return this run, for chaining
     * @throws NullPointerException when {@code design} is null
     */
    public Trajectories design(Design design) {
        this.design = Objects.requireNonNull(design, "design");
        return this;
    }

    /**
     * Paths per block (default {@value #DEFAULT_BLOCK_SIZE}); changing it changes the numbers.
     *
     * @param blockSize between 16 and 2<sup>20</sup>
     * @return this run, for chaining
     * @throws IllegalArgumentException when {@code blockSize} is outside that range
     */
    public Trajectories blockSize(int blockSize) {
        if (blockSize < 16 || blockSize > 1 << 20) {
            throw new IllegalArgumentException("block size is " + blockSize + "; must be between 16 and " + (1 << 20));
        }
        this.blockSize = blockSize;
        return this;
    }

    /**
     * Whole paths kept per scenario × lever × outcome for spaghetti charts (default {@value #DEFAULT_SAMPLE_PATHS}).
     *
     * @param paths between 0 and 1000
     * @return this run, for chaining
     * @throws IllegalArgumentException when {@code paths} is outside that range
     */
    public Trajectories samplePaths(int paths) {
        if (paths < 0 || paths > 1000) {
            throw new IllegalArgumentException("sample paths is " + paths + "; must be between 0 and 1000");
        }
        this.samplePaths = paths;
        return this;
    }

    /**
     * The scenarios to run (default: all, {@code base} first).
     *
     * @param ids scenario ids of the model
     * @return this run, for chaining
     * @throws IllegalArgumentException when no id is given, an id is unknown or named twice
     */
    public Trajectories scenarios(String... ids) {
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
    public Trajectories levers(String... ids) {
        this.levers = checkedIds(ids, "lever", model.allLevers().stream().map(Lever::id).toList());
        return this;
    }

    /**
     * The outcome columns whose statistics are kept (default: all). Every outcome is still computed each year;
     * fewer columns mean less sorting and memory.
     *
     * @param columns outcome columns of the model
     * @return this run, for chaining
     * @throws IllegalArgumentException when no column is given, a column is unknown or named twice
     */
    public Trajectories outcomes(String... columns) {
        this.outcomes = checkedIds(columns, "outcome", model.outcomeColumns());
        return this;
    }

    /**
     * The settings as they stand.
     *
     * @return the settings a {@link #run()} would use now
     */
    public TrajectorySettings settings() {
        return new TrajectorySettings(samples, seed, threads, design, blockSize, samplePaths, scenarios, levers,
                outcomes);
    }

    /**
     * Runs every scenario × lever in turn, each in parallel over blocks on the one local runner
     * ({@link fi.foresight.analysis.LocalPlans#inOrder}); the settings are taken once, when it starts.
     *
     * @return the statistics by year, exceedances and first passages of every scenario × lever
     */
    public TrajectoryResult run() {
        TrajectorySettings s = settings();
        var runs = new ArrayList<RunTrajectories>();
        for (String scenario : s.scenarios()) {
            for (String lever : s.levers()) {
                RunPlan plan = RunPlan.of(model, model.scenario(scenario), model.lever(lever), s);
                runs.add(TrajectoryEngine.run(plan, s));
            }
        }
        return new TrajectoryResult(model, s, runs);
    }
}

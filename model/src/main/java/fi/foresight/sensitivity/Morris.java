package fi.foresight.sensitivity;

import fi.foresight.analysis.BlockAnalysis;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.LocalPlans;
import fi.foresight.distributions.Distribution;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.time.YearState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Morris screening: elementary effects of every uncertain input along r one-at-a-time trajectories, summarised as
 * mu (mean effect), mu* (mean absolute effect: overall importance), sigma (spread: interactions or non-linearity)
 * and a bootstrap percentile interval of mu*.
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));
 * MorrisResult r = Morris.of(model).outcome("internationalisation_index").trajectories(20).levels(4).seed(1).run();
 * System.out.println(r.table().printAll());   // outcome, variable, mu, mu_star, sigma, mu_star_low, mu_star_high
 * }</pre>
 *
 * <p><b>Units, as in SALib.</b> Every input is moved on its quantile scale: grid level u in [0, 1] stands for the
 * input value {@code F⁻¹(u)}. An elementary effect is {@code EE_i = (f(x with u_i + Δ) - f(x)) / Δ} with
 * Δ = p / (2 (p - 1)) on that unit scale, so it is the change of the outcome per whole range of the input: for a
 * uniform input on [a, b] and {@code y = c x}, {@code EE = c (b - a)}. This is how SALib computes effects (inputs
 * scaled to [0, 1], the difference divided by Δ), so results are comparable. sigma is the sample standard
 * deviation (n - 1), as in SALib.
 *
 * <p><b>Unbounded inputs.</b> For an input whose support is infinite at either end, the level u is read as the
 * probability {@code τ + (1 - 2τ) u} (default τ = 0.005, i.e. the P0.5–P99.5 range), because the 0 and 1 levels
 * would be infinite; its effects are then per P0.5–P99.5 range. Bounded inputs use levels 0 and 1 as their
 * minimum and maximum.
 *
 * <p>Correlations between drivers are ignored: one-at-a-time designs move each input alone.
 */
public final class Morris implements BlockAnalysis<MorrisResult> {
    private final Model model;
    private Integer year;
    private String scenario = Scenario.BASE;
    private String lever = Lever.NONE;
    private final List<String> outcomes = new ArrayList<>();
    private int trajectories = 20;
    private int levels = 4;
    private int pool;
    private int bootstrap = 1000;
    private double confidence = 0.95;
    private double tails = 0.005;
    private long seed = 1;
    private int threads = BlockRunner.defaultThreads();

    private Morris(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.year = YearState.defaultYear(model);
    }

    /**
     * Morris screening of the base scenario without lever, all outcome columns.
     *
     * @param model the model
     * @return the analysis, to configure and {@link #run()}
     * @throws NullPointerException when {@code model} is null
     */
    public static Morris of(Model model) {
        return new Morris(model);
    }

    /**
     * The scenario to analyse (default {@code base}).
     *
     * @param scenario a scenario id of the model
     * @return this analysis
     * @throws IllegalArgumentException when the model has no such scenario
     */
    public Morris scenario(String scenario) {
        this.scenario = model.scenario(scenario).id();
        return this;
    }

    /**
     * The lever to analyse (default {@code none}).
     *
     * @param lever a lever id of the model
     * @return this analysis
     * @throws IllegalArgumentException when the model has no such lever
     */
    public Morris lever(String lever) {
        this.lever = model.lever(lever).id();
        return this;
    }

    /**
     * Restricts the analysis to these outcome columns (default: all).
     *
     * @param outcomes outcome columns, e.g. {@code y} or {@code index.entrepreneurs}
     * @return this analysis, for chaining
     */
    public Morris outcome(String... outcomes) {
        this.outcomes.clear();
        this.outcomes.addAll(List.of(outcomes));
        return this;
    }

    /**
     * Number of trajectories r (default 20); r (k + 1) evaluations.
     *
     * @param r at least 2 (10 to 50 is usual)
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when {@code r < 2}
     */
    public Morris trajectories(int r) {
        if (r < 2) {
            throw new IllegalArgumentException("trajectories is " + r + "; must be >= 2 (10 to 50 is usual)");
        }
        this.trajectories = r;
        return this;
    }

    /**
     * Number of grid levels p, even (default 4).
     *
     * @param p an even number, at least 2 (4 is usual)
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when {@code p} is odd or below 2
     */
    public Morris levels(int p) {
        if (p < 2 || p % 2 != 0) {
            throw new IllegalArgumentException("levels is " + p + "; must be an even number >= 2 (4 is usual) so that"
                    + " the jump p / (2 (p - 1)) lands on the grid");
        }
        this.levels = p;
        return this;
    }

    /**
     * Chooses the r trajectories from a pool of this many by Campolongo's spread criterion (0 for none).
     *
     * @param poolSize the pool size, or 0 to turn selection off
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when {@code poolSize < 0}
     */
    public Morris optimisedFrom(int poolSize) {
        if (poolSize < 0) {
            throw new IllegalArgumentException("pool size is " + poolSize + "; must be >= 0 (0 turns selection off)");
        }
        this.pool = poolSize;
        return this;
    }

    /**
     * Bootstrap resamples of the trajectories for the interval of mu* (default 1000; 0 for none).
     *
     * @param resamples at least 0
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when {@code resamples < 0}
     */
    public Morris bootstrap(int resamples) {
        if (resamples < 0) {
            throw new IllegalArgumentException("bootstrap resamples is " + resamples + "; must be >= 0");
        }
        this.bootstrap = resamples;
        return this;
    }

    /**
     * The confidence level of the bootstrap interval of mu* (default 0.95).
     *
     * @param level in (0, 1)
     * @return this analysis
     * @throws IllegalArgumentException when {@code level} is outside (0, 1)
     */
    public Morris confidence(double level) {
        Stats.checkConfidence(level);
        this.confidence = level;
        return this;
    }

    /**
     * Tail probability τ cut from unbounded inputs (default 0.005).
     *
     * @param tau in (0, 0.5), e.g. 0.005
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when {@code tau} is outside (0, 0.5)
     */
    public Morris tails(double tau) {
        if (!(tau > 0 && tau < 0.5)) {
            throw new IllegalArgumentException("tails is " + tau + "; must be in (0, 0.5), e.g. 0.005");
        }
        this.tails = tau;
        return this;
    }

    /**
     * The seed of every random stream: the same seed gives the same result, whatever the thread count.
     *
     * @param seed any value (default 1)
     * @return this analysis
     */
    public Morris seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Worker threads (default: the machine's processors); the result does not depend on it.
     *
     * @param threads at least 1
     * @return this analysis
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public Morris threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; must be >= 1");
        }
        this.threads = threads;
        return this;
    }

    /**
     * The year of the model's horizon to analyse (default: its last). Each driver that moves is one input, its state
     * in that year drawn with this analysis's seed ({@link YearState#stateEvaluator(long)}).
     *
     * @param year a year of the horizon
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when the model has no horizon or the year is not one of its years
     */
    public Morris atYear(int year) {
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

    /** Runs {@link #blocks()} on this machine's threads ({@link LocalPlans#run}), with the settings as they stand. */
    @Override
    public MorrisResult run() {
        MorrisSettings s = settings();
        return LocalPlans.run(new MorrisBlocks(prepare(model, s)), s.threads(), "foresight-sensitivity");
    }

    /**
     * The same screening as tasks for another machine (the Spark module): one task per block of trajectories
     * (about 4096 model runs), merged into exactly the result of {@link #run()}. The plan keeps the settings as
     * they stand now (a {@link MorrisSettings} record): later changes to this builder do not reach it.
     */
    @Override
    public BlockPlan<MorrisResult> blocks() {
        return new MorrisBlocks(prepare(model, settings()));
    }

    /** The settings as they stand, frozen. */
    MorrisSettings settings() {
        return new MorrisSettings(scenario, lever, outcomes, year, trajectories, levels, pool, bootstrap, confidence,
                tails, seed, threads);
    }

    /** The settings, the analysed space, the trajectories and the input value of each grid level. */
    record Prepared(MorrisSettings settings, Space space, MorrisDesign design, double[][] value, int perBlock) {
        int k() {
            return space.k();
        }

        int trajectories() {
            return design.trajectories();
        }

        int blocks() {
            return (trajectories() + perBlock - 1) / perBlock;
        }

        /** Trajectories of a block: [first, end). */
        int first(int block) {
            return block * perBlock;
        }

        int end(int block) {
            return Math.min(trajectories(), first(block) + perBlock);
        }

        /** f[o][t][s]: outcome o at point s of trajectory t, for every trajectory. */
        double[][][] outputs() {
            return new double[space.outcomes.size()][trajectories()][k() + 1];
        }

        /** Evaluates the block's trajectories into {@code f[o][t - shift]}. */
        void evaluate(int block, fi.foresight.evaluation.Kernel kernel, double[][][] f, int shift) {
            int k = k();
            int t0 = first(block);
            int t1 = end(block);
            int rows = (t1 - t0) * (k + 1);
            double[][] in = space.columns(rows);
            for (int i = 0; i < k; i++) {
                double[] col = new double[rows];
                int row = 0;
                for (int t = t0; t < t1; t++) {
                    for (int s = 0; s <= k; s++) {
                        col[row++] = value[i][design.points[t][s][i]];
                    }
                }
                in[space.varied[i]] = col;
            }
            double[][] out = space.outputs(rows);
            kernel.evaluate(in, rows, out);
            space.requireFinite(in, out, rows, "points of Morris trajectories " + t0 + " to " + (t1 - 1));
            for (int o = 0; o < f.length; o++) {
                double[] y = out[space.outcomeIndex[o]];
                int row = 0;
                for (int t = t0; t < t1; t++) {
                    for (int s = 0; s <= k; s++) {
                        f[o][t - shift][s] = y[row++];
                    }
                }
            }
        }
    }

    static Prepared prepare(Model model, MorrisSettings s) {
        int pool = s.pool();
        int trajectories = s.trajectories();
        Space space = Space.of(model, s.scenario(), s.lever(), s.outcomes(), s.year(), s.seed());
        int k = space.k();
        if (k == 0) {
            throw new IllegalArgumentException("no input is uncertain; Morris screening needs at least one");
        }
        if (pool > 0 && pool < trajectories) {
            throw new IllegalArgumentException("pool size " + pool + " is smaller than trajectories " + trajectories
                    + "; the pool must hold at least as many trajectories as are chosen");
        }
        var design = MorrisDesign.generate(k, s.levels(), trajectories, pool, s.seed(), s.threads());
        return new Prepared(s, space, design, levelValues(space, s.levels(), s.tails()), Math.max(1, 4096 / (k + 1)));
    }

    /** Elementary effects, their statistics and notes from the evaluated trajectories. */
    static MorrisResult finish(Prepared p, double[][][] f) {
        MorrisSettings set = p.settings();
        double tails = set.tails();
        Space space = p.space();
        MorrisDesign design = p.design();
        int k = p.k();
        int r = p.trajectories();
        int outs = space.outcomes.size();
        double delta = design.delta();
        // ee[o][i][t]
        double[][][] ee = new double[outs][k][r];
        for (int o = 0; o < outs; o++) {
            for (int t = 0; t < r; t++) {
                for (int s = 1; s <= k; s++) {
                    int i = design.moved[t][s - 1];
                    boolean up = design.points[t][s][i] > design.points[t][s - 1][i];
                    double diff = f[o][t][s] - f[o][t][s - 1];
                    ee[o][i][t] = (up ? diff : -diff) / delta;
                }
            }
        }
        var notes = new ArrayList<String>();
        var unbounded = new ArrayList<String>();
        for (int i = 0; i < k; i++) {
            if (!space.distribution(i).support().isBounded()) {
                unbounded.add(space.variedNames().get(i));
            }
        }
        if (!unbounded.isEmpty()) {
            notes.add("Unbounded inputs moved over their P" + pct(tails) + "–P" + pct(1 - tails) + " range: "
                    + String.join(", ", unbounded) + ".");
        }
        if (!space.correlatedPairs().isEmpty()) {
            notes.add("Correlations between drivers are ignored by the one-at-a-time design: "
                    + String.join(", ", space.correlatedPairs()) + ".");
        }
        var settings = new MorrisResult.Settings(space.evaluator.scenario(), space.evaluator.lever(), r, set.levels(),
                set.pool(), r * (k + 1), set.bootstrap(), set.confidence(), set.seed(), delta);
        return MorrisResult.of(settings, space.outcomes, space.variedNames(), space.variedLabels(), ee, notes);
    }

    private static String pct(double p) {
        return new java.math.BigDecimal(p * 100).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    /** value[i][level]: the input value at each grid level, through the quantile function. */
    private static double[][] levelValues(Space space, int levels, double tails) {
        int k = space.k();
        double[][] value = new double[k][levels];
        for (int i = 0; i < k; i++) {
            Distribution d = space.distribution(i);
            boolean bounded = d.support().isBounded();
            for (int l = 0; l < levels; l++) {
                double u = (double) l / (levels - 1);
                value[i][l] = d.quantile(bounded ? u : tails + (1 - 2 * tails) * u);
            }
        }
        return value;
    }
}

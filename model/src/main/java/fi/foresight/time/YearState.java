package fi.foresight.time;

import fi.foresight.distributions.Empirical;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Horizon;
import fi.foresight.model.Model;
import fi.foresight.model.TimeEvent;
import fi.foresight.sampling.BlockStreams;
import fi.foresight.sampling.Design;
import fi.foresight.sampling.SamplingKernel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The state of a model with a horizon in one year, for the static analyses (Monte Carlo, sensitivity, weights)
 * that run "at a year": the drivers as the trajectory engine leaves them in that year (moved by their processes,
 * by events and by the scenarios and levers that act from an earlier year), the scenario's and lever's changes
 * that are active in that year, and {@code year} bound to it.
 *
 * <pre>{@code
 * YearState at2030 = YearState.of(model, "base", "none", 2030, Design.MONTE_CARLO, SamplingKernel.PORTABLE);
 * Evaluator ev = at2030.evaluator();          // the changes active in 2030, year = 2030
 * YearState.Paths p = at2030.paths(42, 4096); // per thread
 * double[][] in = p.inputs(0, BlockStreams.forBlock(42, 0), 4096);   // block 0: the drivers' 2030 states
 * }</pre>
 *
 * <p><b>Monte Carlo</b> runs each block of paths through the years with the streams the trajectory engine gives
 * that block ({@link Paths}), so a static run at a year has exactly the trajectories' numbers for that year (same
 * seed, design and block size). <b>Sensitivity</b> needs independent inputs with known quantiles: there every
 * driver that moves (one with a process, an event or a from-year change) is one input, its state in the year,
 * distributed as the empirical distribution of {@value #STATE_PATHS} trajectory paths of that year
 * ({@link #stateEvaluator(long)}); the start value, growth rate, random-walk steps and event draws of the driver
 * are all in that one input. Drivers that do not move keep their distribution.
 */
public final class YearState {
    /** Paths whose states give each moving driver's distribution in the year, for sensitivity designs. */
    public static final int STATE_PATHS = 16_384;
    private static final int STATE_BLOCK = 4096;

    private final Model model;
    private final int year;
    private final int index;
    private final RunPlan plan;
    private final Evaluator evaluator;
    /** The state inputs drawn so far, by seed: every worker of a run asks for the same ones, so they are drawn once. */
    private final Map<Long, List<Input>> stateInputs = new ConcurrentHashMap<>();

    private YearState(Model model, String scenario, String lever, int year, Design design, SamplingKernel kernel) {
        this.model = model;
        check(model, year);
        Horizon h = model.horizon().orElseThrow();
        this.year = year;
        this.index = (year - h.start()) / h.step();
        var settings = new TrajectorySettings(1, 1, 1, design, STATE_BLOCK, 0, List.of(scenario), List.of(lever),
                List.of(model.outcomeColumns().get(0)));
        this.plan = RunPlan.of(model, model.scenario(scenario), model.lever(lever), settings, kernel);
        this.evaluator = plan.regimes.get(plan.regimeAt[index]).evaluator().atYear(year);
    }

    /**
     * The state of a scenario × lever in a year of the model's horizon.
     *
     * @param model    a model with a horizon and at least one outcome
     * @param scenario a scenario id
     * @param lever    a lever id
     * @param year     a year of the horizon
     * @param design   how start values are drawn
     * @param kernel   how plain Monte Carlo blocks draw start values
     * @return the state
     * @throws IllegalArgumentException when the model has no horizon or the year is not one of its years
     */
    public static YearState of(Model model, String scenario, String lever, int year, Design design,
                               SamplingKernel kernel) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(kernel, "kernel");
        return new YearState(model, scenario, lever, year, design, kernel);
    }

    /**
     * The year static analyses use when none is chosen: the horizon's last year, or null without a horizon.
     *
     * @param model the model
     * @return the last year of the horizon, or null
     */
    public static Integer defaultYear(Model model) {
        return model.horizon().map(Horizon::end).orElse(null);
    }

    /**
     * Checks that a static analysis may run at the year.
     *
     * @param model the model
     * @param year  the year
     * @throws IllegalArgumentException when the model has no horizon or the year is not one of its years
     */
    public static void check(Model model, int year) {
        if (model.horizon().isEmpty()) {
            throw new IllegalArgumentException("model '" + model.id() + "' has no horizon, so its analyses have no "
                    + "year to choose; drop the year or add horizon: {start, end} to the model");
        }
        Horizon h = model.horizon().get();
        if (!h.contains(year)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "year %d is not on the horizon of model "
                    + "'%s'; choose %s", year, model.id(), range(h)));
        }
    }

    /**
     * The years of a horizon in words, e.g. "a year from 2019 to 2030" or "... in steps of 5".
     *
     * @param h a horizon
     * @return the text
     */
    public static String range(Horizon h) {
        return "a year from " + h.start() + " to " + h.end() + (h.step() == 1 ? "" : " in steps of " + h.step());
    }

    /**
     * The year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Whether the year is the horizon's first, where drivers are at their start values.
     *
     * @return true in the first year
     */
    public boolean isFirstYear() {
        return index == 0;
    }

    /**
     * The evaluator of the year: the scenario's and lever's changes active in it, {@code year} bound to it. Its
     * inputs are the drivers' start distributions; see {@link #stateEvaluator(long)} for their states.
     *
     * @return the evaluator
     */
    public Evaluator evaluator() {
        return evaluator;
    }

    /**
     * The ids of the drivers that enter the static analyses at their state in the year rather than their start
     * distribution (a process, an event or a from-year change moved them; in the first year only events can).
     *
     * @return driver ids in model order
     */
    public List<String> movingDrivers() {
        var ids = new ArrayList<String>();
        for (int i : moving()) {
            ids.add(model.drivers().get(i).id());
        }
        return List.copyOf(ids);
    }

    /**
     * Indices of the drivers whose state in the year is not their start distribution: in a later year every driver
     * with dynamics, in the first year those an event may set, scale or shift there.
     */
    private int[] moving() {
        return IntStream.range(0, plan.drivers).filter(i -> plan.dynamics[i] != null
                && (index > 0 || affectedByEvent(model.drivers().get(i).id()))).toArray();
    }

    private boolean affectedByEvent(String driver) {
        for (TimeEvent e : plan.events) {
            for (TimeEvent.Effect f : e.effects()) {
                if (f.driver().equals(driver)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The evaluator of the year with every moving driver's input distributed as its state in the year: the
     * empirical distribution of {@value #STATE_PATHS} trajectory paths drawn with the seed. Sensitivity designs
     * sample these inputs independently (see the class comment). Without moving drivers this is
     * {@link #evaluator()}.
     *
     * @param seed the seed of the paths
     * @return the evaluator
     * @throws IllegalArgumentException when an outcome reads {@code prev(x)} in a later year than the first, which
     *                                  a single year's state does not determine
     */
    public Evaluator stateEvaluator(long seed) {
        if (index > 0 && !evaluator.previous().isEmpty()) {
            throw new IllegalArgumentException("outcomes of model '" + model.id() + "' read prev(" + String.join("), prev(",
                    evaluator.previous()) + "), so their value in " + year + " depends on the whole path, not on the "
                    + "drivers' state in " + year + "; a sensitivity analysis can run at the horizon's first year ("
                    + model.horizon().orElseThrow().start() + ") only; run trajectories for the later years");
        }
        if (moving().length == 0) {
            return evaluator;
        }
        return evaluator.withInputs(stateInputs.computeIfAbsent(seed, this::drawStateInputs));
    }

    /** The inputs with every moving driver distributed as its state in the year, from paths drawn with the seed. */
    private List<Input> drawStateInputs(long seed) {
        int[] moving = moving();
        double[][] values = new double[moving.length][STATE_PATHS];
        Paths paths = paths(seed, STATE_BLOCK);
        BlockStreams.Sequence start = BlockStreams.sequence(seed, 0);
        for (int b = 0; b * STATE_BLOCK < STATE_PATHS; b++) {
            int n = Math.min(STATE_BLOCK, STATE_PATHS - b * STATE_BLOCK);
            double[][] in = paths.inputs(b, start.next(), n);
            for (int j = 0; j < moving.length; j++) {
                System.arraycopy(in[moving[j]], 0, values[j], b * STATE_BLOCK, n);
            }
        }
        var inputs = new ArrayList<>(evaluator.inputs());
        for (int j = 0; j < moving.length; j++) {
            Input in = inputs.get(moving[j]);
            requireFinite(in.name(), values[j]);
            inputs.set(moving[j], new Input(in.name(), in.label(), Empirical.of(values[j]), in.kind()));
        }
        return List.copyOf(inputs);
    }

    private void requireFinite(String driver, double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("driver '" + driver + "' is " + x + " in some paths in " + year
                        + "; check its process (a growth rate of -100% or less, a geometric walk from a negative start)");
            }
        }
    }

    /**
     * Per-thread paths: a block's paths run from the first year to the year.
     *
     * @param seed     the seed of the run (the start-value streams are the caller's; the process, event and
     *                 weight streams derive from the seed as in trajectories)
     * @param capacity the largest block
     * @return the paths
     */
    public Paths paths(long seed, int capacity) {
        return new Paths(seed, capacity);
    }

    /** One thread's paths to the year; not thread-safe. */
    public final class Paths {
        private final long seed;
        private final PathWorker worker;
        private final BlockStreams.Sequence[] channels;

        private Paths(long seed, int capacity) {
            this.seed = seed;
            this.worker = new PathWorker(plan, capacity);
            this.channels = new BlockStreams.Sequence[plan.channels.size()];
        }

        /**
         * Runs a block's paths to the year and returns the input columns of the year's evaluator (driver states,
         * then weights); valid until the next call.
         *
         * @param block the block index (it selects the process, event and weight streams)
         * @param start the block's start-value stream (as a static run draws it)
         * @param n     the paths in the block
         * @return the input columns, in {@link #evaluator()}'s input order
         */
        public double[][] inputs(long block, UniformRandomProvider start, int n) {
            var rngs = new UniformRandomProvider[channels.length];
            for (int c = 0; c < channels.length; c++) {
                if (channels[c] == null || channels[c].nextBlock() != block) {
                    channels[c] = BlockStreams.sequence(TrajectoryEngine.channelSeed(seed, plan.channels.get(c)), block);
                }
                rngs[c] = channels[c].next();
            }
            worker.toYear(start, rngs, n, index);
            return worker.inputsAt(index);
        }

        /**
         * The previous-year columns the year's kernel reads with the last {@link #inputs} (null in the first year).
         *
         * @return the columns, in {@link Evaluator#previous()} order, or null
         */
        public double[][] previous() {
            return worker.previousAt(index);
        }

        /**
         * The year, as the kernel binds it.
         *
         * @return the year
         */
        public double year() {
            return year;
        }
    }

    @Override
    public String toString() {
        return "YearState[" + model.id() + ", " + plan.scenario + " x " + plan.lever + ", " + year + ", moving "
                + Arrays.toString(movingDrivers().toArray()) + "]";
    }
}

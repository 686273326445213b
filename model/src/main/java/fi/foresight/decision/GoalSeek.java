package fi.foresight.decision;

import fi.foresight.analysis.BlockStudy;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How strong a lever must be (or which value a driver must take) for a target to be met with a given probability,
 * e.g. the smallest strength s of a lever with P(index ≥ 0.6) ≥ 0.8, in each scenario. The strength scales the
 * lever's changes ({@link LeverScaling}: 1 = as written); a driver's value replaces its distribution.
 *
 * <p><b>Search.</b> A bracketing search (bisection) on [lower, upper]: the probability at each point is estimated
 * from the same simulated futures (common random numbers: the same seed and block streams at every point), so it
 * is a fixed function of the point and the search cannot be misled by fresh noise. If the target is met at
 * {@code lower}, the answer is {@code lower}; if it is not met at {@code upper}, the answer is "not reachable within
 * [lower, upper]" (a row with status {@code not_reachable}, not an error); otherwise the bracket is halved until it
 * is narrower than the tolerance and the answer is its upper end (the smallest point known to meet the target). The
 * search assumes that the probability grows with the point; where it does not, it finds one crossing.
 * Each round evaluates every open scenario at once, as one study on the job's engine.
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));
 * GoalSeekResult r = GoalSeek.of(model).lever("direct_funding").
 *         target(Target.atLeast("internationalisation_index", 0.6)).probability(0.25).
 *         range(0, 5).samples(10_000).seed(7).run();
 * System.out.println(r.tables().get(0).printAll());   // per future: the lever strength needed, or not reachable
 * }</pre>
 */
public final class GoalSeek {
    /** Runs a study (on this machine or on the job's engine). */
    @FunctionalInterface
    public interface Runner {
        /**
         * Runs the study over the model.
         *
         * @param study the study
         * @return its result
         */
        FutureGridResult run(BlockStudy<FutureGridResult> study);
    }

    private final Model model;
    private String lever;
    private String driver;
    private Target target;
    private double probability = 0.8;
    private double lower = 0;
    private double upper = 3;
    private double tolerance = Double.NaN;
    private List<String> scenarios;
    private int samples = 10_000;
    private long seed = 42;
    private int threads = 1;

    private GoalSeek(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.scenarios = model.allScenarios().stream().map(Scenario::id).toList();
    }

    /**
     * Why a lever's strength cannot be sought (it replaces a distribution, or changes nothing), or null when it can.
     *
     * @param lever a lever
     * @return the reason, or null
     */
    public static String unscalable(Lever lever) {
        return LeverScaling.unscalable(lever);
    }

    /**
     * A goal seek over every scenario of {@code model}.
     *
     * @param model the model
     * @return the search, to configure and {@link #run()}
     */
    public static GoalSeek of(Model model) {
        return new GoalSeek(model);
    }

    /**
     * Seeks the strength of this lever.
     *
     * @param id a lever id of the model whose changes are shifts, scalings or weights
     * @return this search
     * @throws IllegalArgumentException when the lever is unknown or cannot be scaled
     */
    public GoalSeek lever(String id) {
        String why = LeverScaling.unscalable(model.lever(id));
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        this.lever = id;
        this.driver = null;
        return this;
    }

    /**
     * Seeks the value of this driver (set to a fixed value on top of each scenario).
     *
     * @param id a driver id of the model
     * @return this search
     * @throws IllegalArgumentException when the driver is unknown
     */
    public GoalSeek driver(String id) {
        if (model.driverIndex(id) < 0) {
            throw new IllegalArgumentException("unknown driver '" + id + "'; drivers are " + model.driverIds());
        }
        this.driver = id;
        this.lever = null;
        return this;
    }

    /**
     * The target to meet.
     *
     * @param target a target on an outcome column of the model
     * @return this search
     * @throws IllegalArgumentException when the outcome is unknown
     */
    public GoalSeek target(Target target) {
        if (!model.outcomeColumns().contains(target.outcome())) {
            throw new IllegalArgumentException("unknown outcome '" + target.outcome() + "'; outcomes are "
                    + model.outcomeColumns());
        }
        this.target = target;
        return this;
    }

    /**
     * The probability with which the target must be met (default 0.8).
     *
     * @param p in (0, 1]
     * @return this search
     * @throws IllegalArgumentException when p is outside (0, 1]
     */
    public GoalSeek probability(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("probability (" + p + ") must be in (0, 1]");
        }
        this.probability = p;
        return this;
    }

    /**
     * The range searched (default [0, 3] for a lever's strength).
     *
     * @param lower the smallest point
     * @param upper the largest point, above lower
     * @return this search
     * @throws IllegalArgumentException when the range is empty or not finite
     */
    public GoalSeek range(double lower, double upper) {
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new IllegalArgumentException("range [" + lower + ", " + upper + "] must be finite with lower < upper");
        }
        this.lower = lower;
        this.upper = upper;
        return this;
    }

    /**
     * The width at which the search stops (default (upper − lower) / 1000).
     *
     * @param tolerance positive
     * @return this search
     */
    public GoalSeek tolerance(double tolerance) {
        this.tolerance = tolerance;
        return this;
    }

    /**
     * The scenarios (default all).
     *
     * @param ids scenario ids of the model
     * @return this search
     */
    public GoalSeek scenarios(String... ids) {
        for (String id : ids) {
            model.scenario(id);
        }
        this.scenarios = List.of(ids);
        return this;
    }

    /**
     * Simulated futures per point (default 10,000).
     *
     * @param n at least 1
     * @return this search
     */
    public GoalSeek samples(int n) {
        this.samples = n;
        return this;
    }

    /**
     * The random seed (default 42).
     *
     * @param seed any number
     * @return this search
     */
    public GoalSeek seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Worker threads on this machine (results do not depend on it).
     *
     * @param threads at least 1
     * @return this search
     */
    public GoalSeek threads(int threads) {
        this.threads = threads;
        return this;
    }

    /**
     * Runs the search on this machine.
     *
     * @return the result
     */
    public GoalSeekResult run() {
        return run(study -> study.configure(model).run());
    }

    /**
     * Runs the search, each round as a study through {@code runner} (e.g. the job's engine), with the settings as
     * they stand when it starts (a {@code GoalSeekSettings} record): changes to this builder during the search do
     * not reach it.
     *
     * @param runner runs a study over the model
     * @return the result
     */
    public GoalSeekResult run(Runner runner) {
        GoalSeekSettings set = settings();
        String lever = set.lever();
        String driver = set.driver();
        Target target = set.target();
        double probability = set.probability();
        double lower = set.lower();
        double upper = set.upper();
        double tolerance = set.tolerance();
        List<String> scenarios = set.scenarios();
        if (target == null || (lever == null && driver == null)) {
            throw new IllegalStateException("choose a target and a lever or a driver first");
        }
        double tol = Double.isNaN(tolerance) ? (upper - lower) / 1000 : tolerance;
        int s = scenarios.size();
        double[] lo = new double[s];
        double[] hi = new double[s];
        double[] pLo = new double[s];
        double[] pHi = new double[s];
        java.util.Arrays.fill(lo, lower);
        java.util.Arrays.fill(hi, upper);
        var names = new ArrayList<String>();
        var points = new ArrayList<Double>();
        for (String sc : scenarios) {
            names.add(sc);
            points.add(lower);
            names.add(sc);
            points.add(upper);
        }
        FutureGridResult ends = runner.run(study(set, names, points));
        boolean[] open = new boolean[s];
        for (int i = 0; i < s; i++) {
            pLo[i] = ends.metShare(2 * i);
            pHi[i] = ends.metShare(2 * i + 1);
            open[i] = pLo[i] < probability && pHi[i] >= probability;
        }
        int rounds = 0;
        while (true) {
            names.clear();
            points.clear();
            var which = new ArrayList<Integer>();
            for (int i = 0; i < s; i++) {
                if (open[i] && hi[i] - lo[i] > tol) {
                    names.add(scenarios.get(i));
                    points.add(lo[i] + (hi[i] - lo[i]) / 2);
                    which.add(i);
                }
            }
            if (which.isEmpty()) {
                break;
            }
            FutureGridResult mid = runner.run(study(set, names, points));
            rounds++;
            for (int r = 0; r < which.size(); r++) {
                int i = which.get(r);
                double p = mid.metShare(r);
                if (p >= probability) {
                    hi[i] = points.get(r);
                    pHi[i] = p;
                } else {
                    lo[i] = points.get(r);
                    pLo[i] = p;
                }
            }
        }
        var rows = new ArrayList<GoalSeekResult.Row>();
        for (int i = 0; i < s; i++) {
            String status = pLo[i] >= probability && lo[i] == lower && !open[i] ? GoalSeekResult.MET_AT_LOWER
                    : open[i] ? GoalSeekResult.REACHED : GoalSeekResult.NOT_REACHABLE;
            double answer = status.equals(GoalSeekResult.REACHED) ? hi[i]
                    : status.equals(GoalSeekResult.MET_AT_LOWER) ? lower : Double.NaN;
            double pAnswer = status.equals(GoalSeekResult.MET_AT_LOWER) ? pLo[i] : pHi[i];
            rows.add(new GoalSeekResult.Row(scenarios.get(i), answer, status, pAnswer, lo[i], hi[i]));
        }
        return new GoalSeekResult(lever, driver, target, probability, lower, upper, tol, set.samples(), rounds + 1,
                List.copyOf(rows), labels(set));
    }

    /** The settings as they stand, frozen: a search reads only these, never this builder. */
    GoalSeekSettings settings() {
        return new GoalSeekSettings(lever, driver, target, probability, lower, upper, tolerance, scenarios, samples,
                seed, threads);
    }

    /** Chart labels in both languages by {@code scenario:id}, {@code lever:id}, {@code driver:id}, {@code outcome:id}. */
    private java.util.Map<String, fi.foresight.chart.Text> labels(GoalSeekSettings set) {
        String lever = set.lever();
        String driver = set.driver();
        Target target = set.target();
        var labels = new java.util.LinkedHashMap<String, fi.foresight.chart.Text>();
        set.scenarios().forEach(s -> labels.put("scenario:" + s, fi.foresight.analysis.ModelTexts.scenario(model, s)));
        if (lever != null) {
            labels.put("lever:" + lever, fi.foresight.analysis.ModelTexts.lever(model, lever));
        }
        if (driver != null) {
            labels.put("driver:" + driver, fi.foresight.analysis.ModelTexts.driver(model, driver));
        }
        labels.put("outcome:" + target.outcome(), fi.foresight.analysis.ModelTexts.outcome(model, target.outcome()));
        return java.util.Map.copyOf(labels);
    }

    private static BlockStudy<FutureGridResult> study(GoalSeekSettings set, List<String> scenarioOfRun,
                                                      List<Double> pointOfRun) {
        // plain values only: the study may be shipped to other machines
        String[] sc = scenarioOfRun.toArray(String[]::new);
        double[] at = pointOfRun.stream().mapToDouble(Double::doubleValue).toArray();
        String outcome = set.target().outcome();
        double atLeast = set.target().atLeast();
        double atMost = set.target().atMost();
        String lv = set.lever();
        String dr = set.driver();
        int n = set.samples();
        long sd = set.seed();
        int th = set.threads();
        return m -> {
            FutureGrid g = FutureGrid.of(m).outcome(outcome).atLeast(atLeast).atMost(atMost).samples(n).seed(sd)
                    .threads(th);
            for (int i = 0; i < sc.length; i++) {
                Lever v = dr != null ? LeverScaling.driverAt(dr, at[i]) : LeverScaling.scaled(m, m.lever(lv), at[i]);
                g.run(sc[i], v, false);
            }
            return g;
        };
    }
}

package fi.foresight.sensitivity;

import fi.foresight.distributions.Distribution;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.time.YearState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One-at-a-time sensitivity: a tornado (each input swung between a low and a high quantile, default P10 and P90)
 * and spider data (the outcome at the 5th, 10th, …, 95th percentile of each input). All other inputs sit at their
 * <b>median</b> by default, or at their mean with {@link #othersAtMean()}.
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));
 * TornadoResult t = Tornado.of(model).outcome("internationalisation_index").run();   // P10/P90, others at median
 * System.out.println(t.table().printAll());        // the swings, largest first
 * Tornado.of(model).outcome("internationalisation_index").scenario("gateway_east").
 *         range(0.05, 0.95).othersAtMean().run();
 * }</pre>
 *
 * Correlations between drivers are ignored: each input moves alone.
 */
public final class Tornado {
    /** Steps of the spider: its percentiles are the fractions (j + 1) / 20. */
    private static final int SPIDER_STEPS = 20;
    /**
     * The spider's percentiles: 5, 10, …, 95, each the exact fraction (j + 1) / 20 rounded once to the nearest
     * double (so the 70th is exactly {@code 0.7}, not {@code 14 * 0.05 = 0.7000000000000001}, and a discrete
     * input whose distribution function is exactly 0.7 at a value gives that value there).
     */
    static final double[] SPIDER = new double[SPIDER_STEPS - 1];

    static {
        for (int j = 0; j < SPIDER.length; j++) {
            SPIDER[j] = (double) (j + 1) / SPIDER_STEPS;
        }
    }

    private final Model model;
    private Integer year;
    private long seed = 1;
    private String scenario = Scenario.BASE;
    private String lever = Lever.NONE;
    private final List<String> outcomes = new ArrayList<>();
    private double low = 0.1;
    private double high = 0.9;
    private boolean mean;

    private Tornado(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.year = YearState.defaultYear(model);
    }

    /**
     * A tornado of the model's base scenario without lever, for all outcome columns: inputs swung from P10 to P90,
     * the others at their median.
     *
     * @param model the model
     * @return the analysis, to configure and {@link #run()}
     * @throws NullPointerException when {@code model} is null
     */
    public static Tornado of(Model model) {
        return new Tornado(model);
    }

    /**
     * The scenario to analyse (default {@code base}).
     *
     * @param scenario a scenario id of the model
     * @return this analysis
     * @throws IllegalArgumentException when the model has no such scenario
     */
    public Tornado scenario(String scenario) {
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
    public Tornado lever(String lever) {
        this.lever = model.lever(lever).id();
        return this;
    }

    /**
     * Restricts the analysis to these outcome columns (default: all).
     *
     * @param outcomes outcome columns, e.g. {@code index} or {@code index.entrepreneurs}
     * @return this analysis
     */
    public Tornado outcome(String... outcomes) {
        this.outcomes.clear();
        this.outcomes.addAll(List.of(outcomes));
        return this;
    }

    /**
     * Low and high quantile levels of the swing (default 0.1 and 0.9).
     *
     * @param lowLevel  the low quantile level, in [0, 1)
     * @param highLevel the high quantile level, above {@code lowLevel} and at most 1
     * @return this analysis
     * @throws IllegalArgumentException when not {@code 0 <= low < high <= 1}
     */
    public Tornado range(double lowLevel, double highLevel) {
        if (!(lowLevel >= 0 && lowLevel < highLevel && highLevel <= 1)) {
            throw new IllegalArgumentException("range [" + lowLevel + ", " + highLevel
                    + "] is not valid; need 0 <= low < high <= 1, e.g. range(0.1, 0.9)");
        }
        this.low = lowLevel;
        this.high = highLevel;
        return this;
    }

    /**
     * Holds the other inputs at their mean instead of their median.
     *
     * @return this analysis
     */
    public Tornado othersAtMean() {
        this.mean = true;
        return this;
    }

    /**
     * Holds the other inputs at their median (the default).
     *
     * @return this analysis
     */
    public Tornado othersAtMedian() {
        this.mean = false;
        return this;
    }

    /**
     * Seed of the trajectory paths that give the drivers' states at a later year of the horizon (default 1); a
     * model without a horizon has no random part in a tornado.
     *
     * @param seed any value
     * @return this analysis, for chaining
     */
    public Tornado seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * The year of the model's horizon to analyse (default: the horizon's last year). Every driver that moves
     * (a process, an event or a from-year change) is one input, its state in that year: the empirical
     * distribution of {@value fi.foresight.time.YearState#STATE_PATHS} trajectory paths drawn with this
     * analysis's seed (default seed 1); the scenario's and lever's changes active in that year apply and {@code year} is
     * that year. Such inputs are sampled independently of the others.
     *
     * @param year a year of the horizon
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when the model has no horizon or the year is not one of its years
     */
    public Tornado atYear(int year) {
        YearState.check(model, year);
        this.year = year;
        return this;
    }

    /**
     * The year analysed: the one chosen with {@link #atYear(int)}, else the horizon's last, null without one.
     *
     * @return the year or null
     */
    public Integer year() {
        return year;
    }

    /**
     * Evaluates the model with each input at its low and high quantile and at the spider's percentiles, with the
     * settings as they stand when it starts (a {@link TornadoSettings} record).
     *
     * @return the swings and spider points
     * @throws IllegalArgumentException when an outcome column is unknown or the model has no outcome
     */
    public TornadoResult run() {
        return run(settings());
    }

    /** The settings as they stand, frozen. */
    TornadoSettings settings() {
        return new TornadoSettings(scenario, lever, outcomes, year, seed, low, high, mean);
    }

    /** The analysis with frozen settings: nothing below reads this builder's fields. */
    private TornadoResult run(TornadoSettings s) {
        double low = s.low();
        double high = s.high();
        boolean mean = s.mean();
        Space space = Space.of(model, s.scenario(), s.lever(), s.outcomes(), s.year(), s.seed());
        int k = space.k();
        int perInput = 2 + SPIDER.length;
        int rows = 1 + k * perInput;
        double[] base = new double[k];
        double[][] lowHigh = new double[k][2];
        double[][] in = space.columns(rows);
        for (int i = 0; i < k; i++) {
            Distribution d = space.distribution(i);
            base[i] = mean ? d.mean() : d.quantile(0.5);
            lowHigh[i][0] = d.quantile(low);
            lowHigh[i][1] = d.quantile(high);
            in[space.varied[i]] = new double[rows];
            java.util.Arrays.fill(in[space.varied[i]], base[i]);
        }
        for (int i = 0; i < k; i++) {
            Distribution d = space.distribution(i);
            double[] col = in[space.varied[i]];
            int at = 1 + i * perInput;
            col[at] = lowHigh[i][0];
            col[at + 1] = lowHigh[i][1];
            for (int j = 0; j < SPIDER.length; j++) {
                col[at + 2 + j] = d.quantile(SPIDER[j]);
            }
        }
        double[][] out = space.outputs(rows);
        space.evaluator.kernel().evaluate(in, rows, out);
        space.requireFinite(in, out, rows, "points of the tornado design");

        var names = space.variedNames();
        var labels = space.variedLabels();
        var swings = new ArrayList<Swing>();
        var spider = new ArrayList<SpiderPoint>();
        Map<String, Double> baseOutput = new LinkedHashMap<>();
        for (int o = 0; o < space.outcomes.size(); o++) {
            String outcome = space.outcomes.get(o);
            double[] y = out[space.outcomeIndex[o]];
            baseOutput.put(outcome, y[0]);
            var bars = new ArrayList<Swing>();
            for (int i = 0; i < k; i++) {
                int at = 1 + i * perInput;
                bars.add(new Swing(outcome, names.get(i), labels.get(i), lowHigh[i][0], lowHigh[i][1], y[at],
                        y[at + 1], Math.abs(y[at + 1] - y[at])));
                for (int j = 0; j < SPIDER.length; j++) {
                    spider.add(new SpiderPoint(outcome, names.get(i), labels.get(i), SPIDER[j],
                            in[space.varied[i]][at + 2 + j], y[at + 2 + j]));
                }
            }
            bars.sort(Comparator.comparingDouble(Swing::swing).reversed());
            swings.addAll(bars);
        }
        var notes = new ArrayList<String>();
        notes.add("Each input swung between its P" + Math.round(low * 100) + " and P" + Math.round(high * 100)
                + "; the others held at their " + (mean ? "mean" : "median") + ".");
        if (!space.correlatedPairs().isEmpty()) {
            notes.add("Correlations between drivers are ignored by the one-at-a-time design: "
                    + String.join(", ", space.correlatedPairs()) + ".");
        }
        var settings = new TornadoResult.Settings(space.evaluator.scenario(), space.evaluator.lever(), low, high,
                mean ? "mean" : "median");
        return new TornadoResult(settings, baseOutput, swings, spider, notes);
    }
}

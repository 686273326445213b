package fi.foresight.sensitivity;

import fi.foresight.chart.FileNames;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Morris measures of a {@link Morris} run. Table {@code morris}: {@code outcome, variable, mu, mu_star, sigma,
 * mu_star_low, mu_star_high}; chart: mu* against sigma per outcome, points labelled by input.
 */
public final class MorrisResult implements AnalysisResult {
    /** How the effects were computed; {@code delta} is the jump on the unit scale. */
    public record Settings(String scenario, String lever, int trajectories, int levels, int pool, int evaluations,
                           int bootstrap, double confidence, long seed, double delta) {
    }

    private final Settings settings;
    private final List<MorrisEffect> effects;
    private final List<String> outcomes;
    private final List<String> variables;
    /** ee[o][i][t]. */
    private final double[][][] ee;
    private final List<String> notes;

    private MorrisResult(Settings settings, List<MorrisEffect> effects, List<String> outcomes, List<String> variables,
                         double[][][] ee, List<String> notes) {
        this.settings = settings;
        this.effects = List.copyOf(effects);
        this.outcomes = List.copyOf(outcomes);
        this.variables = List.copyOf(variables);
        this.ee = ee;
        this.notes = List.copyOf(notes);
    }

    static MorrisResult of(Settings s, List<String> outcomes, List<String> variables, List<String> labels,
                           double[][][] ee, List<String> notes) {
        int r = s.trajectories();
        var streams = s.bootstrap() > 0 ? Stats.streams(Stats.derive(s.seed(), Stats.BOOTSTRAP), s.bootstrap()) : null;
        // one set of resampled trajectory indices, shared by all inputs and outcomes
        int[][] resamples = new int[s.bootstrap()][];
        for (int b = 0; b < s.bootstrap(); b++) {
            resamples[b] = Stats.resample(streams[b], r);
        }
        double lo = (1 - s.confidence()) / 2;
        var effects = new ArrayList<MorrisEffect>();
        for (int o = 0; o < outcomes.size(); o++) {
            for (int i = 0; i < variables.size(); i++) {
                double[] e = ee[o][i];
                double[] abs = new double[r];
                for (int t = 0; t < r; t++) {
                    abs[t] = Math.abs(e[t]);
                }
                double muStar = Stats.mean(abs, r);
                double low = Double.NaN;
                double high = Double.NaN;
                if (s.bootstrap() > 0) {
                    double[] boot = new double[s.bootstrap()];
                    for (int b = 0; b < boot.length; b++) {
                        double sum = 0;
                        for (int t : resamples[b]) {
                            sum += abs[t];
                        }
                        boot[b] = sum / r;
                    }
                    low = Stats.percentile(boot, lo);
                    high = Stats.percentile(boot, 1 - lo);
                }
                effects.add(new MorrisEffect(outcomes.get(o), variables.get(i), labels.get(i), Stats.mean(e, r),
                        muStar, Stats.sd(e, r), low, high));
            }
        }
        return new MorrisResult(s, effects, outcomes, variables, ee, notes);
    }

    @Override
    public String kind() {
        return "morris";
    }

    /**
     * How the analysis was run, to report it and to repeat it.
     *
     * @return the settings
     */
    public Settings settings() {
        return settings;
    }

    /**
     * The Morris measures of every input for every outcome, outcome by outcome, inputs in model order.
     *
     * @return the effects
     */
    public List<MorrisEffect> effects() {
        return effects;
    }

    /**
     * The Morris measures of every input for one outcome.
     *
     * @param outcome an outcome column of the run
     * @return the effects, inputs in model order
     * @throws IllegalArgumentException when the outcome was not analysed
     */
    public List<MorrisEffect> effects(String outcome) {
        var list = effects.stream().filter(e -> e.outcome().equals(outcome)).toList();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no effects for outcome '" + outcome + "'; outcomes are " + outcomes);
        }
        return list;
    }

    /**
     * The Morris measures of one input for one outcome.
     *
     * @param outcome  an outcome column of the run
     * @param variable an input id (a driver, or an uncertain weight)
     * @return the effect
     * @throws IllegalArgumentException when the outcome or input was not analysed
     */
    public MorrisEffect effect(String outcome, String variable) {
        return effects(outcome).stream().filter(e -> e.variable().equals(variable)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input '" + variable + "'; inputs are " + variables));
    }

    /**
     * The r elementary effects of one input on one outcome, trajectory by trajectory.
     *
     * @param outcome  an outcome column of the run
     * @param variable an input id
     * @return a copy of the r effects
     * @throws IllegalArgumentException when the outcome or input was not analysed
     */
    public double[] elementaryEffects(String outcome, String variable) {
        int o = outcomes.indexOf(outcome);
        int i = variables.indexOf(variable);
        if (o < 0 || i < 0) {
            throw new IllegalArgumentException("unknown outcome '" + outcome + "' or input '" + variable
                    + "'; outcomes are " + outcomes + ", inputs " + variables);
        }
        return ee[o][i].clone();
    }

    /**
     * The outcome columns analysed.
     *
     * @return the columns, in model order
     */
    public List<String> outcomes() {
        return outcomes;
    }

    /**
     * Warnings about the run that a reader of the results should know (e.g. ignored correlations).
     *
     * @return the notes, possibly empty
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * The table {@code morris}: {@code outcome, variable, mu, mu_star, sigma, mu_star_low, mu_star_high}.
     *
     * @return a new table
     */
    public Table table() {
        return Table.create("morris",
                StringColumn.create("outcome", effects.stream().map(MorrisEffect::outcome)),
                StringColumn.create("variable", effects.stream().map(MorrisEffect::variable)),
                DoubleColumn.create("mu", effects.stream().mapToDouble(MorrisEffect::mu)),
                DoubleColumn.create("mu_star", effects.stream().mapToDouble(MorrisEffect::muStar)),
                DoubleColumn.create("sigma", effects.stream().mapToDouble(MorrisEffect::sigma)),
                DoubleColumn.create("mu_star_low", effects.stream().mapToDouble(MorrisEffect::muStarLow)),
                DoubleColumn.create("mu_star_high", effects.stream().mapToDouble(MorrisEffect::muStarHigh)));
    }

    @Override
    public List<Table> tables() {
        return List.of(table());
    }

    @Override
    public Map<String, ChartSpec> charts() {
        var charts = new LinkedHashMap<String, ChartSpec>();
        for (String outcome : outcomes) {
            charts.put("morris-" + FileNames.slug(outcome, "outcome"), SensitivityCharts.morris(this, outcome));
        }
        return charts;
    }

    @Override
    public List<Finding> findings() {
        var findings = new ArrayList<Finding>();
        for (String outcome : outcomes) {
            MorrisEffect top = effects(outcome).stream().max(Comparator.comparingDouble(MorrisEffect::muStar))
                    .orElseThrow();
            var args = new LinkedHashMap<String, Object>();
            args.put("outcome", outcome);
            args.put("variable", top.variable());
            args.put("label", top.label());
            args.put("mu_star", top.muStar());
            args.put("sigma", top.sigma());
            findings.add(new Finding("morris.top_driver", args, 10));
        }
        return findings;
    }

    @Override
    public String toString() {
        return "Morris screening (r = " + settings.trajectories() + ", p = " + settings.levels() + ", "
                + settings.evaluations() + " evaluations)\n" + String.join("\n", notes)
                + (notes.isEmpty() ? "" : "\n") + table().printAll();
    }
}

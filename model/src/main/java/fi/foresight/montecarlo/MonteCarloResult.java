package fi.foresight.montecarlo;

import fi.foresight.statistics.OutcomeStatistics;
import fi.foresight.statistics.Histogram;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.model.Model;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/**
 * The outcome of {@link MonteCarlo#run()}: statistics per scenario × lever × outcome column, as values and as
 * Tablesaw tables and charts. Immutable.
 *
 * <pre>{@code
 * MonteCarloResult r = MonteCarlo.of(model).samples(100_000).seed(42).run();
 * System.out.println(r.summary().printAll());                // one row per scenario × lever × outcome
 * r.statistics("base", "none", "index").percentile(95);
 * r.exceedance().write().csv("exceedance.csv");
 * }</pre>
 */
public final class MonteCarloResult implements AnalysisResult {
    private static final Set<String> OFF_PAGES_TABLES = Set.of("montecarlo-convergence", "montecarlo-samples",
            "tornado-conditional", "tornado-conditional-swing");
    private static final List<String> OFF_PAGES_CHARTS = List.of("montecarlo-cdf", "montecarlo-convergence",
            "montecarlo-boxplot");
    private final Model model;
    private final MonteCarloSettings settings;
    private final List<RunResult> runs;

    MonteCarloResult(Model model, MonteCarloSettings settings, List<RunResult> runs) {
        this.model = model;
        this.settings = settings;
        this.runs = List.copyOf(runs);
    }

    /**
     * The model that was run.
     *
     * @return the model
     */
    public Model model() {
        return model;
    }

    /**
     * How the run was made: samples, seed, design, threads, the scenarios and levers covered; enough to repeat it.
     *
     * @return the settings
     */
    public MonteCarloSettings settings() {
        return settings;
    }

    /**
     * One result per scenario × lever, scenarios outer, levers inner.
     *
     * @return the runs
     */
    public List<RunResult> runs() {
        return runs;
    }

    /**
     * The result of one scenario × lever.
     *
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @return the run
     * @throws IllegalArgumentException when that scenario × lever was not run
     */
    public RunResult run(String scenario, String lever) {
        for (RunResult r : runs) {
            if (r.scenario().equals(scenario) && r.lever().equals(lever)) {
                return r;
            }
        }
        var names = runs.stream().map(r -> r.scenario() + " x " + r.lever()).toList();
        throw new IllegalArgumentException("no run for scenario '" + scenario + "' x lever '" + lever + "'"
                + Suggestions.didYouMean(scenario + " x " + lever, names) + "; runs are " + names);
    }

    /**
     * The part of this result for some scenarios and levers (each must have been run), e.g. to draw one
     * lever's scenarios: {@code r.select(List.of("base", "east_open"), List.of("none"))}.
     *
     * @param scenarios scenario ids that were run
     * @param levers    lever ids that were run
     * @return the smaller result
     * @throws IllegalArgumentException when a scenario × lever was not run
     */
    public MonteCarloResult select(List<String> scenarios, List<String> levers) {
        var picked = new ArrayList<RunResult>();
        for (String s : scenarios) {
            for (String l : levers) {
                picked.add(run(s, l));
            }
        }
        var sub = new MonteCarloSettings(settings.samples(), settings.seed(), settings.threads(), settings.design(),
                settings.blockSize(), settings.keepSamples(), settings.precision(), scenarios, levers, settings.kernel(),
                settings.conditional(), settings.goal(), settings.year(), settings.conditionalLevel());
        return new MonteCarloResult(model, sub, picked);
    }

    /**
     * Statistics of one outcome column in one scenario × lever.
     *
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @param outcome  an outcome column
     * @return the statistics
     * @throws IllegalArgumentException when that scenario × lever was not run or the column is unknown
     */
    public OutcomeStatistics statistics(String scenario, String lever, String outcome) {
        return run(scenario, lever).statistics(outcome);
    }

    /**
     * Outcome columns, in model order.
     *
     * @return the columns
     */
    public List<String> outcomes() {
        return runs.get(0).outcomes();
    }

    /**
     * One row per scenario × lever × outcome, table {@code montecarlo-summary} with columns
     * {@code scenario, lever, outcome, n, mean, sd, se, min, p01, p05, p10, p25, p50, p75, p90, p95, p99, max}; for
     * a model with a horizon a {@code year} column follows {@code lever} (the year the run is at).
     *
     * @return a new table
     */
    public Table summary() {
        return MonteCarloTables.withYear(MonteCarloTables.summary(runs), settings.year());
    }

    /**
     * Probabilities of meeting the model's targets, table {@code montecarlo-exceedance} with columns
     * {@code scenario, lever, outcome, target, probability, se}; for a model with a horizon a {@code year} column
     * follows {@code lever}.
     *
     * @return a new table
     */
    public Table exceedance() {
        return MonteCarloTables.withYear(MonteCarloTables.exceedance(runs), settings.year());
    }

    /**
     * The running mean at checkpoints, table {@code montecarlo-convergence} with columns
     * {@code scenario, lever, outcome, n, mean, se, lower, upper} (95% interval).
     *
     * @return a new table
     */
    public Table convergence() {
        return MonteCarloTables.convergence(runs);
    }

    /**
     * Histogram of an outcome column in every scenario × lever, table {@code montecarlo-histogram} with columns
     * {@code scenario, lever, outcome, from, to, count, density}; bins span each run's [min, max].
     *
     * @param outcome an outcome column
     * @param bins    the number of bins
     * @return a new table
     * @throws IllegalArgumentException when the column is unknown
     */
    public Table histogram(String outcome, int bins) {
        checkOutcome(outcome);
        return MonteCarloTables.histogram(runs, outcome, bins);
    }

    /**
     * Histogram of one outcome column in one scenario × lever.
     *
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @param outcome  an outcome column
     * @param bins     the number of bins, at least 1
     * @return the histogram
     * @throws IllegalArgumentException when the run or column is unknown or {@code bins < 1}
     */
    public Histogram histogram(String scenario, String lever, String outcome, int bins) {
        return statistics(scenario, lever, outcome).histogram(bins);
    }

    /**
     * The kept draws, table {@code montecarlo-samples} with columns {@code scenario, lever, sample}, then every
     * input (drivers, then uncertain weights; missing where a run has no such input) and every outcome column.
     *
     * @return a new table
     * @throws IllegalStateException when the run did not keep samples
     */
    public Table samples() {
        return MonteCarloTables.samples(runs);
    }

    /**
     * True when raw samples were kept.
     *
     * @return whether {@link #samples()} is available
     */
    public boolean hasSamples() {
        return settings.keepSamples();
    }

    @Override
    public String kind() {
        return "montecarlo";
    }

    /**
     * Summary, exceedance and convergence tables (and the samples when kept; the conditional tornado's
     * {@code tornado-conditional} and {@code tornado-conditional-swing} when asked; {@code montecarlo-precision}
     * with a standard-error goal).
     */
    @Override
    public List<Table> tables() {
        var t = new ArrayList<Table>(List.of(summary(), exceedance(), convergence()));
        if (hasSamples()) {
            t.add(samples());
        }
        if (!settings.conditional().isEmpty()) {
            t.add(ExtraTables.conditionalBins(runs, settings.conditionalLevel()));
            t.add(ExtraTables.conditionalSwings(runs, settings.conditionalLevel()));
        }
        if (settings.goal() != null) {
            t.add(ExtraTables.precision(runs));
        }
        return List.copyOf(t);
    }

    /** The standard charts, see {@link MonteCarloCharts#all(MonteCarloResult)}. */
    @Override
    public Map<String, ChartSpec> charts() {
        return MonteCarloCharts.all(this);
    }

    /**
     * The report's pages leave out the convergence trace, the kept samples and the conditional tornado's bins and
     * swings (its chart shows them); CSV and XLSX hold them.
     *
     * @param table the name of one of {@link #tables()}
     * @return false for {@code montecarlo-convergence}, {@code montecarlo-samples}, {@code tornado-conditional} and
     *         {@code tornado-conditional-swing}
     */
    @Override
    public boolean tableOnPages(String table) {
        return !OFF_PAGES_TABLES.contains(table);
    }

    /**
     * The report's pages leave out the distribution functions, box plots and convergence charts per outcome.
     *
     * @param chart the name of one of {@link #charts()}
     * @return false for the charts named {@code montecarlo-cdf}, {@code montecarlo-convergence} or
     *         {@code montecarlo-boxplot}, or those followed by {@code -} and more
     */
    @Override
    public boolean chartOnPages(String chart) {
        return OFF_PAGES_CHARTS.stream().noneMatch(p -> chart.equals(p) || chart.startsWith(p + "-"));
    }

    /**
     * One finding per scenario × lever × model target, key {@code montecarlo.target_probability}, with arguments
     * {@code scenario, lever, outcome, target, probability, se} (ranked in run order).
     */
    @Override
    public List<Finding> findings() {
        var findings = new ArrayList<Finding>();
        int rank = 0;
        for (RunResult r : runs) {
            for (Exceedance e : r.exceedances()) {
                var args = new LinkedHashMap<String, Object>();
                args.put("scenario", r.scenario());
                args.put("lever", r.lever());
                args.put("outcome", e.target().outcome());
                args.put("target", e.target().describe());
                args.put("probability", e.probability());
                args.put("se", e.se());
                findings.add(new Finding("montecarlo.target_probability", args, rank++));
            }
        }
        return List.copyOf(findings);
    }

    void checkOutcome(String outcome) {
        if (!outcomes().contains(outcome)) {
            throw new IllegalArgumentException("unknown outcome column '" + outcome + "'"
                    + Suggestions.didYouMean(String.valueOf(outcome), outcomes()) + "; columns are " + outcomes());
        }
    }

    @Override
    public String toString() {
        return summary().print();
    }
}

package fi.foresight.time;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.chart.ChartStyle;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Outcome;
import fi.foresight.model.OutcomeColumn;
import fi.foresight.model.Suggestions;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.BarSpec;
import fi.foresight.chart.XySpec;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/**
 * The result of {@link Trajectories#run()}: per scenario × lever × tracked outcome its statistics year by year,
 * per target the yearly exceedance and the first-passage distribution, as values, Tablesaw tables and charts.
 *
 * <pre>{@code
 * TrajectoryResult r = Trajectories.of(model).samples(10_000).seed(7).run();
 * System.out.println(r.trajectories().printAll());      // scenario, lever, outcome, year, mean, p05 … p95
 * r.outcome("base", "none", "exports").in(2030);     // the statistics of one year
 * r.firstPassage("base", "none", "exports").medianYear();
 * Charts.show(r.fan("base", "none", "exports"));
 * }</pre>
 */
public final class TrajectoryResult implements AnalysisResult {
    /** The analysis kind, also the name of the main table. */
    public static final String KIND = "trajectories";

    private final Model model;
    private final TrajectorySettings settings;
    private final List<RunTrajectories> runs;

    TrajectoryResult(Model model, TrajectorySettings settings, List<RunTrajectories> runs) {
        this.model = model;
        this.settings = settings;
        this.runs = List.copyOf(runs);
    }

    @Override
    public String kind() {
        return KIND;
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
     * How the run was made: samples, seed, design, threads, scenarios, levers and outcomes; enough to repeat it.
     *
     * @return the settings
     */
    public TrajectorySettings settings() {
        return settings;
    }

    /**
     * The horizon's years.
     *
     * @return the years, in order
     */
    public int[] years() {
        return model.horizon().orElseThrow().years();
    }

    /**
     * One entry per scenario × lever, scenarios outer.
     *
     * @return the runs
     */
    public List<RunTrajectories> runs() {
        return runs;
    }

    /**
     * The trajectories of one scenario × lever.
     *
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @return the trajectories
     * @throws IllegalArgumentException when that scenario × lever was not run
     */
    public RunTrajectories run(String scenario, String lever) {
        for (RunTrajectories r : runs) {
            if (r.scenario().equals(scenario) && r.lever().equals(lever)) {
                return r;
            }
        }
        throw new IllegalArgumentException("scenario '" + scenario + "' x lever '" + lever + "' was not run; run were "
                + "scenarios " + settings.scenarios() + " x levers " + settings.levers());
    }

    /**
     * One tracked outcome column's trajectory in one scenario × lever.
     *
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @param outcome  a tracked outcome column
     * @return the trajectory
     * @throws IllegalArgumentException when the column was not tracked or that scenario × lever was not run
     */
    public OutcomeTrajectory outcome(String scenario, String lever, String outcome) {
        if (!settings.outcomes().contains(outcome)) {
            throw new IllegalArgumentException("outcome '" + outcome + "' was not tracked"
                    + Suggestions.didYouMean(String.valueOf(outcome), settings.outcomes()) + "; tracked are "
                    + settings.outcomes());
        }
        return run(scenario, lever).outcome(outcome);
    }

    /**
     * When the (first) target on {@code outcome} is first reached, in one scenario × lever.
     *
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @param outcome  an outcome column with a target
     * @return the first-passage distribution
     * @throws IllegalArgumentException when the model has no target on {@code outcome} or the run is unknown
     */
    public FirstPassage firstPassage(String scenario, String lever, String outcome) {
        return firstPassage(scenario, lever, target(outcome));
    }

    /**
     * When {@code target} is first reached, in one scenario × lever.
     *
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @param target   one of the model's targets
     * @return the first-passage distribution
     * @throws IllegalArgumentException when the target is not the model's or the run is unknown
     */
    public FirstPassage firstPassage(String scenario, String lever, Target target) {
        for (FirstPassage f : run(scenario, lever).firstPassages()) {
            if (f.target().equals(target)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no target " + target.describe() + " in the model");
    }

    /**
     * The first of the model's targets on {@code outcome}.
     *
     * @param outcome an outcome column
     * @return the target
     * @throws IllegalArgumentException when the model has no target on {@code outcome}
     */
    public Target target(String outcome) {
        return model.targets().stream().filter(t -> t.outcome().equals(outcome)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("the model has no target on '" + outcome + "'; targets are "
                        + model.targets().stream().map(Target::describe).toList()));
    }

    /**
     * Table {@code trajectories}: scenario, lever, outcome, year, mean, p05, p25, p50, p75, p95.
     *
     * @return a new table
     */
    public Table trajectories() {
        return TrajectoryTables.trajectories(runs);
    }

    /**
     * Table {@code trajectories-first-passage}: scenario, lever, outcome, target, year, reached, paths,
     * probability, cumulative; per target a row per year and a last row ({@code reached = false}, no year) for the
     * paths that do not reach it on the horizon.
     *
     * @return a new table
     */
    public Table firstPassage() {
        return TrajectoryTables.firstPassage(runs);
    }

    /**
     * Table {@code trajectories-exceedance}: scenario, lever, outcome, target, year, probability, se.
     *
     * @return a new table
     */
    public Table exceedance() {
        return TrajectoryTables.exceedance(runs);
    }

    /** The trajectories, first-passage and exceedance tables, and {@code trajectories-events} when the model has events. */
    @Override
    public List<Table> tables() {
        if (runs.stream().allMatch(r -> r.eventEffects().isEmpty())) {
            return List.of(trajectories(), firstPassage(), exceedance());
        }
        return List.of(trajectories(), firstPassage(), exceedance(), TrajectoryTables.events(runs));
    }

    /**
     * A fan chart: P5–P95 and P25–P75 bands and the median of one outcome over the years.
     *
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @param outcome  a tracked outcome column
     * @return the chart
     * @throws IllegalArgumentException when the run or column is unknown
     */
    public XySpec fan(String scenario, String lever, String outcome) {
        return TrajectoryCharts.fan(this, scenario, lever, outcome);
    }

    /**
     * The median paths of every scenario run, for one lever, overlaid.
     *
     * @param lever   a lever id that was run
     * @param outcome a tracked outcome column
     * @return the chart
     * @throws IllegalArgumentException when the lever or column is unknown
     */
    public XySpec medians(String lever, String outcome) {
        return TrajectoryCharts.medians(this, lever, outcome);
    }

    /**
     * The kept sample paths of one outcome.
     *
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @param outcome  a tracked outcome column
     * @return the chart
     * @throws IllegalArgumentException when the run or column is unknown
     */
    public XySpec spaghetti(String scenario, String lever, String outcome) {
        return TrajectoryCharts.spaghetti(this, scenario, lever, outcome);
    }

    /**
     * The first-passage distribution of the (first) target on {@code outcome}, bars per scenario.
     *
     * @param lever   a lever id that was run
     * @param outcome an outcome column with a target
     * @return the chart
     * @throws IllegalArgumentException when the lever is unknown or the model has no target on {@code outcome}
     */
    public BarSpec firstPassageChart(String lever, String outcome) {
        return TrajectoryCharts.firstPassage(this, lever, target(outcome));
    }

    /**
     * The standard charts for the first lever run: per tracked outcome (not per panel column) a fan chart per
     * scenario ({@code trajectories-fan-<outcome>-<scenario>}), the medians overlaid
     * ({@code trajectories-medians-<outcome>}), the first scenario's sample paths
     * ({@code trajectories-spaghetti-<outcome>-<scenario>}); per target the first-passage histogram
     * ({@code trajectories-first-passage-<outcome>}). A lever other than {@code none} is appended to the names.
     */
    @Override
    public Map<String, ChartSpec> charts() {
        return TrajectoryCharts.all(this);
    }

    /**
     * Per target, scenario and lever: key {@code trajectories.first_passage} with the share of paths reaching
     * the target by the horizon's end and the median first-passage year (−1 when fewer than half reach it); and
     * {@code trajectories.event_effect} for each event that clearly moves an outcome (see {@link EventFindings}).
     */
    @Override
    public List<Finding> findings() {
        var out = new ArrayList<Finding>();
        int end = model.horizon().orElseThrow().end();
        int rank = 0;
        for (RunTrajectories r : runs) {
            for (FirstPassage f : r.firstPassages()) {
                var args = new LinkedHashMap<String, Object>();
                args.put("scenario", r.scenario());
                args.put("lever", r.lever());
                args.put("target", f.target().describe());
                args.put("end", end);
                args.put("reached_by_end", f.reachedBy(end));
                args.put("median_year", f.medianYear().orElse(-1));
                out.add(new Finding(KIND + ".first_passage", args, rank++));
            }
        }
        out.addAll(EventFindings.of(runs));
        return out;
    }

    String label(String column) {
        OutcomeColumn c = OutcomeColumn.parse(column);
        String label = model.outcome(c.outcome()).map(Outcome::label).orElse(c.outcome());
        if (c.perPanel()) {
            label += " – " + model.panel(c.panel()).map(p -> p.label()).orElse(c.panel());
        }
        return label;
    }

    String axis(String column) {
        String id = OutcomeColumn.parse(column).outcome();
        return ChartStyle.axis(label(column), model.outcome(id).map(Outcome::unit).orElse(null));
    }

    String scenarioLabel(String id) {
        return model.scenario(id).label();
    }

    String leverLabel(String id) {
        return model.lever(id).label();
    }

    String runLabel(String scenario, String lever) {
        return scenarioLabel(scenario) + (lever.equals(Lever.NONE) ? "" : " with " + leverLabel(lever));
    }

    @Override
    public String toString() {
        return trajectories().print();
    }
}

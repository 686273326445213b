package fi.foresight.time;

import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds the Tablesaw tables of a {@link TrajectoryResult}. */
final class TrajectoryTables {
    private static final int[] FAN = {5, 25, 50, 75, 95};

    private TrajectoryTables() {
    }

    /** {@code trajectories}: scenario, lever, outcome, year, mean, p05, p25, p50, p75, p95. */
    static Table trajectories(List<RunTrajectories> runs) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var year = IntColumn.create("year");
        var mean = DoubleColumn.create("mean");
        var pct = new DoubleColumn[FAN.length];
        for (int i = 0; i < FAN.length; i++) {
            pct[i] = DoubleColumn.create(String.format("p%02d", FAN[i]));
        }
        for (RunTrajectories r : runs) {
            for (OutcomeTrajectory o : r.outcomes().values()) {
                for (YearStatistics y : o.years()) {
                    scenario.append(r.scenario());
                    lever.append(r.lever());
                    outcome.append(o.outcome());
                    year.append(y.year());
                    mean.append(y.mean());
                    for (int i = 0; i < FAN.length; i++) {
                        pct[i].append(y.percentile(FAN[i]));
                    }
                }
            }
        }
        Table t = Table.create(TrajectoryResult.KIND, scenario, lever, outcome, year, mean);
        t.addColumns(pct);
        return t;
    }

    /**
     * {@code trajectories-first-passage}: scenario, lever, outcome, target, year, reached, paths, probability,
     * cumulative. One row per year, then a row with {@code reached = false} and no year for the paths that never
     * reach the target on the horizon (its cumulative is 1).
     */
    static Table firstPassage(List<RunTrajectories> runs) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var target = StringColumn.create("target");
        var year = IntColumn.create("year");
        var reached = BooleanColumn.create("reached");
        var paths = LongColumn.create("paths");
        var probability = DoubleColumn.create("probability");
        var cumulative = DoubleColumn.create("cumulative");
        for (RunTrajectories r : runs) {
            for (FirstPassage f : r.firstPassages()) {
                double n = f.n();
                long sum = 0;
                int[] ys = f.years();
                long[] counts = f.counts();
                for (int i = 0; i <= ys.length; i++) {
                    scenario.append(r.scenario());
                    lever.append(r.lever());
                    outcome.append(f.target().outcome());
                    target.append(f.target().describe());
                    long c = i < ys.length ? counts[i] : f.notReached();
                    sum += c;
                    if (i < ys.length) {
                        year.append(ys[i]);
                    } else {
                        year.appendMissing();
                    }
                    reached.append(i < ys.length);
                    paths.append(c);
                    probability.append(c / n);
                    cumulative.append(sum / n);
                }
            }
        }
        return Table.create(TrajectoryResult.KIND + "-first-passage", scenario, lever, outcome, target, year, reached,
                paths, probability, cumulative);
    }

    /** {@code trajectories-exceedance}: scenario, lever, outcome, target, year, probability, se. */
    static Table exceedance(List<RunTrajectories> runs) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var outcome = StringColumn.create("outcome");
        var target = StringColumn.create("target");
        var year = IntColumn.create("year");
        var probability = DoubleColumn.create("probability");
        var se = DoubleColumn.create("se");
        for (RunTrajectories r : runs) {
            for (TargetExceedance e : r.exceedance()) {
                int[] ys = e.years();
                for (int t = 0; t < ys.length; t++) {
                    scenario.append(r.scenario());
                    lever.append(r.lever());
                    outcome.append(e.target().outcome());
                    target.append(e.target().describe());
                    year.append(ys[t]);
                    probability.append(e.probability(t));
                    se.append(e.se(t));
                }
            }
        }
        return Table.create(TrajectoryResult.KIND + "-exceedance", scenario, lever, outcome, target, year, probability,
                se);
    }

    /**
     * {@code trajectories-events}: scenario, lever, event, outcome, year, share (of paths where the event has
     * happened by the year), n_with, mean_with, n_without, mean_without, effect, se.
     */
    static Table events(List<RunTrajectories> runs) {
        var scenario = StringColumn.create("scenario");
        var lever = StringColumn.create("lever");
        var event = StringColumn.create("event");
        var outcome = StringColumn.create("outcome");
        var year = IntColumn.create("year");
        var share = DoubleColumn.create("share");
        var nWith = LongColumn.create("n_with");
        var meanWith = DoubleColumn.create("mean_with");
        var nWithout = LongColumn.create("n_without");
        var meanWithout = DoubleColumn.create("mean_without");
        var effect = DoubleColumn.create("effect");
        var se = DoubleColumn.create("se");
        for (RunTrajectories r : runs) {
            for (EventEffect e : r.eventEffects()) {
                scenario.append(e.scenario());
                lever.append(e.lever());
                event.append(e.event());
                outcome.append(e.outcome());
                year.append(e.year());
                share.append(e.share());
                nWith.append(e.with().n());
                meanWith.append(e.with().n() == 0 ? Double.NaN : e.with().mean());
                nWithout.append(e.without().n());
                meanWithout.append(e.without().n() == 0 ? Double.NaN : e.without().mean());
                effect.append(e.effect());
                se.append(e.se());
            }
        }
        return Table.create("trajectories-events", scenario, lever, event, outcome, year, share, nWith, meanWith,
                nWithout, meanWithout, effect, se);
    }
}

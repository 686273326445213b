package fi.foresight.montecarlo;

import fi.foresight.statistics.Moments;
import fi.foresight.statistics.QuantileSketch;
import fi.foresight.model.Target;
import java.util.List;
import java.util.Locale;

/**
 * Follows a {@link PrecisionGoal} block by block for one scenario × lever: the running estimate of the watched
 * statistic and its standard error. Runs on the merging thread, in block order.
 */
final class GoalTracker {
    private final PrecisionGoal goal;
    private final int column;
    private final int target;
    private final QuantileSketch sketch;
    private Moments moments = Moments.EMPTY;
    private long met;

    GoalTracker(PrecisionGoal goal, List<String> columns, List<Target> targets) {
        this.goal = goal;
        this.column = columns.indexOf(goal.outcome());
        int t = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).outcome().equals(goal.outcome())) {
                t = i;
                break;
            }
        }
        this.target = t;
        this.sketch = goal.statistic() == PrecisionGoal.Statistic.PERCENTILE ? new QuantileSketch() : null;
    }

    /** Adds one block; returns true when the goal is met after it. */
    boolean add(BlockPartial p) {
        moments = moments.merge(p.moments()[column]);
        if (target >= 0) {
            met += p.met()[target];
        }
        if (sketch != null) {
            sketch.addSorted(p.sorted()[column], p.n());
        }
        return moments.n() >= 2 && se() <= goal.se();
    }

    /** The statistic's current estimate. */
    double estimate() {
        return switch (goal.statistic()) {
            case MEAN -> moments.mean();
            case EXCEEDANCE -> (double) met / moments.n();
            case PERCENTILE -> sketch.quantile(goal.level());
        };
    }

    /** The statistic's current standard error. */
    double se() {
        long n = moments.n();
        return switch (goal.statistic()) {
            case MEAN -> moments.se();
            case EXCEEDANCE -> {
                double p = (met + 2.0) / (n + 4.0);
                yield Math.sqrt(p * (1 - p) / (n + 4.0));
            }
            case PERCENTILE -> {
                double p = goal.level();
                double d = Precision.Z95 * Math.sqrt(p * (1 - p) / n);
                double lo = sketch.quantile(Math.max(0, p - d));
                double hi = sketch.quantile(Math.min(1, p + d));
                yield (hi - lo) / (2 * Precision.Z95);
            }
        };
    }

    /** Where the goal stands now. */
    PrecisionCheck check() {
        double se = se();
        return new PrecisionCheck(goal.outcome(), goal.statisticName(), estimate(), se, goal.se(), moments.n(),
                se <= goal.se());
    }

    /** The stop when the goal is met now. */
    Stop reached() {
        PrecisionCheck c = check();
        return new Stop(Stop.Reason.PRECISION, c.samples(), String.format(Locale.ROOT,
                "precision reached after %d samples: the standard error of the %s of %s is %.4g <= %.4g",
                c.samples(), c.statistic(), c.outcome(), c.se(), c.wanted()));
    }

    /** The stop when the maximum was drawn first. */
    Stop exhausted() {
        PrecisionCheck c = check();
        return new Stop(Stop.Reason.MAX_SAMPLES, c.samples(), String.format(Locale.ROOT,
                "stopped at the maximum of %d samples before the precision goal: the standard error of the %s of %s "
                        + "is %.4g, wanted <= %.4g", c.samples(), c.statistic(), c.outcome(), c.se(), c.wanted()));
    }
}

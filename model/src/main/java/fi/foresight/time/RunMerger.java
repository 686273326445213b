package fi.foresight.time;

import fi.foresight.statistics.Moments;
import fi.foresight.statistics.OutcomeStatistics;
import fi.foresight.statistics.QuantileSketch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Merges the block results of one scenario × lever in block order, on one thread. */
final class RunMerger {
    private final RunPlan plan;
    private final Moments[][] moments;
    private final QuantileSketch[][] sketches;
    private final long[][] met;
    private final long[][] firstPassage;
    private double[][][] samplePaths;
    /** events[e][j][side]: see {@link BlockResult#events()}. */
    private final Moments[][][] events;
    private long blocks;
    private long n;

    RunMerger(RunPlan plan) {
        this.plan = plan;
        int columns = plan.tracked.length;
        moments = new Moments[plan.years][columns];
        sketches = new QuantileSketch[plan.years][columns];
        for (int t = 0; t < plan.years; t++) {
            for (int j = 0; j < columns; j++) {
                moments[t][j] = Moments.EMPTY;
                sketches[t][j] = new QuantileSketch();
            }
        }
        met = new long[plan.targets.length][plan.years];
        firstPassage = new long[plan.targets.length][plan.years + 1];
        events = new Moments[plan.events.length][columns][2];
        for (Moments[][] byColumn : events) {
            for (Moments[] sides : byColumn) {
                java.util.Arrays.fill(sides, Moments.EMPTY);
            }
        }
    }

    void merge(BlockResult b) {
        if (b.block() != blocks) {
            throw new IllegalStateException("block " + b.block() + " arrived while expecting block " + blocks);
        }
        blocks++;
        n += b.n();
        for (int t = 0; t < plan.years; t++) {
            for (int j = 0; j < plan.tracked.length; j++) {
                moments[t][j] = moments[t][j].merge(b.moments()[t][j]);
                sketches[t][j].addSorted(b.sorted()[t][j], b.n());
            }
        }
        for (int g = 0; g < met.length; g++) {
            for (int t = 0; t < plan.years; t++) {
                met[g][t] += b.met()[g][t];
            }
            for (int t = 0; t <= plan.years; t++) {
                firstPassage[g][t] += b.firstPassage()[g][t];
            }
        }
        for (int e = 0; e < events.length; e++) {
            for (int j = 0; j < events[e].length; j++) {
                for (int side = 0; side < 2; side++) {
                    events[e][j][side] = events[e][j][side].merge(b.events()[e][j][side]);
                }
            }
        }
        if (b.samplePaths() != null) {
            samplePaths = b.samplePaths();
        }
    }

    RunTrajectories finish() {
        int[] years = plan.horizon.years();
        var outcomes = new LinkedHashMap<String, OutcomeTrajectory>();
        for (int j = 0; j < plan.tracked.length; j++) {
            var stats = new ArrayList<YearStatistics>();
            for (int t = 0; t < plan.years; t++) {
                QuantileSketch s = sketches[t][j];
                stats.add(new YearStatistics(years[t], moments[t][j], s.quantiles(OutcomeStatistics.PERCENTILES),
                        s.isExact(), s.rankErrorBound()));
            }
            String name = plan.trackedNames.get(j);
            outcomes.put(name, new OutcomeTrajectory(plan.scenario, plan.lever, name, stats,
                    samplePaths == null ? null : samplePaths[j]));
        }
        List<TargetExceedance> exceedance = new ArrayList<>();
        List<FirstPassage> passages = new ArrayList<>();
        for (int g = 0; g < plan.targets.length; g++) {
            exceedance.add(new TargetExceedance(plan.scenario, plan.lever, plan.targets[g], years, met[g], n));
            long[] counts = java.util.Arrays.copyOf(firstPassage[g], plan.years);
            passages.add(new FirstPassage(plan.scenario, plan.lever, plan.targets[g], years, counts,
                    firstPassage[g][plan.years]));
        }
        var effects = new ArrayList<EventEffect>();
        for (int e = 0; e < events.length; e++) {
            for (int j = 0; j < plan.tracked.length; j++) {
                effects.add(new EventEffect(plan.scenario, plan.lever, plan.events[e].id(), plan.trackedNames.get(j),
                        years[plan.years - 1], events[e][j][1], events[e][j][0]));
            }
        }
        return new RunTrajectories(plan.scenario, plan.lever, outcomes, exceedance, passages, effects);
    }
}

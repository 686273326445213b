package fi.foresight.montecarlo;

import fi.foresight.statistics.Moments;
import fi.foresight.statistics.OutcomeStatistics;
import fi.foresight.statistics.QuantileSketch;
import fi.foresight.statistics.ConvergencePoint;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges block partials of one scenario × lever in block order: moments (Chan et al.), quantile sketches,
 * target counts, convergence checkpoints and, on request, raw samples. Runs on one thread.
 */
final class RunAccumulator {
    private final Evaluator evaluator;
    private final List<String> columns;
    private final List<Target> targets;
    private final Precision precision;
    private final int precisionColumn;
    private final long checkBlocks;
    private final Moments[] moments;
    private final QuantileSketch[] sketches;
    private final long[] met;
    private final List<List<ConvergencePoint>> convergence = new ArrayList<>();
    private final GrowableColumn[] keptIn;
    private final GrowableColumn[] keptOut;
    private long blocks;
    private long nextCheckpoint = 1;
    /** The conditional tornado's outcome columns, bins and merged moments (null when none is asked). */
    private List<String> conditional;
    private InputBins[] bins;
    private BinnedMoments binned;
    /** The percentile the conditional tornado compares, NaN for the mean. */
    private double level = Double.NaN;
    /** The standard-error goal's tracker, or null. */
    private GoalTracker goal;

    RunAccumulator(Evaluator evaluator, List<Target> targets, Precision precision, int blockSize, boolean keep,
                   long expectedSamples) {
        this.evaluator = evaluator;
        this.columns = evaluator.outputs();
        this.targets = targets;
        this.precision = precision;
        this.precisionColumn = precision == null ? -1 : columns.indexOf(precision.outcome());
        this.checkBlocks = precision == null ? Long.MAX_VALUE : Math.max(1, ceilDiv(precision.checkEvery(), blockSize));
        int c = columns.size();
        moments = new Moments[c];
        sketches = new QuantileSketch[c];
        for (int j = 0; j < c; j++) {
            moments[j] = Moments.EMPTY;
            sketches[j] = new QuantileSketch();
            convergence.add(new ArrayList<>());
        }
        met = new long[targets.size()];
        if (keep) {
            long expected = precision == null ? expectedSamples : Math.min(expectedSamples, 1 << 16);
            keptIn = new GrowableColumn[evaluator.inputs().size()];
            keptOut = new GrowableColumn[c];
            for (int i = 0; i < keptIn.length; i++) {
                keptIn[i] = new GrowableColumn(expected);
            }
            for (int j = 0; j < c; j++) {
                keptOut[j] = new GrowableColumn(expected);
            }
        } else {
            keptIn = null;
            keptOut = null;
        }
    }

    /**
     * Also merges the blocks' binned moments into a conditional tornado of these outcome columns (none: off) of
     * the mean (level NaN) or a percentile (level in (0, 1)), and follows a standard-error goal (null: none); the
     * bins are those of {@code binSource}'s inputs (the workers' {@link BlockWorker#binSource}).
     */
    RunAccumulator track(List<String> conditionalOutcomes, double conditionalLevel, PrecisionGoal precisionGoal,
                         Evaluator binSource) {
        if (!conditionalOutcomes.isEmpty()) {
            conditional = List.copyOf(conditionalOutcomes);
            bins = BlockWorker.bins(binSource);
            level = conditionalLevel;
            binned = BinnedMoments.empty(bins, conditional.size(), !Double.isNaN(level));
        }
        goal = precisionGoal == null ? null : new GoalTracker(precisionGoal, columns, targets);
        return this;
    }

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /**
     * Merges the next chunk (chunks must arrive in order), block by block; returns a stop when the precision
     * target is met, in which case only the blocks up to the stopping one are merged.
     */
    Stop merge(ChunkPartial c) {
        BlockPartial[] bs = c.blocks();
        for (int b = 0; b < bs.length; b++) {
            Stop stop = merge(bs[b]);
            if (stop != null) {
                if (b == bs.length - 1) {
                    absorb(c);
                } else {
                    for (int i = 0; i <= b; i++) {
                        for (int j = 0; j < sketches.length; j++) {
                            sketches[j].addSorted(bs[i].sorted()[j], bs[i].n());
                        }
                    }
                }
                return stop;
            }
        }
        absorb(c);
        return null;
    }

    private void absorb(ChunkPartial c) {
        for (int j = 0; j < sketches.length; j++) {
            sketches[j].absorb(c.sketches()[j]);
        }
    }

    private Stop merge(BlockPartial p) {
        if (p.block() != blocks) {
            throw new IllegalStateException("block " + p.block() + " arrived while expecting block " + blocks);
        }
        blocks++;
        for (int j = 0; j < moments.length; j++) {
            moments[j] = moments[j].merge(p.moments()[j]);
        }
        for (int t = 0; t < met.length; t++) {
            met[t] += p.met()[t];
        }
        if (keptIn != null) {
            for (int i = 0; i < keptIn.length; i++) {
                keptIn[i].append(p.inputs()[i], p.n());
            }
            for (int j = 0; j < keptOut.length; j++) {
                keptOut[j].append(p.outputs()[j], p.n());
            }
        }
        if (binned != null) {
            binned = binned.merge(p.binned());
        }
        if (goal != null && goal.add(p)) {
            checkpoint();
            return goal.reached();
        }
        boolean check = blocks % checkBlocks == 0;
        if (blocks == nextCheckpoint || check) {
            checkpoint();
        }
        if (blocks == nextCheckpoint) {
            nextCheckpoint = blocks + Math.max(1, blocks / 20);
        }
        if (check && precision.isMet(moments[precisionColumn])) {
            return Stop.precision(precision, moments[precisionColumn]);
        }
        return null;
    }

    private void checkpoint() {
        for (int j = 0; j < moments.length; j++) {
            List<ConvergencePoint> c = convergence.get(j);
            Moments m = moments[j];
            if (c.isEmpty() || c.get(c.size() - 1).n() != m.n()) {
                c.add(new ConvergencePoint(m.n(), m.mean(), m.se()));
            }
        }
    }

    /** The stop when all planned blocks were merged without meeting the precision target. */
    Stop exhausted() {
        if (goal != null) {
            return goal.exhausted();
        }
        return precision == null ? Stop.samples(samples()) : Stop.maxSamples(precision, moments[precisionColumn]);
    }

    long samples() {
        return moments.length == 0 ? 0 : moments[0].n();
    }

    RunResult finish(Stop stop) {
        checkpoint();
        Map<String, OutcomeStatistics> stats = new LinkedHashMap<>();
        for (int j = 0; j < columns.size(); j++) {
            stats.put(columns.get(j), OutcomeStatistics.of(columns.get(j), moments[j], sketches[j],
                    convergence.get(j)));
        }
        var exceedances = new ArrayList<Exceedance>();
        for (int t = 0; t < met.length; t++) {
            exceedances.add(new Exceedance(targets.get(t), met[t], samples()));
        }
        RawSamples raw = null;
        if (keptIn != null) {
            var names = evaluator.inputs().stream().map(Input::name).toList();
            double[][] ins = new double[keptIn.length][];
            for (int i = 0; i < ins.length; i++) {
                ins[i] = keptIn[i].toArray();
            }
            double[][] outs = new double[keptOut.length][];
            for (int j = 0; j < outs.length; j++) {
                outs[j] = keptOut[j].toArray();
            }
            raw = new RawSamples(names, ins, columns, outs);
        }
        RunResult result = new RunResult(evaluator.scenario(), evaluator.lever(), stop, stats, exceedances, raw);
        ConditionalTornado tornado = binned == null ? null : new ConditionalTornado(conditional,
                evaluator.inputs().stream().map(Input::name).toList(), bins, binned, level);
        return result.with(tornado, goal == null ? null : goal.check());
    }
}

package fi.foresight.montecarlo;

import fi.foresight.statistics.Moments;
import fi.foresight.statistics.QuantileSketch;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.FiniteOutcomes;
import fi.foresight.evaluation.Kernel;
import fi.foresight.model.Target;
import fi.foresight.sampling.BlockSampler;
import fi.foresight.sampling.SamplingPlan;
import fi.foresight.time.YearState;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One thread's tools for a run: a sampler, a kernel and block-sized columns. At a later year of a horizon the
 * block's paths run to that year instead ({@link YearState.Paths}) and their states are the inputs.
 */
final class BlockWorker {
    private final Evaluator evaluator;
    private final BlockSampler sampler;
    private final YearState.Paths paths;
    private final Kernel kernel;
    private final List<Target> targets;
    private final int[] targetColumn;
    private final boolean keep;
    private final boolean keepSorted;
    private final RadixSort radix = new RadixSort();
    private final double[][] in;
    private final double[][] out;
    private final double[][] sortedScratch;
    /** The bins of each input and the outcome columns of a conditional tornado, or null. */
    private final InputBins[] bins;
    private final int[] binnedColumns;
    private final int[] binScratch;
    /** Whether the bins also keep quantile sketches (a conditional tornado of a percentile). */
    private final boolean binQuantiles;

    BlockWorker(Evaluator evaluator, SamplingPlan plan, YearState.Paths paths, List<Target> targets,
                int[] targetColumn, int blockSize, boolean keep, boolean keepSorted) {
        this(evaluator, plan, paths, targets, targetColumn, blockSize, keep, keepSorted, List.of(), Double.NaN,
                evaluator);
    }

    /**
     * A worker that also bins its draws for a conditional tornado of the {@code conditional} outcome columns, by
     * the bins of {@code binSource}'s inputs (see {@link #binSource}); {@code level} is the percentile the tornado
     * compares (NaN: the mean).
     */
    BlockWorker(Evaluator evaluator, SamplingPlan plan, YearState.Paths paths, List<Target> targets,
                int[] targetColumn, int blockSize, boolean keep, boolean keepSorted, List<String> conditional,
                double level, Evaluator binSource) {
        this.evaluator = evaluator;
        this.paths = paths;
        this.sampler = paths == null ? plan.sampler() : null;
        this.kernel = evaluator.kernel();
        this.targets = targets;
        this.targetColumn = targetColumn;
        this.keep = keep;
        this.keepSorted = keepSorted;
        this.in = paths == null ? new double[evaluator.inputs().size()][blockSize] : null;
        this.out = new double[evaluator.outputs().size()][blockSize];
        this.sortedScratch = new double[out.length][blockSize];
        this.bins = conditional.isEmpty() ? null : bins(binSource);
        this.binnedColumns = conditional.stream().mapToInt(evaluator::outputIndex).toArray();
        this.binScratch = bins == null ? null : new int[blockSize];
        this.binQuantiles = !Double.isNaN(level);
    }

    /**
     * The evaluator whose input distributions give a conditional tornado its bins: the run's own, or for a run at a
     * later year of a horizon the one with every moving driver distributed as its state in that year (so a driver's
     * deciles are those of its state, not of its start value). When that state is not one year's (outcomes that
     * read {@code prev(x)}), the start distributions are used.
     */
    static Evaluator binSource(Evaluator evaluator, YearState year, long seed, List<String> conditional) {
        if (year == null || conditional.isEmpty()) {
            return evaluator;
        }
        try {
            return year.stateEvaluator(seed);
        } catch (IllegalArgumentException pathDependent) {
            return evaluator;
        }
    }

    /** The conditional-tornado bins of each input of an evaluator. */
    static InputBins[] bins(Evaluator evaluator) {
        return evaluator.inputs().stream().map(in -> InputBins.of(in.distribution())).toArray(InputBins[]::new);
    }

    /** Evaluates blocks first, first + 1, … with the given streams and lengths, in order. */
    ChunkPartial evaluate(long first, UniformRandomProvider[] streams, int[] lengths) {
        int columns = out.length;
        QuantileSketch[] sketches = new QuantileSketch[columns];
        for (int j = 0; j < columns; j++) {
            sketches[j] = new QuantileSketch();
        }
        BlockPartial[] blocks = new BlockPartial[streams.length];
        for (int b = 0; b < blocks.length; b++) {
            BlockPartial p = evaluate(first + b, streams[b], lengths[b]);
            for (int j = 0; j < columns; j++) {
                sketches[j].addSorted(p.sorted()[j], p.n());
            }
            blocks[b] = keepSorted ? p : new BlockPartial(p.block(), p.n(), p.moments(), null, p.met(), p.inputs(),
                    p.outputs(), p.binned());
        }
        return new ChunkPartial(first, blocks, sketches);
    }

    /** Evaluates one block; its sorted columns are scratch (overwritten by the next block) unless kept. */
    private BlockPartial evaluate(long block, UniformRandomProvider rng, int n) {
        double[][] in;
        if (paths == null) {
            in = this.in;
            sampler.fill(rng, in, n);
            kernel.evaluate(in, n, out);
        } else {
            in = paths.inputs(block, rng, n);
            kernel.evaluate(in, n, out, paths.year(), paths.previous());
        }
        int columns = out.length;
        Moments[] moments = new Moments[columns];
        double[][] sorted = new double[columns][];
        for (int j = 0; j < columns; j++) {
            double[] s = keepSorted ? new double[n] : sortedScratch[j];
            System.arraycopy(out[j], 0, s, 0, n);
            radix.sort(s, n);
            if (n > 0 && (!Double.isFinite(s[0]) || !Double.isFinite(s[n - 1]))) {
                throw undefined(in, block, j, n);
            }
            sorted[j] = s;
            moments[j] = Moments.of(s, n);
        }
        long[] met = new long[targets.size()];
        for (int t = 0; t < met.length; t++) {
            met[t] = countMet(targets.get(t), sorted[targetColumn[t]], n);
        }
        double[][] keptIn = null;
        double[][] keptOut = null;
        if (keep) {
            keptIn = copy(in, n);
            keptOut = copy(out, n);
        }
        BinnedMoments binned = bins == null ? null : BinnedMoments.of(bins, binnedColumns, in, out, n, binScratch,
                binQuantiles);
        return new BlockPartial(block, n, moments, sorted, met, keptIn, keptOut, binned);
    }

    /** Samples meeting the target, by binary search in the sorted column. */
    static long countMet(Target t, double[] sorted, int n) {
        int from = Double.isNaN(t.atLeast()) ? 0 : firstAtLeast(sorted, n, t.atLeast());
        int to = Double.isNaN(t.atMost()) ? n : firstAbove(sorted, n, t.atMost());
        return Math.max(0, to - from);
    }

    private static int firstAtLeast(double[] s, int n, double x) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int firstAbove(double[] s, int n, double x) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private IllegalStateException undefined(double[][] in, long block, int column, int n) {
        return FiniteOutcomes.undefined(evaluator, in, out[column], evaluator.outputs().get(column), n,
                "samples in block " + block);
    }

    private static double[][] copy(double[][] cols, int n) {
        double[][] c = new double[cols.length][];
        for (int i = 0; i < cols.length; i++) {
            c[i] = Arrays.copyOf(cols[i], n);
        }
        return c;
    }
}

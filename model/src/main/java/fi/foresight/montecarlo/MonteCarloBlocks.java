package fi.foresight.montecarlo;

import fi.foresight.statistics.Moments;
import fi.foresight.statistics.QuantileSketch;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.PartialBytes;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.model.Model;
import fi.foresight.model.Target;
import fi.foresight.sampling.BlockStreams;
import fi.foresight.sampling.SamplingPlan;
import fi.foresight.time.YearState;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Monte Carlo run as tasks ({@link MonteCarlo#blocks()}, and {@link MonteCarlo#run()} runs them on this machine):
 * task {@code r · chunks + c} is chunk c of scenario × lever run r. Blocks are grouped into chunks of consecutive
 * blocks ({@link #chunkBlocks(long)}, a function of the number of blocks only); a worker evaluates a chunk's blocks
 * in order with block b's stream ({@code BlockStreams.forBlock(seed, b)}) and merges their values into one quantile
 * sketch per outcome; the merger takes the chunks strictly in task order, block by block for moments, target
 * counts, convergence and precision checks, and passes over the rest of a run whose precision rule has stopped it.
 */
final class MonteCarloBlocks implements BlockPlan<MonteCarloResult> {
    private final Model model;
    private final MonteCarloSettings settings;
    private final List<Target> targets;
    private final List<Evaluator> evaluators = new ArrayList<>();
    private final List<SamplingPlan> plans = new ArrayList<>();
    private final List<YearState> years = new ArrayList<>();
    private final int[][] targetColumns;
    private final long blocks;
    private final int perChunk;
    private final long chunks;

    /** Most blocks per chunk. */
    static final int MAX_CHUNK_BLOCKS = 8;

    /** Blocks per chunk: up to 8, fewer for runs under 128 blocks so that small runs still spread over threads. */
    static int chunkBlocks(long blocks) {
        return (int) Math.max(1, Math.min(MAX_CHUNK_BLOCKS, blocks / 16));
    }

    MonteCarloBlocks(Model model, MonteCarloSettings settings) {
        this.model = model;
        this.settings = settings;
        this.targets = model.targets();
        for (String scenario : settings.scenarios()) {
            for (String lever : settings.levers()) {
                YearState at = MonteCarlo.atYear(model, scenario, lever, settings);
                Evaluator ev = at != null ? at.evaluator() : Evaluator.of(model, scenario, lever);
                evaluators.add(ev);
                years.add(at);
                plans.add(SamplingPlan.of(ev.inputs(), model.correlations(), settings.design())
                        .withKernel(settings.kernel()));
            }
        }
        targetColumns = new int[evaluators.size()][];
        for (int r = 0; r < targetColumns.length; r++) {
            Evaluator ev = evaluators.get(r);
            targetColumns[r] = targets.stream().mapToInt(t -> ev.outputIndex(t.outcome())).toArray();
        }
        blocks = settings.blocks();
        perChunk = chunkBlocks(blocks);
        chunks = RunAccumulator.ceilDiv(blocks, perChunk);
    }

    @Override
    public long tasks() {
        return chunks * evaluators.size();
    }

    @Override
    public BlockPlan.Worker worker() {
        return new Worker();
    }

    @Override
    public BlockPlan.Merger<MonteCarloResult> merger() {
        return new Merger();
    }

    private void check(long task) {
        if (task < 0 || task >= tasks()) {
            throw new IllegalArgumentException("task " + task + " does not exist; tasks are 0 to " + (tasks() - 1));
        }
    }

    /** Evaluates chunks; keeps one block worker per run and a stream cursor, so consecutive chunks jump once. */
    private final class Worker implements BlockPlan.Worker {
        private final BlockWorker[] workers = new BlockWorker[evaluators.size()];
        private BlockStreams.Sequence streams;

        @Override
        public byte[] compute(long task) {
            check(task);
            int run = (int) (task / chunks);
            long first = (task % chunks) * perChunk;
            int count = (int) Math.min(perChunk, blocks - first);
            if (streams == null || streams.nextBlock() != first) {
                streams = BlockStreams.sequence(settings.seed(), first);
            }
            var rngs = new UniformRandomProvider[count];
            int[] lengths = new int[count];
            for (int b = 0; b < count; b++) {
                rngs[b] = streams.next();
                lengths[b] = settings.blockLength(first + b);
            }
            if (workers[run] == null) {
                YearState at = years.get(run);
                workers[run] = new BlockWorker(evaluators.get(run), plans.get(run),
                        at == null ? null : at.paths(settings.seed(), settings.blockSize()), targets, targetColumns[run],
                        settings.blockSize(), settings.keepSamples(), settings.stopsEarly(), settings.conditional(),
                        settings.conditionalLevel(), BlockWorker.binSource(evaluators.get(run), at, settings.seed(), settings.conditional()));
            }
            return ChunkCodec.encode(workers[run].evaluate(first, rngs, lengths));
        }
    }

    /** Merges chunk partials run by run, stopping a run where its precision rule stops. */
    private final class Merger implements BlockPlan.Merger<MonteCarloResult> {
        private final List<RunResult> results = new ArrayList<>();
        private RunAccumulator acc;
        private long next;

        @Override
        public long next() {
            return next;
        }

        @Override
        public void accept(long task, byte[] partial) {
            if (task != next || next >= tasks()) {
                throw new IllegalStateException("task " + task + " arrived while the merge needs task " + next
                        + " of " + tasks() + "; partials must be merged in task order");
            }
            int run = (int) (task / chunks);
            if (acc == null) {
                acc = new RunAccumulator(evaluators.get(run), targets, settings.precision(), settings.blockSize(),
                        settings.keepSamples(), settings.samples()).track(settings.conditional(),
                        settings.conditionalLevel(), settings.goal(),
                        BlockWorker.binSource(evaluators.get(run), years.get(run), settings.seed(),
                                settings.conditional()));
            }
            Stop stop = acc.merge(ChunkCodec.decode(partial));
            boolean last = task % chunks == chunks - 1;
            if (stop != null || last) {
                results.add(acc.finish(stop != null ? stop : acc.exhausted()));
                acc = null;
                next = (run + 1) * chunks;
            } else {
                next = task + 1;
            }
        }

        @Override
        public MonteCarloResult result() {
            if (next < tasks()) {
                throw new IllegalStateException("the merge is at task " + next + " of " + tasks()
                        + "; merge every needed partial first");
            }
            return new MonteCarloResult(model, settings, results);
        }
    }

    /** The byte form of a {@link ChunkPartial}. */
    static final class ChunkCodec {
        private ChunkCodec() {
        }

        static byte[] encode(ChunkPartial c) {
            var w = new PartialBytes.Writer();
            w.putLong(c.firstBlock()).putInt(c.blocks().length).putInt(c.sketches().length);
            for (BlockPartial b : c.blocks()) {
                w.putLong(b.block()).putInt(b.n()).putInt(b.moments().length);
                for (Moments m : b.moments()) {
                    w.putLong(m.n()).putDouble(m.mean()).putDouble(m.m2()).putDouble(m.min()).putDouble(m.max());
                }
                w.putLongs(b.met());
                columns(w, b.sorted(), b.n());
                columns(w, b.inputs(), b.n());
                columns(w, b.outputs(), b.n());
                binned(w, b.binned());
            }
            for (QuantileSketch s : c.sketches()) {
                s.write(w);
            }
            return w.toByteArray();
        }

        static ChunkPartial decode(byte[] bytes) {
            var r = new PartialBytes.Reader(bytes);
            long first = r.getLong();
            var blocks = new BlockPartial[r.getInt()];
            var sketches = new QuantileSketch[r.getInt()];
            for (int i = 0; i < blocks.length; i++) {
                long block = r.getLong();
                int n = r.getInt();
                var moments = new Moments[r.getInt()];
                for (int j = 0; j < moments.length; j++) {
                    moments[j] = new Moments(r.getLong(), r.getDouble(), r.getDouble(), r.getDouble(), r.getDouble());
                }
                long[] met = r.getLongs();
                blocks[i] = new BlockPartial(block, n, moments, columns(r, n), met, columns(r, n), columns(r, n),
                        binned(r));
            }
            for (int j = 0; j < sketches.length; j++) {
                sketches[j] = QuantileSketch.read(r);
            }
            r.end();
            return new ChunkPartial(first, blocks, sketches);
        }

        private static void binned(PartialBytes.Writer w, BinnedMoments b) {
            w.putInt(b == null ? -1 : b.cells().length);
            if (b == null) {
                return;
            }
            for (Moments[][] byInput : b.cells()) {
                w.putInt(byInput.length);
                for (Moments[] byBin : byInput) {
                    w.putInt(byBin.length);
                    for (Moments m : byBin) {
                        w.putLong(m.n()).putDouble(m.mean()).putDouble(m.m2()).putDouble(m.min()).putDouble(m.max());
                    }
                }
            }
            w.putInt(b.sketches() == null ? 0 : 1);
            if (b.sketches() != null) {
                for (QuantileSketch[][] byInput : b.sketches()) {
                    for (QuantileSketch[] byBin : byInput) {
                        for (QuantileSketch s : byBin) {
                            s.write(w);
                        }
                    }
                }
            }
        }

        private static BinnedMoments binned(PartialBytes.Reader r) {
            int outcomes = r.getInt();
            if (outcomes < 0) {
                return null;
            }
            Moments[][][] cells = new Moments[outcomes][][];
            for (int o = 0; o < outcomes; o++) {
                cells[o] = new Moments[r.getInt()][];
                for (int i = 0; i < cells[o].length; i++) {
                    cells[o][i] = new Moments[r.getInt()];
                    for (int b = 0; b < cells[o][i].length; b++) {
                        cells[o][i][b] = new Moments(r.getLong(), r.getDouble(), r.getDouble(), r.getDouble(),
                                r.getDouble());
                    }
                }
            }
            QuantileSketch[][][] sketches = null;
            if (r.getInt() == 1) {
                sketches = new QuantileSketch[outcomes][][];
                for (int o = 0; o < outcomes; o++) {
                    sketches[o] = new QuantileSketch[cells[o].length][];
                    for (int i = 0; i < cells[o].length; i++) {
                        sketches[o][i] = new QuantileSketch[cells[o][i].length];
                        for (int b = 0; b < cells[o][i].length; b++) {
                            sketches[o][i][b] = QuantileSketch.read(r);
                        }
                    }
                }
            }
            return new BinnedMoments(cells, sketches);
        }

        private static void columns(PartialBytes.Writer w, double[][] cols, int n) {
            w.putInt(cols == null ? -1 : cols.length);
            if (cols != null) {
                for (double[] c : cols) {
                    w.putDoubles(c, 0, n);
                }
            }
        }

        private static double[][] columns(PartialBytes.Reader r, int n) {
            int count = r.getInt();
            if (count < 0) {
                return null;
            }
            double[][] cols = new double[count][];
            for (int i = 0; i < count; i++) {
                cols[i] = r.getDoubles(n);
            }
            return cols;
        }
    }
}

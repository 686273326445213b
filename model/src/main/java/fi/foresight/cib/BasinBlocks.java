package fi.foresight.cib;

import fi.foresight.model.CibMatrix;
import fi.foresight.analysis.BlockAnalysis;
import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.PartialBytes;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Monte Carlo succession basins ({@link Cib#basins(long, long)}) as tasks for another machine (the Spark module):
 * task b follows the succession of the {@value BasinScan#BLOCK} random starts of block b, drawn from block b's
 * stream exactly as {@link BasinScan} draws them, and returns the start counts per attractor; merged in block
 * order they give the same {@link Basins} as {@link Cib#basins(long, long)}.
 *
 * <pre>{@code
 * BlockPlan<Basins> plan = BasinBlocks.of(system.matrix(), 10_000_000, 7L);
 * }</pre>
 */
public final class BasinBlocks implements BlockPlan<Basins> {
    private final CibMatrix matrix;
    private final long runs;
    private final long seed;
    private final long blocks;

    private BasinBlocks(CibMatrix matrix, long runs, long seed) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs = " + runs + "; give at least 1 Monte Carlo start");
        }
        this.matrix = java.util.Objects.requireNonNull(matrix, "matrix");
        this.runs = runs;
        this.seed = seed;
        this.blocks = (runs + BasinScan.BLOCK - 1) / BasinScan.BLOCK;
        if (blocks > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("runs = " + runs + " is too many; at most "
                    + (long) Integer.MAX_VALUE * BasinScan.BLOCK);
        }
    }

    /**
     * Basins over {@code runs} random starts drawn with {@code seed}, as in {@link Cib#basins(long, long)}.
     *
     * @param matrix the cross-impact matrix whose succession is followed
     * @param runs the number of random start scenarios, at least 1
     * @param seed the seed of the start scenarios' random streams
     * @return the block plan of the basin scan
     */
    public static BasinBlocks of(CibMatrix matrix, long runs, long seed) {
        return new BasinBlocks(matrix, runs, seed);
    }

    /**
     * {@code cib.basins(runs, seed)} as a block analysis: {@code run()} here on the analysis' threads, or
     * {@code blocks()} for another machine (what a job's {@code BlockStudy} returns for the Spark engine).
     *
     * @param cib the configured CIB analysis (its system's matrix and its settings)
     * @param runs the number of random start scenarios, at least 1
     * @param seed the seed of the start scenarios' random streams
     * @return the basin scan as a block analysis
     */
    public static BlockAnalysis<Basins> sampled(Cib cib, long runs, long seed) {
        var plan = of(cib.system().matrix(), runs, seed);
        return new BlockAnalysis<>() {
            @Override
            public Basins run() {
                return cib.basins(runs, seed);
            }

            @Override
            public BlockPlan<Basins> blocks() {
                return plan;
            }
        };
    }

    @Override
    public long tasks() {
        return blocks;
    }

    @Override
    public BlockPlan.Worker worker() {
        return new Worker();
    }

    @Override
    public BlockPlan.Merger<Basins> merger() {
        return new Merger();
    }

    /** Follows successions with one memo for all its blocks; a stream cursor makes consecutive blocks cheap. */
    private final class Worker implements BlockPlan.Worker {
        private final SuccessionEngine engine = new SuccessionEngine(matrix);
        private final BasinScan.Worker scan = new BasinScan.Worker(engine, new ScanPlan(engine));
        private JumpableUniformRandomProvider root;
        private long rootBlock;

        @Override
        public byte[] compute(long task) {
            if (task < 0 || task >= blocks) {
                throw new IllegalArgumentException("task " + task + " does not exist; tasks are 0 to " + (blocks - 1));
            }
            if (root == null || rootBlock > task) {
                root = CibStreams.root(seed);
                rootBlock = 0;
            }
            for (; rootBlock < task; rootBlock++) {
                root.jump();
            }
            UniformRandomProvider stream = root.jump();
            rootBlock++;
            scan.resetCounts();
            scan.random(stream, Math.min(BasinScan.BLOCK, runs - task * BasinScan.BLOCK));
            Map<Long, Long> counts = scan.countsByAttractor();
            var w = new PartialBytes.Writer().putLong(task).putInt(counts.size());
            counts.forEach((key, count) -> w.putLong(key).putLong(count).putLongs(scan.attractors.get(key)));
            return w.toByteArray();
        }
    }

    private final class Merger implements BlockPlan.Merger<Basins> {
        private final TreeMap<Long, Long> counts = new TreeMap<>();
        private final TreeMap<Long, long[]> attractors = new TreeMap<>();
        private long next;

        @Override
        public long next() {
            return next;
        }

        @Override
        public void accept(long task, byte[] partial) {
            if (task != next || next >= blocks) {
                throw new IllegalStateException("task " + task + " arrived while the merge needs task " + next
                        + " of " + blocks + "; partials must be merged in task order");
            }
            var r = new PartialBytes.Reader(partial);
            if (r.getLong() != task) {
                throw new IllegalArgumentException("the partial handed in as task " + task + " is of another block");
            }
            for (int i = r.getInt(); i > 0; i--) {
                long key = r.getLong();
                counts.merge(key, r.getLong(), Long::sum);
                attractors.putIfAbsent(key, r.getLongs());
            }
            r.end();
            next++;
        }

        @Override
        public Basins result() {
            if (next < blocks) {
                throw new IllegalStateException("the merge is at task " + next + " of " + blocks
                        + "; merge every block first");
            }
            var raw = new BasinScan.Raw(counts, attractors, runs);
            return Basins.from(raw, new SuccessionEngine(matrix), false, seed);
        }
    }
}

package fi.foresight.montecarlo;

import fi.foresight.evaluation.Evaluator;
import fi.foresight.model.Target;
import fi.foresight.sampling.BlockStreams;
import fi.foresight.sampling.SamplingPlan;
import fi.foresight.time.YearState;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Runs one scenario × lever. Blocks are grouped into chunks of consecutive blocks ({@link #chunkBlocks(long)},
 * a function of the number of blocks only); a worker evaluates a chunk's blocks in order and merges their
 * values into one quantile sketch per outcome; chunks are merged strictly in chunk order on the calling
 * thread, block by block for moments, target counts, convergence and precision checks. Block streams are
 * derived here, on the calling thread, in block order. At most {@code 2 × threads} chunks are in flight, so
 * memory does not grow with the number of samples.
 */
final class MonteCarloEngine {
    /** Most blocks per chunk. */
    static final int MAX_CHUNK_BLOCKS = 8;
    private static final int CHUNKS_IN_FLIGHT_PER_THREAD = 2;

    private MonteCarloEngine() {
    }

    /** Blocks per chunk: up to 8, fewer for runs under 128 blocks so that small runs still spread over threads. */
    static int chunkBlocks(long blocks) {
        return (int) Math.max(1, Math.min(MAX_CHUNK_BLOCKS, blocks / 16));
    }

    static RunResult run(Evaluator evaluator, SamplingPlan plan, YearState year, List<Target> targets,
                         MonteCarloSettings settings, ExecutorService pool) {
        int[] targetColumn = targets.stream().mapToInt(t -> evaluator.outputIndex(t.outcome())).toArray();
        var acc = new RunAccumulator(evaluator, targets, settings.precision(), settings.blockSize(),
                settings.keepSamples(), settings.samples()).track(settings.conditional(), settings.conditionalLevel(),
                settings.goal(),
                BlockWorker.binSource(evaluator, year, settings.seed(), settings.conditional()));
        var workers = new ConcurrentLinkedQueue<BlockWorker>();
        BlockStreams.Sequence streams = BlockStreams.sequence(settings.seed(), 0);
        long blocks = settings.blocks();
        int perChunk = chunkBlocks(blocks);
        long chunks = RunAccumulator.ceilDiv(blocks, perChunk);
        if (pool == null) {
            BlockWorker worker = newWorker(evaluator, plan, year, targets, targetColumn, settings);
            for (long c = 0; c < chunks; c++) {
                Chunk chunk = Chunk.next(c, perChunk, blocks, streams, settings);
                Stop stop = acc.merge(worker.evaluate(chunk.first, chunk.streams, chunk.lengths));
                if (stop != null) {
                    return acc.finish(stop);
                }
            }
            return acc.finish(acc.exhausted());
        }
        Deque<Future<ChunkPartial>> inFlight = new ArrayDeque<>();
        long next = 0;
        int window = CHUNKS_IN_FLIGHT_PER_THREAD * settings.threads();
        try {
            while (next < chunks && inFlight.size() < window) {
                inFlight.add(submit(pool, workers, Chunk.next(next++, perChunk, blocks, streams, settings),
                        evaluator, plan, year, targets, targetColumn, settings));
            }
            while (!inFlight.isEmpty()) {
                Stop stop = acc.merge(await(inFlight.removeFirst()));
                if (stop != null) {
                    return acc.finish(stop);
                }
                if (next < chunks) {
                    inFlight.add(submit(pool, workers, Chunk.next(next++, perChunk, blocks, streams, settings),
                            evaluator, plan, year, targets, targetColumn, settings));
                }
            }
            return acc.finish(acc.exhausted());
        } finally {
            for (Future<ChunkPartial> f : inFlight) {
                f.cancel(true);
            }
        }
    }

    /** The blocks of one chunk with their streams, drawn from the sequence in block order. */
    private record Chunk(long first, UniformRandomProvider[] streams, int[] lengths) {
        static Chunk next(long chunk, int perChunk, long blocks, BlockStreams.Sequence seq, MonteCarloSettings s) {
            long first = chunk * perChunk;
            int count = (int) Math.min(perChunk, blocks - first);
            var streams = new UniformRandomProvider[count];
            int[] lengths = new int[count];
            for (int b = 0; b < count; b++) {
                streams[b] = seq.next();
                lengths[b] = s.blockLength(first + b);
            }
            return new Chunk(first, streams, lengths);
        }
    }

    private static Future<ChunkPartial> submit(ExecutorService pool, ConcurrentLinkedQueue<BlockWorker> workers,
                                               Chunk chunk, Evaluator evaluator, SamplingPlan plan,
                                               YearState year, List<Target> targets, int[] targetColumn,
                                               MonteCarloSettings settings) {
        return pool.submit(() -> {
            BlockWorker w = workers.poll();
            if (w == null) {
                w = newWorker(evaluator, plan, year, targets, targetColumn, settings);
            }
            try {
                return w.evaluate(chunk.first, chunk.streams, chunk.lengths);
            } finally {
                workers.offer(w);
            }
        });
    }

    private static BlockWorker newWorker(Evaluator evaluator, SamplingPlan plan, YearState year,
                                         List<Target> targets, int[] targetColumn, MonteCarloSettings settings) {
        return new BlockWorker(evaluator, plan, year == null ? null : year.paths(settings.seed(), settings.blockSize()),
                targets, targetColumn, settings.blockSize(), settings.keepSamples(), settings.stopsEarly(),
                settings.conditional(), settings.conditionalLevel(), BlockWorker.binSource(evaluator, year, settings.seed(), settings.conditional()));
    }

    private static ChunkPartial await(Future<ChunkPartial> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo run interrupted", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("Monte Carlo chunk cancelled", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}

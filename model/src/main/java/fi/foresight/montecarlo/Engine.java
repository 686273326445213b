package fi.foresight.montecarlo;

import fi.foresight.evaluation.Evaluator;
import fi.foresight.model.Target;
import fi.foresight.sampling.BlockStreams;
import fi.foresight.sampling.SamplingPlan;
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
 * Runs one scenario × lever: hands blocks to worker threads and merges their partials strictly in block order.
 * Block streams are derived here, on the calling thread, in block order. At most {@code 4 × threads} blocks are
 * in flight, so memory does not grow with the number of samples.
 */
final class Engine {
    private static final int BLOCKS_IN_FLIGHT_PER_THREAD = 4;

    private Engine() {
    }

    static RunResult run(Evaluator evaluator, SamplingPlan plan, List<Target> targets, MonteCarloSettings settings,
                         ExecutorService pool) {
        int[] targetColumn = targets.stream().mapToInt(t -> evaluator.outputIndex(t.outcome())).toArray();
        var acc = new RunAccumulator(evaluator, targets, settings.precision(), settings.blockSize(),
                settings.keepSamples(), settings.samples());
        var workers = new ConcurrentLinkedQueue<BlockWorker>();
        BlockStreams.Sequence streams = BlockStreams.sequence(settings.seed(), 0);
        long blocks = settings.blocks();
        if (pool == null) {
            var worker = newWorker(evaluator, plan, targets, targetColumn, settings);
            for (long b = 0; b < blocks; b++) {
                Stop stop = acc.merge(worker.evaluate(b, streams.next(), settings.blockLength(b)));
                if (stop != null) {
                    return acc.finish(stop);
                }
            }
            return acc.finish(acc.exhausted());
        }
        Deque<Future<BlockPartial>> inFlight = new ArrayDeque<>();
        long next = 0;
        int window = BLOCKS_IN_FLIGHT_PER_THREAD * settings.threads();
        try {
            while (next < blocks && inFlight.size() < window) {
                inFlight.add(submit(pool, workers, next, streams.next(), evaluator, plan, targets, targetColumn, settings));
                next++;
            }
            while (!inFlight.isEmpty()) {
                Stop stop = acc.merge(await(inFlight.removeFirst()));
                if (stop != null) {
                    return acc.finish(stop);
                }
                if (next < blocks) {
                    inFlight.add(submit(pool, workers, next, streams.next(), evaluator, plan, targets, targetColumn, settings));
                    next++;
                }
            }
            return acc.finish(acc.exhausted());
        } finally {
            for (Future<BlockPartial> f : inFlight) {
                f.cancel(true);
            }
        }
    }

    private static Future<BlockPartial> submit(ExecutorService pool, ConcurrentLinkedQueue<BlockWorker> workers,
                                               long block, UniformRandomProvider stream, Evaluator evaluator,
                                               SamplingPlan plan, List<Target> targets, int[] targetColumn,
                                               MonteCarloSettings settings) {
        int n = settings.blockLength(block);
        return pool.submit(() -> {
            BlockWorker w = workers.poll();
            if (w == null) {
                w = newWorker(evaluator, plan, targets, targetColumn, settings);
            }
            try {
                return w.evaluate(block, stream, n);
            } finally {
                workers.offer(w);
            }
        });
    }

    private static BlockWorker newWorker(Evaluator evaluator, SamplingPlan plan, List<Target> targets,
                                         int[] targetColumn, MonteCarloSettings settings) {
        return new BlockWorker(evaluator, plan, targets, targetColumn, settings.blockSize(), settings.keepSamples());
    }

    private static BlockPartial await(Future<BlockPartial> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo run interrupted", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("Monte Carlo block cancelled", e);
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

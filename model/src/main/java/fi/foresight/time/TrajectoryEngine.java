package fi.foresight.time;

import fi.foresight.sampling.BlockStreams;
import java.nio.charset.StandardCharsets;
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
 * Runs one scenario × lever: derives every block's streams on the calling thread in block order, hands blocks
 * to the workers and merges their results strictly in block order. At most {@code 4 × threads} blocks are in
 * flight, so memory does not grow with the number of paths.
 */
final class TrajectoryEngine {
    private static final int BLOCKS_IN_FLIGHT_PER_THREAD = 4;

    private TrajectoryEngine() {
    }

    /** The streams of one block: start values and one per random channel. */
    private record Streams(UniformRandomProvider start, UniformRandomProvider[] channels) {
    }

    static RunTrajectories run(RunPlan plan, TrajectorySettings settings, ExecutorService pool) {
        var merger = new RunMerger(plan);
        BlockStreams.Sequence start = BlockStreams.sequence(settings.seed(), 0);
        List<String> names = plan.channels;
        BlockStreams.Sequence[] channels = new BlockStreams.Sequence[names.size()];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = BlockStreams.sequence(channelSeed(settings.seed(), names.get(c)), 0);
        }
        long blocks = settings.blocks();
        if (pool == null) {
            var worker = new PathWorker(plan, settings.blockSize());
            for (long b = 0; b < blocks; b++) {
                Streams s = next(start, channels);
                merger.merge(worker.run(b, s.start(), s.channels(), settings.blockLength(b)));
            }
            return merger.finish();
        }
        var workers = new ConcurrentLinkedQueue<PathWorker>();
        Deque<Future<BlockResult>> inFlight = new ArrayDeque<>();
        int window = BLOCKS_IN_FLIGHT_PER_THREAD * settings.threads();
        long next = 0;
        try {
            while (next < blocks && inFlight.size() < window) {
                inFlight.add(submit(pool, workers, plan, settings, next++, next(start, channels)));
            }
            while (!inFlight.isEmpty()) {
                merger.merge(await(inFlight.removeFirst()));
                if (next < blocks) {
                    inFlight.add(submit(pool, workers, plan, settings, next++, next(start, channels)));
                }
            }
            return merger.finish();
        } finally {
            for (Future<BlockResult> f : inFlight) {
                f.cancel(true);
            }
        }
    }

    /**
     * The seed of a random channel: the run's seed mixed with a 64-bit FNV-1a hash of the channel's name
     * ({@code driver:exports}, {@code event:east_closes}, {@code weights}) by the SplitMix64 finaliser.
     */
    static long channelSeed(long seed, String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        long z = seed + 0x9e3779b97f4a7c15L * (h | 1);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static Streams next(BlockStreams.Sequence start, BlockStreams.Sequence[] channels) {
        UniformRandomProvider s = start.next();
        UniformRandomProvider[] c = new UniformRandomProvider[channels.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = channels[i].next();
        }
        return new Streams(s, c);
    }

    private static Future<BlockResult> submit(ExecutorService pool, ConcurrentLinkedQueue<PathWorker> workers,
                                              RunPlan plan, TrajectorySettings settings, long block, Streams s) {
        int n = settings.blockLength(block);
        return pool.submit(() -> {
            PathWorker w = workers.poll();
            if (w == null) {
                w = new PathWorker(plan, settings.blockSize());
            }
            try {
                return w.run(block, s.start(), s.channels(), n);
            } finally {
                workers.offer(w);
            }
        });
    }

    private static BlockResult await(Future<BlockResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("trajectory run interrupted", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("trajectory block cancelled", e);
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

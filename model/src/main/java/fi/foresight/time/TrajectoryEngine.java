package fi.foresight.time;

import fi.foresight.sampling.BlockStreams;
import fi.foresight.analysis.LocalPlans;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Runs one scenario × lever on the one local runner ({@link LocalPlans#inOrder}): derives every block's streams on
 * the calling thread in block order, hands blocks to the workers and merges their results strictly in block order.
 * At most {@value LocalPlans#IN_FLIGHT_PER_THREAD} blocks per thread are in flight, so memory does not grow with
 * the number of paths.
 */
final class TrajectoryEngine {
    private TrajectoryEngine() {
    }

    /** One block with its streams: start values and one per random channel, derived in block order. */
    private record Block(long block, UniformRandomProvider start, UniformRandomProvider[] channels) {
    }

    static RunTrajectories run(RunPlan plan, TrajectorySettings settings) {
        var merger = new RunMerger(plan);
        BlockStreams.Sequence start = BlockStreams.sequence(settings.seed(), 0);
        List<String> names = plan.channels;
        BlockStreams.Sequence[] channels = new BlockStreams.Sequence[names.size()];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = BlockStreams.sequence(channelSeed(settings.seed(), names.get(c)), 0);
        }
        LocalPlans.inOrder(settings.blocks(), settings.threads(), "foresight-trajectories",
                new LocalPlans.OrderedTasks<PathWorker, Block, BlockResult>() {
                    @Override
                    public Block prepare(long block) {
                        return new Block(block, start.next(), next(channels));
                    }

                    @Override
                    public PathWorker worker() {
                        return new PathWorker(plan, settings.blockSize());
                    }

                    @Override
                    public BlockResult compute(PathWorker worker, Block b) {
                        return worker.run(b.block(), b.start(), b.channels(), settings.blockLength(b.block()));
                    }

                    @Override
                    public long merge(long block, BlockResult result) {
                        merger.merge(result);
                        return block + 1;
                    }
                });
        return merger.finish();
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

    private static UniformRandomProvider[] next(BlockStreams.Sequence[] channels) {
        UniformRandomProvider[] c = new UniformRandomProvider[channels.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = channels[i].next();
        }
        return c;
    }
}

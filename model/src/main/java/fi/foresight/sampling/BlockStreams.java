package fi.foresight.sampling;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * Independent random streams for blocks of samples, keyed by (seed, block index) and never by the thread that
 * happens to draw them.
 *
 * <p>The generator is xoshiro256++ (period 2<sup>256</sup> − 1) with its four state words expanded from the seed
 * by SplitMix64. Block {@code b} gets the generator advanced by
 * {@code (b / 4096)} long jumps (2<sup>192</sup> steps each) and {@code (b % 4096)} jumps
 * (2<sup>128</sup> steps each), so every block owns a non-overlapping stretch of 2<sup>128</sup> draws and
 * positioning any single block costs at most {@code 4096 + b / 4096} jump operations (a few milliseconds), which
 * lets a distributed task start at any block. {@link #sequence(long, long)} yields successive blocks' streams
 * with one jump each; its streams are identical to {@link #forBlock(long, long)}.
 *
 * <pre>{@code
 * UniformRandomProvider rng = BlockStreams.forBlock(42, 17);   // stream of block 17
 * BlockStreams.Sequence s = BlockStreams.sequence(42, 0);
 * UniformRandomProvider b0 = s.next(), b1 = s.next();         // blocks 0 and 1, same as forBlock
 * }</pre>
 *
 * Streams must be derived on one thread (they are cheap copies) and then handed to the workers.
 */
public final class BlockStreams {
    /** Blocks per long jump: block {@code b} lies {@code b % JUMPS_PER_LONG_JUMP} jumps past a long jump. */
    public static final int JUMPS_PER_LONG_JUMP = 4096;

    private BlockStreams() {
    }

    /**
     * The random stream of one block.
     *
     * @param seed the run's seed
     * @param blockIndex the 0-based block index, &ge; 0
     * @return the stream of that block, the same for the same seed and index on any machine
     */
    public static UniformRandomProvider forBlock(long seed, long blockIndex) {
        return sequence(seed, blockIndex).next();
    }

    /**
     * Successive block streams starting at {@code firstBlock}: {@code next()} returns blocks firstBlock, +1, …
     *
     * @param seed the run's seed
     * @param firstBlock the 0-based index of the first block, &ge; 0
     * @return a sequence positioned at {@code firstBlock}
     * @throws IllegalArgumentException when {@code firstBlock} is negative
     */
    public static Sequence sequence(long seed, long firstBlock) {
        if (firstBlock < 0) {
            throw new IllegalArgumentException("block index is " + firstBlock + "; must be >= 0");
        }
        return new Sequence(seed, firstBlock);
    }

    /** The generator at the start of block 0 for a seed. */
    static XoShiRo256PlusPlus root(long seed) {
        SplitMix64 mix = new SplitMix64(seed);
        return new XoShiRo256PlusPlus(mix.nextLong(), mix.nextLong(), mix.nextLong(), mix.nextLong());
    }

    /** An iterator over the streams of consecutive blocks; not thread-safe (use it on one thread). */
    public static final class Sequence {
        /** Positioned one long jump past the current window. */
        private final XoShiRo256PlusPlus base;
        /** Positioned at the start of block {@link #block}. */
        private JumpableUniformRandomProvider current;
        private long block;

        private Sequence(long seed, long firstBlock) {
            base = root(seed);
            long windows = firstBlock / JUMPS_PER_LONG_JUMP;
            current = base.longJump();
            for (long w = 0; w < windows; w++) {
                current = base.longJump();
            }
            long jumps = firstBlock % JUMPS_PER_LONG_JUMP;
            for (long j = 0; j < jumps; j++) {
                current.jump();
            }
            block = firstBlock;
        }

        /**
         * The index of the block that the next call of {@link #next()} returns.
         *
         * @return the 0-based index of the block that {@link #next()} returns
         */
        public long nextBlock() {
            return block;
        }

        /**
         * The stream of the next block.
         *
         * @return the stream of block {@link #nextBlock()}, after which the sequence moves to the following block
         */
        public UniformRandomProvider next() {
            UniformRandomProvider stream = current.jump();
            block++;
            if (block % JUMPS_PER_LONG_JUMP == 0) {
                current = base.longJump();
            }
            return stream;
        }
    }
}

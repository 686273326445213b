package fi.foresight.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class BlockStreamsTest {
    private static long[] head(UniformRandomProvider rng) {
        long[] h = new long[8];
        for (int i = 0; i < h.length; i++) {
            h[i] = rng.nextLong();
        }
        return h;
    }

    @Test
    void sequenceGivesTheSameStreamsAsForBlockAcrossLongJumpBoundaries() {
        BlockStreams.Sequence s = BlockStreams.sequence(42, 4090);
        for (long b = 4090; b < 4100; b++) {
            assertEquals(b, s.nextBlock());
            assertArrayEquals(head(BlockStreams.forBlock(42, b)), head(s.next()), "block " + b);
        }
        BlockStreams.Sequence t = BlockStreams.sequence(42, 0);
        for (long b = 0; b < 3; b++) {
            assertArrayEquals(head(BlockStreams.forBlock(42, b)), head(t.next()), "block " + b);
        }
    }

    @Test
    void blockIsTheRootAdvancedByLongJumpsThenJumps() {
        // Independent construction: block 2 * 4096 + 5 = two long jumps and five jumps from the root.
        LongJumpableUniformRandomProvider root = BlockStreams.root(7);
        root.longJump();
        root.longJump();
        JumpableUniformRandomProvider at = root;
        for (int j = 0; j < 5; j++) {
            at.jump();
        }
        assertArrayEquals(head(at), head(BlockStreams.forBlock(7, 2L * 4096 + 5)));
        assertArrayEquals(head(BlockStreams.root(7)), head(BlockStreams.forBlock(7, 0)));
    }

    @Test
    void blocksAndSeedsGiveDifferentStreams() {
        var firsts = new HashSet<Long>();
        BlockStreams.Sequence s = BlockStreams.sequence(1, 0);
        for (int b = 0; b < 200; b++) {
            assertTrue(firsts.add(s.next().nextLong()), "repeated first draw at block " + b);
        }
        assertFalse(BlockStreams.forBlock(1, 3).nextLong() == BlockStreams.forBlock(2, 3).nextLong());
    }

    @Test
    void streamsAreUniform() {
        UniformRandomProvider rng = BlockStreams.forBlock(3, 12345);
        int n = 100_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += rng.nextDouble();
        }
        // mean of U(0,1): 0.5, se = sqrt(1/12/n)
        assertEquals(0.5, sum / n, 5 * Math.sqrt(1.0 / 12 / n));
    }

    @Test
    void negativeBlockIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> BlockStreams.forBlock(1, -1));
        assertTrue(e.getMessage().contains("must be >= 0"));
    }
}

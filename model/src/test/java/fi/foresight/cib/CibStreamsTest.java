package fi.foresight.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.foresight.sampling.BlockStreams;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** What docs/architecture.md says of the CIB streams beside the sampling streams ("Determinism"). */
class CibStreamsTest {

    @Test
    void blockBIsTheRootAfterBJumps() {
        List<UniformRandomProvider> streams = CibStreams.of(11, 3);
        var root = CibStreams.root(11);
        for (UniformRandomProvider s : streams) {
            assertEquals(root.jump().nextLong(), s.nextLong());
        }
    }

    @Test
    void equalTheSamplingStreamsBelowBlock4096AndDifferFromIt() {
        List<UniformRandomProvider> streams = CibStreams.of(42, BlockStreams.JUMPS_PER_LONG_JUMP + 2);
        for (int b : new int[] {0, 1, 17, BlockStreams.JUMPS_PER_LONG_JUMP - 1}) {
            assertEquals(BlockStreams.forBlock(42, b).nextLong(), streams.get(b).nextLong(), "block " + b);
        }
        for (int b : new int[] {BlockStreams.JUMPS_PER_LONG_JUMP, BlockStreams.JUMPS_PER_LONG_JUMP + 1}) {
            assertNotEquals(BlockStreams.forBlock(42, b).nextLong(), streams.get(b).nextLong(), "block " + b);
        }
    }
}

package fi.foresight.cib;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent random streams for blocks of work, derived on the calling thread from (seed, block index) by
 * successive jumps of one xoshiro256++ generator: block b uses the state after b jumps of 2^128 steps. Whatever
 * thread later runs block b, it draws the same numbers.
 */
final class BlockStreams {

    private BlockStreams() {
    }

    static List<UniformRandomProvider> of(long seed, int blocks) {
        JumpableUniformRandomProvider root =
                (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP.create(seed);
        List<UniformRandomProvider> out = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            out.add(root.jump());
        }
        return out;
    }
}

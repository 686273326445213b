package fi.foresight.cib;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent random streams for the blocks of the CIB analyses (succession basins, judgement draws), derived on the
 * calling thread from (seed, block index) by successive jumps of one xoshiro256++ generator: block b uses the state
 * after b jumps of 2^128 steps. Whatever thread later runs block b, it draws the same numbers.
 *
 * <p>Not {@link fi.foresight.sampling.BlockStreams}: both start from the same state (xoshiro256++ with its state
 * expanded from the seed by SplitMix64, as {@code RandomSource.create(seed)} does), so blocks 0 to 4095 get the same
 * streams; from block 4096 on the sampling streams take a long jump (2^192 steps) per 4096 blocks and these keep
 * jumping by 2^128, so the streams differ. Positioning block b here costs b jumps, which is why all of a run's streams
 * are derived at once ({@link #of}) or walked in order ({@link #root}); the CIB tables depend on these streams, so
 * they stay as they are (docs/architecture.md, "Determinism").
 */
final class CibStreams {

    private CibStreams() {
    }

    /** The streams of blocks 0 to {@code blocks - 1}, in block order. */
    static List<UniformRandomProvider> of(long seed, int blocks) {
        JumpableUniformRandomProvider root = root(seed);
        List<UniformRandomProvider> out = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            out.add(root.jump());
        }
        return out;
    }

    /** The generator whose successive {@code jump()} results are the streams of blocks 0, 1, 2, … */
    static JumpableUniformRandomProvider root(long seed) {
        return (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP.create(seed);
    }
}

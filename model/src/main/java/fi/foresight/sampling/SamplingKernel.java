package fi.foresight.sampling;

/**
 * How plain Monte Carlo blocks draw their {@link fi.foresight.distributions.Triangular} and
 * {@link fi.foresight.distributions.Uniform} columns. The choice changes the numbers (not their distribution);
 * for a given kernel the numbers depend only on (seed, block index, block size), never on the thread count.
 *
 * <ul>
 *   <li>{@link #PORTABLE} (default): every column is drawn by its distribution's column sampler from the block's
 *       commons-rng stream ({@code Distribution.sample(rng, out, n)}), so a draw equals a single
 *       {@code Distribution.sample(rng)} on the same stream. Plain Java.</li>
 *   <li>{@link #VECTOR}: at the start of each block, 8 lane generators (xoshiro256++, each seeded by SplitMix64
 *       from one {@code nextLong()} of the block's stream, 8 longs in all) are derived; triangular and uniform
 *       columns take their uniforms from these lanes (lane k gives the uniforms at positions k, k + 8, …;
 *       {@code u = bits(1.0 | x >>> 12) - 1}, 52 random bits, in [0, 1 - 2<sup>-52</sup>]) and map them with
 *       the same inverse CDF as the portable path. Other families are drawn by their portable samplers from the
 *       block's stream, which continues after the 8 seeds. With {@code --add-modules jdk.incubator.vector} the
 *       lanes and the inverse CDFs run on the Vector API (blend, not branch); without the module an exact
 *       scalar emulation gives bit-identical numbers, only slower. The numbers of VECTOR therefore differ from
 *       PORTABLE's, but not between machines, JVM flags or thread counts.</li>
 *   <li>{@link #AUTO}: VECTOR when the module {@code jdk.incubator.vector} is in the boot layer, PORTABLE
 *       otherwise: always the fast path, but the numbers then depend on whether the JVM was started with
 *       {@code --add-modules jdk.incubator.vector}; pick VECTOR or PORTABLE explicitly for numbers that must be
 *       reproduced elsewhere.</li>
 * </ul>
 *
 * The kernel applies to {@link Design#MONTE_CARLO}; {@link Design#LATIN_HYPERCUBE} always uses its stratified
 * uniforms and the quantile functions.
 *
 * <pre>{@code
 * MonteCarlo.of(model).samples(10_000_000).kernel(SamplingKernel.VECTOR).run();
 * SamplingKernel.vectorModulePresent();   // true when started with --add-modules jdk.incubator.vector
 * }</pre>
 */
public enum SamplingKernel {
    /** Every column drawn by its distribution's column sampler: plain Java, the default. */
    PORTABLE,
    /** Triangular and uniform columns drawn from 8 lane generators (same numbers with or without the Vector API). */
    VECTOR,
    /** {@link #VECTOR} when the Vector API module is present, else {@link #PORTABLE}. */
    AUTO;

    /**
     * Whether {@code jdk.incubator.vector} is in the boot layer (the JVM was started with it added).
     *
     * @return true when the boot layer holds {@code jdk.incubator.vector} (e.g. {@code --add-modules})
     */
    public static boolean vectorModulePresent() {
        return Lanes.VECTOR_MODULE_PRESENT;
    }

    /**
     * The kernel that runs: AUTO resolved to VECTOR or PORTABLE; the others unchanged.
     *
     * @return {@link #VECTOR} or {@link #PORTABLE}
     */
    public SamplingKernel resolve() {
        if (this != AUTO) {
            return this;
        }
        return vectorModulePresent() ? VECTOR : PORTABLE;
    }

    /**
     * Whether VECTOR runs on the Vector API here (true) or on its exact scalar emulation (false).
     *
     * @return true when the Vector API lanes load on this JVM; false when VECTOR falls back to its emulation
     */
    public static boolean vectorised() {
        return Lanes.vectorLanesLoadable();
    }
}

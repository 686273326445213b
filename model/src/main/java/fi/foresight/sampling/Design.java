package fi.foresight.sampling;

/**
 * How the points of a block are placed in the input space.
 *
 * <ul>
 *   <li>{@link #MONTE_CARLO}: independent draws; each input column is filled by its distribution's column
 *       sampler from the block's stream, column by column in input order.</li>
 *   <li>{@link #LATIN_HYPERCUBE}: each input's [0, 1) is cut into {@code n} equal strata for a block of
 *       {@code n} points; every stratum is hit once (random permutation, random position within the stratum),
 *       then mapped through the distribution's quantile function. Stratification is per block, so a run of
 *       many blocks is a union of Latin hypercubes of the block size, and changing the block size changes the
 *       numbers. The mean stays unbiased, and a Latin hypercube of {@code n} points is never worse than plain
 *       Monte Carlo with {@code n - 1} points (Owen 1997); the reported standard errors use the plain Monte
 *       Carlo formula, so for Latin hypercube they are conservative.</li>
 *   <li>{@link #SOBOL}: randomised quasi-Monte Carlo. A block of {@code n} points takes the first {@code n}
 *       points of the Sobol' sequence in as many dimensions as there are inputs, scrambled afresh for the block
 *       (a random linear scramble and a digital shift drawn from the block's stream), then mapped through the
 *       quantile functions. Each block is an independent, unbiased replicate; for smooth outcomes the error of a
 *       mean falls much faster than with the other designs (nearly as 1/n within a block instead of
 *       1/&radic;n). Use block sizes that are powers of two (the default 4096 is). At most 1000 inputs. The
 *       reported standard errors use the plain Monte Carlo formula and are conservative.</li>
 * </ul>
 */
public enum Design {
    /** Independent draws. */
    MONTE_CARLO,
    /** Latin hypercube per block: every one of the block's {@code n} strata of each input hit once. */
    LATIN_HYPERCUBE,
    /** Randomised (scrambled) Sobol' points per block. */
    SOBOL
}

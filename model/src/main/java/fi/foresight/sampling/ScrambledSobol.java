package fi.foresight.sampling;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Uniforms of one {@link Design#SOBOL} block: the first {@code n} points of the Sobol' sequence (Joe–Kuo direction
 * numbers, as shipped with commons-math3's {@link SobolSequenceGenerator}), randomised afresh for every block by a
 * random linear scramble and a digital shift (Matoušek 1998; the "Owen-type" scramble that SciPy's
 * {@code qmc.Sobol(scramble=True)} uses).
 *
 * <p>For each input (dimension) the block's stream gives 52 {@code nextLong()}s for a random lower-triangular
 * binary 52 × 52 matrix with a unit diagonal (output digit k is digit k of the point XOR a random combination of
 * its more significant digits) and one more for a 52-bit shift; the point's 52-bit integer is multiplied by the
 * matrix over GF(2) and XOR-ed with the shift. This keeps every prefix of 2<sup>m</sup> points a (t, m, s)-net
 * while making each block an independent, unbiased replicate. Each coordinate is placed at the centre of its
 * 2<sup>-52</sup> cell, so no uniform is 0 or 1.
 *
 * <p>Not thread-safe: one instance per {@link BlockSampler}.
 */
final class ScrambledSobol {
    /** The most dimensions (inputs) the direction numbers cover. */
    static final int MAX_DIMENSION = 1000;
    private static final int BITS = 52;
    private static final double SCALE = 0x1.0p52;
    private static final double INV_SCALE = 0x1.0p-52;
    private static final long LOW_BITS = (1L << BITS) - 1;

    private final int dimension;
    private final SobolSequenceGenerator generator;
    /** columns[d][j]: the image of digit j (bit 51 − j) of dimension d under the block's scramble. */
    private final long[][] columns;
    private final long[] shift;

    /**
     * @param dimension the number of inputs, 1 to {@value #MAX_DIMENSION}
     * @throws IllegalArgumentException when {@code dimension} is outside that range
     */
    ScrambledSobol(int dimension) {
        check(dimension);
        this.dimension = dimension;
        this.generator = new SobolSequenceGenerator(dimension);
        this.columns = new long[dimension][BITS];
        this.shift = new long[dimension];
    }

    /**
     * Checks that a Sobol' design can place this many inputs.
     *
     * @param dimension the number of inputs
     * @throws IllegalArgumentException when it is below 1 or above {@value #MAX_DIMENSION}
     */
    static void check(int dimension) {
        if (dimension < 1 || dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("the Sobol' design places 1 to " + MAX_DIMENSION + " inputs, and this "
                    + "run has " + dimension + "; use design: latin_hypercube or monte_carlo instead");
        }
    }

    /**
     * Fills {@code u[d][0..n)} with the block's scrambled points, drawing the scramble from {@code rng}
     * ({@code 53 · dimension} longs, dimension by dimension).
     *
     * @param rng the block's stream
     * @param u   one column per dimension, each at least n long
     * @param n   points in the block
     */
    void fill(UniformRandomProvider rng, double[][] u, int n) {
        for (int d = 0; d < dimension; d++) {
            long[] col = columns[d];
            for (int j = 0; j < BITS; j++) {
                long diagonal = 1L << (BITS - 1 - j);
                col[j] = diagonal | (rng.nextLong() & (diagonal - 1));
            }
            shift[d] = rng.nextLong() & LOW_BITS;
        }
        if (n == 0) {
            return;
        }
        double[] v = generator.skipTo(0);
        for (int r = 0; r < n; r++) {
            if (r > 0) {
                v = generator.nextVector();
            }
            for (int d = 0; d < dimension; d++) {
                u[d][r] = scrambled((long) (v[d] * SCALE), columns[d], shift[d]);
            }
        }
    }

    private static double scrambled(long bits, long[] col, long shift) {
        long y = shift;
        long x = bits;
        while (x != 0) {
            int top = 63 - Long.numberOfLeadingZeros(x);
            y ^= col[BITS - 1 - top];
            x &= ~(1L << top);
        }
        return (y + 0.5) * INV_SCALE;
    }
}

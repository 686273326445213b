package fi.foresight.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The two base matrices A and B of a Saltelli design, as uniforms in the open interval (0, 1), produced block by
 * block from the block index alone.
 *
 * <p><b>Sobol' points</b> (default): point {@code j} of the 2k-dimensional Sobol' sequence (Joe–Kuo direction
 * numbers, as shipped with commons-math3's {@link SobolSequenceGenerator}); its first k coordinates form row j of
 * A, the last k row j of B. The sequence is randomised by a <em>digital shift</em>: each coordinate's 52-bit
 * integer is XOR-ed with a random 52-bit mask per dimension drawn from the seed, which keeps every prefix of
 * 2<sup>m</sup> points a (t, m, s)-net while making the estimate random (so a bootstrap and repeated seeds make
 * sense). Each coordinate is then placed at the centre of its 2<sup>-52</sup> cell, so no uniform is exactly 0 or 1
 * and no quantile is infinite; the first point (all zeros before the shift) needs no special treatment.
 *
 * <p><b>Replicates.</b> With R replicates (a power of two), row j is point {@code j / R} of the sequence under
 * the shift of replicate {@code j mod R}: R independent randomisations of the same net, interleaved so that every
 * prefix of 2<sup>m</sup> ≥ R rows holds the first 2<sup>m</sup>/R points of each replicate. The spread of the
 * replicates' estimates is then an honest measure of the design's error (the rows of one replicate are not
 * independent, the replicates are). Replicate 0's shift is the single shift of a design with R = 1.
 *
 * <p><b>Monte Carlo</b>: block {@code b} draws its A columns then its B columns, column by column, from the
 * stream {@code BlockStreams.forBlock(seed, b)}.
 */
final class SaltelliDesign {
    /** Rows per block; fixed so that Monte Carlo streams never depend on the run's size or thread count. */
    static final int BLOCK = 1024;
    private static final double SCALE = 0x1.0p52;
    private static final double INV_SCALE = 0x1.0p-52;

    private final int k;
    private final boolean sobol;
    private final long[][] shift;
    private final int replicates;
    private final UniformRandomProvider[] streams;
    private final long streamSeed;

    private SaltelliDesign(int k, boolean sobol, long[][] shift, UniformRandomProvider[] streams, long streamSeed) {
        this.k = k;
        this.replicates = shift == null ? 1 : shift.length;
        this.sobol = sobol;
        this.shift = shift;
        this.streams = streams;
        this.streamSeed = streamSeed;
    }

    /** A digitally shifted Sobol' design for k inputs with one shift. */
    static SaltelliDesign sobol(int k, long seed) {
        return sobol(k, seed, 1);
    }

    /** A Sobol' design for k inputs made of {@code replicates} (a power of two) independently shifted copies. */
    static SaltelliDesign sobol(int k, long seed, int replicates) {
        if (replicates < 1 || Integer.bitCount(replicates) != 1 || replicates > BLOCK) {
            throw new IllegalArgumentException("replicates is " + replicates + "; the Sobol' design needs a power of"
                    + " two from 1 to " + BLOCK);
        }
        if (2 * k > 1000) {
            throw new IllegalArgumentException(k + " inputs need a " + 2 * k
                    + "-dimensional Sobol' sequence; at most 1000 dimensions (500 inputs) are available; use the plain "
                    + "Monte Carlo design instead (design: monte_carlo in a job)");
        }
        var rng = Stats.streams(Stats.derive(seed, Stats.DESIGN), 1)[0];
        long[][] shift = new long[replicates][2 * k];
        for (long[] copy : shift) {
            for (int d = 0; d < copy.length; d++) {
                copy[d] = rng.nextLong() >>> 12;
            }
        }
        return new SaltelliDesign(k, true, shift, null, 0);
    }

    /** A plain Monte Carlo design for k inputs and n rows. */
    static SaltelliDesign monteCarlo(int k, long seed, int n) {
        long streamSeed = Stats.derive(seed, Stats.DESIGN);
        return new SaltelliDesign(k, false, null, Stats.streams(streamSeed, blocks(n)), streamSeed);
    }

    /** Whether the rows come from the Sobol' sequence (else from block streams). */
    boolean isSobol() {
        return sobol;
    }

    /**
     * The seed of the Monte Carlo design's block streams: block b draws from
     * {@code BlockStreams.forBlock(streamSeed(), b)} (the streams {@link #fill(int, int, int, double[][], double[][])}
     * uses, derived afresh for tasks that run elsewhere).
     */
    long streamSeed() {
        return streamSeed;
    }

    static int blocks(int n) {
        return (n + BLOCK - 1) / BLOCK;
    }

    /** Fills {@code a[i][0..n)} and {@code b[i][0..n)} with rows {@code start..start+n) of A and B. */
    void fill(int block, int start, int n, double[][] a, double[][] b) {
        fill(sobol ? null : streams[block], start, n, a, b);
    }

    /** As {@link #fill(int, int, int, double[][], double[][])} with the block's stream given (unused for Sobol'). */
    void fill(UniformRandomProvider rng, int start, int n, double[][] a, double[][] b) {
        if (sobol) {
            // start is a multiple of BLOCK, hence of the replicate count
            var gen = new SobolSequenceGenerator(2 * k);
            double[] v = gen.skipTo(start / replicates);
            for (int r = 0; r < n; r++) {
                int copy = r % replicates;
                if (r > 0 && copy == 0) {
                    v = gen.nextVector();
                }
                long[] mask = shift[copy];
                for (int i = 0; i < k; i++) {
                    a[i][r] = shifted(v[i], mask[i]);
                    b[i][r] = shifted(v[k + i], mask[k + i]);
                }
            }
        } else {
            for (int i = 0; i < k; i++) {
                for (int r = 0; r < n; r++) {
                    a[i][r] = Stats.open01(rng);
                }
            }
            for (int i = 0; i < k; i++) {
                for (int r = 0; r < n; r++) {
                    b[i][r] = Stats.open01(rng);
                }
            }
        }
    }

    private static double shifted(double v, long mask) {
        long bits = (long) (v * SCALE);
        return ((bits ^ mask) + 0.5) * INV_SCALE;
    }
}

package fi.foresight.sampling;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;

/**
 * The lane random stream of the {@link SamplingKernel#VECTOR} kernel: {@value #LANES} independent xoshiro256++
 * generators advanced together, and the column transforms of the families it covers. Two implementations give
 * bit-identical numbers: {@link ScalarLanes} (plain Java) and {@code VectorLanes} (jdk.incubator.vector, loaded
 * by name only when the module is present). One instance per thread: it holds the lane state of a block.
 */
abstract class Lanes {
    /** Generators; uniform i of a column comes from lane {@code i % LANES}. */
    static final int LANES = 8;
    static final boolean VECTOR_MODULE_PRESENT = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static final String VECTOR_CLASS = "fi.foresight.sampling.VectorLanes";
    /** Exponent bits of 1.0: {@code bits(ONE | x >>> 12)} lies in [1, 2). */
    static final long ONE = 0x3FF0000000000000L;

    /** xoshiro256++ state words, one entry per lane. */
    final long[] s0 = new long[LANES];
    final long[] s1 = new long[LANES];
    final long[] s2 = new long[LANES];
    final long[] s3 = new long[LANES];

    /** The Vector API implementation when the module is present and loads, else the scalar emulation. */
    static Lanes create() {
        Lanes v = vectorOrNull();
        return v != null ? v : new ScalarLanes();
    }

    static boolean vectorLanesLoadable() {
        return vectorOrNull() != null;
    }

    /** The Vector API implementation, or null without the module. */
    static Lanes vectorOrNull() {
        if (!VECTOR_MODULE_PRESENT) {
            return null;
        }
        try {
            return (Lanes) Class.forName(VECTOR_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Seeds lane k from the k-th of {@value #LANES} {@code nextLong()}s of the block's stream via SplitMix64. */
    final void seed(UniformRandomProvider block) {
        for (int k = 0; k < LANES; k++) {
            SplitMix64 mix = new SplitMix64(block.nextLong());
            s0[k] = mix.nextLong();
            s1[k] = mix.nextLong();
            s2[k] = mix.nextLong();
            s3[k] = mix.nextLong();
        }
    }

    /** Steps all lanes in plain Java until {@code u[from..n)} is filled (the last step may be partial). */
    final void scalarSteps(double[] u, int from, int n) {
        for (int base = from; base < n; base += LANES) {
            for (int k = 0; k < LANES; k++) {
                long a = s0[k];
                long b = s1[k];
                long c = s2[k];
                long d = s3[k];
                long x = Long.rotateLeft(a + d, 23) + a;
                long t = b << 17;
                c ^= a;
                d ^= b;
                b ^= c;
                a ^= d;
                c ^= t;
                d = Long.rotateLeft(d, 45);
                s0[k] = a;
                s1[k] = b;
                s2[k] = c;
                s3[k] = d;
                if (base + k < n) {
                    u[base + k] = Double.longBitsToDouble(ONE | (x >>> 12)) - 1.0;
                }
            }
        }
    }

    /**
     * Fills {@code u[0..n)} with the next uniforms: ceil(n / 8) steps of all lanes; in the last step only the
     * first {@code n % 8} lanes' values are kept (all lanes still advance).
     */
    abstract void uniforms(double[] u, int n);

    /** {@code out[i] = F⁻¹(u[i])} of a triangular; same arithmetic as {@code Triangular.quantile}. */
    abstract void triangular(double[] u, double[] out, int n, double lo, double hi, double split, double left,
                             double right);

    /** {@code out[i] = min(hi, lo + u[i] width)}; same arithmetic as {@code Uniform.quantile}. */
    abstract void uniform(double[] u, double[] out, int n, double lo, double width, double hi);
}

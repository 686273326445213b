package fi.foresight.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.junit.jupiter.api.Test;

/** The VECTOR kernel's lane stream: reference generator, scalar = Vector API bit for bit, block layout. */
class LanesTest {
    private static final int[] LENGTHS = {0, 1, 7, 8, 9, 15, 16, 17, 100, 4096, 4099};

    /** The surefire JVM adds jdk.incubator.vector (model/pom.xml), so the Vector API path is under test. */
    private static Lanes vector() {
        Lanes v = Lanes.vectorOrNull();
        assertNotNull(v, "tests run with --add-modules jdk.incubator.vector; the Vector API lanes must load");
        assertTrue(v.getClass().getSimpleName().startsWith("Vector"));
        return v;
    }

    private static Lanes seeded(Lanes l, long seed) {
        l.seed(BlockStreams.forBlock(seed, 3));
        return l;
    }

    @Test
    void laneKIsXoshiro256PlusPlusSeededBySplitMixFromTheKthLongOfTheBlockStream() {
        int n = 8 * 50 + 5;
        double[] u = new double[n];
        seeded(new ScalarLanes(), 11).uniforms(u, n);
        UniformRandomProvider block = BlockStreams.forBlock(11, 3);
        for (int k = 0; k < Lanes.LANES; k++) {
            SplitMix64 mix = new SplitMix64(block.nextLong());
            var ref = new XoShiRo256PlusPlus(mix.nextLong(), mix.nextLong(), mix.nextLong(), mix.nextLong());
            for (int i = k; i < n; i += Lanes.LANES) {
                double expected = Double.longBitsToDouble(0x3FF0000000000000L | (ref.nextLong() >>> 12)) - 1;
                assertEquals(expected, u[i], "lane " + k + " position " + i);
            }
        }
    }

    @Test
    void vectorLanesEqualScalarLanesBitForBitAcrossCallsAndRaggedLengths() {
        Lanes s = seeded(new ScalarLanes(), 5);
        Lanes v = seeded(vector(), 5);
        for (int n : LENGTHS) {
            double[] a = new double[n + 3];
            double[] b = new double[n + 3];
            s.uniforms(a, n);
            v.uniforms(b, n);
            assertArrayEquals(a, b, "uniforms, n=" + n);
            double[] ta = new double[n];
            double[] tb = new double[n];
            s.triangular(a, ta, n, -1, 4, 0.3, 5 * 1.5, 5 * 3.5);
            v.triangular(b, tb, n, -1, 4, 0.3, 5 * 1.5, 5 * 3.5);
            assertArrayEquals(ta, tb, "triangular, n=" + n);
            s.uniform(a, ta, n, 2, 3, 5);
            v.uniform(b, tb, n, 2, 3, 5);
            assertArrayEquals(ta, tb, "uniform, n=" + n);
        }
    }

    @Test
    void transformsEqualTheQuantileFunctionsOfTheFamilies() {
        int n = 4099;
        double[] u = new double[n];
        Lanes v = seeded(vector(), 8);
        v.uniforms(u, n);
        u[0] = 0;
        u[1] = Math.nextDown(1.0);
        Triangular t = Triangular.of(-1, 0.5, 4);
        double[] out = new double[n];
        double w = t.max() - t.min();
        v.triangular(u, out, n, t.min(), t.max(), (t.mode() - t.min()) / w, w * (t.mode() - t.min()),
                w * (t.max() - t.mode()));
        for (int i = 0; i < n; i++) {
            assertEquals(t.quantile(u[i]), out[i], "u=" + u[i]);
        }
        Uniform un = Uniform.of(-3, 7);
        v.uniform(u, out, n, un.min(), un.max() - un.min(), un.max());
        for (int i = 0; i < n; i++) {
            assertEquals(un.quantile(u[i]), out[i], "u=" + u[i]);
        }
    }

    @Test
    void laneUniformsHaveTheMomentsOfU01() {
        int n = 1 << 20;
        double[] u = new double[n];
        seeded(vector(), 21).uniforms(u, n);
        double sum = 0;
        double sq = 0;
        for (double x : u) {
            assertTrue(x >= 0 && x < 1);
            sum += x;
            sq += (x - 0.5) * (x - 0.5);
        }
        // mean: SE = sqrt(1/12 / n); variance: SE = (1/12) sqrt((kurtosis 1.8 - 1) / n)
        assertEquals(0.5, sum / n, 5 * Math.sqrt(1.0 / 12 / n));
        assertEquals(1.0 / 12, sq / n, 5 * (1.0 / 12) * Math.sqrt(0.8 / n));
    }

    @Test
    void vectorKernelBlockDrawsOtherFamiliesFromTheStreamAfterTheLaneSeeds() {
        List<Distribution> ds = List.of(Triangular.of(0, 1, 2), Normal.of(0, 1), Uniform.of(0, 1));
        var plan = SamplingPlan.of(ds, Design.MONTE_CARLO).withKernel(SamplingKernel.VECTOR);
        int n = 1001;
        double[][] cols = new double[3][n];
        new BlockSampler(plan, new ScalarLanes()).fill(BlockStreams.forBlock(7, 4), cols, n);
        double[][] viaVector = new double[3][n];
        plan.sampler().fill(BlockStreams.forBlock(7, 4), viaVector, n);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(cols[i], viaVector[i], "column " + i);
        }
        UniformRandomProvider block = BlockStreams.forBlock(7, 4);
        Lanes lanes = new ScalarLanes();
        lanes.seed(block);
        double[] normal = new double[n];
        ds.get(1).sample(block, normal, n);
        assertArrayEquals(normal, cols[1]);
        double[] u = new double[n];
        lanes.uniforms(u, n);
        for (int k = 0; k < n; k++) {
            assertEquals(ds.get(0).quantile(u[k]), cols[0][k]);
        }
        lanes.uniforms(u, n);
        for (int k = 0; k < n; k++) {
            assertEquals(ds.get(2).quantile(u[k]), cols[2][k]);
        }
        double[][] portable = new double[3][n];
        SamplingPlan.of(ds, Design.MONTE_CARLO).sampler().fill(BlockStreams.forBlock(7, 4), portable, n);
        assertNotEquals(portable[0][0], cols[0][0], "VECTOR numbers differ from PORTABLE's (documented)");
    }

    @Test
    void autoResolvesByModulePresenceAndLatinHypercubeIgnoresTheKernel() {
        assertEquals(SamplingKernel.vectorModulePresent() ? SamplingKernel.VECTOR : SamplingKernel.PORTABLE,
                SamplingKernel.AUTO.resolve());
        assertTrue(SamplingKernel.vectorModulePresent());
        List<Distribution> ds = List.of(Triangular.of(0, 1, 2), Uniform.of(0, 1));
        int n = 300;
        double[][] a = new double[2][n];
        double[][] b = new double[2][n];
        SamplingPlan.of(ds, Design.LATIN_HYPERCUBE).sampler().fill(BlockStreams.forBlock(2, 0), a, n);
        SamplingPlan.of(ds, Design.LATIN_HYPERCUBE).withKernel(SamplingKernel.VECTOR).sampler()
                .fill(BlockStreams.forBlock(2, 0), b, n);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
    }
}

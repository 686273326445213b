package fi.foresight.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class SamplingPlanTest {
    @Test
    void monteCarloDrawsColumnByColumnInInputOrder() {
        List<Distribution> ds = List.of(Uniform.of(0, 1), Triangular.of(0, 1, 3));
        double[][] cols = new double[2][100];
        SamplingPlan.of(ds, Design.MONTE_CARLO).sampler().fill(BlockStreams.forBlock(5, 2), cols, 100);
        UniformRandomProvider rng = BlockStreams.forBlock(5, 2);
        double[] a = new double[100];
        double[] b = new double[100];
        ds.get(0).sample(rng, a, 100);
        ds.get(1).sample(rng, b, 100);
        assertArrayEquals(a, cols[0]);
        assertArrayEquals(b, cols[1]);
    }

    @Test
    void latinHypercubeHitsEveryStratumOnceInEveryColumn() {
        int n = 1000;
        double[][] cols = new double[3][n];
        List<Distribution> ds = List.of(Uniform.of(0, 1), Uniform.of(0, 1), Uniform.of(0, 1));
        SamplingPlan.of(ds, Design.LATIN_HYPERCUBE).sampler().fill(BlockStreams.forBlock(9, 0), cols, n);
        for (double[] c : cols) {
            int[] hits = new int[n];
            for (double u : c) {
                hits[(int) Math.floor(u * n)]++;
            }
            for (int k = 0; k < n; k++) {
                assertEquals(1, hits[k], "stratum " + k);
            }
        }
        // columns are permuted independently, not aligned
        assertTrue(!Arrays.equals(cols[0], cols[1]));
    }

    @Test
    void latinHypercubeMapsThroughTheQuantileFunction() {
        int n = 500;
        Triangular t = Triangular.of(2, 3, 7);
        double[][] cols = new double[1][n];
        SamplingPlan.of(List.of(t), Design.LATIN_HYPERCUBE).sampler().fill(BlockStreams.forBlock(1, 0), cols, n);
        int[] hits = new int[n];
        for (double x : cols[0]) {
            hits[(int) Math.floor(t.cdf(x) * n * (1 - 1e-12))]++;
        }
        for (int k = 0; k < n; k++) {
            assertEquals(1, hits[k], "stratum " + k);
        }
    }

    @Test
    void wrongColumnCountsAreRejected() {
        var plan = SamplingPlan.of(List.of(Uniform.of(0, 1)), Design.MONTE_CARLO);
        var e = assertThrows(IllegalArgumentException.class,
                () -> plan.sampler().fill(BlockStreams.forBlock(1, 0), new double[2][10], 10));
        assertTrue(e.getMessage().contains("expected 1 input columns, got 2"), e.getMessage());
        var c = RankCorrelation.of(new int[] {0, 3}, new double[][] {{1, 0.5}, {0.5, 1}});
        var e2 = assertThrows(IllegalArgumentException.class,
                () -> SamplingPlan.of(List.of(Uniform.of(0, 1), Uniform.of(0, 1)), Design.MONTE_CARLO, c));
        assertTrue(e2.getMessage().contains("column 3 does not exist"), e2.getMessage());
    }
}

package fi.foresight.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ImanConoverTest {
    private static final double[][] TARGET = {
            {1, 0.7, -0.4},
            {0.7, 1, 0.3},
            {-0.4, 0.3, 1}};

    private static final List<Distribution> INPUTS = List.of(
            Triangular.of(0, 1, 4), Uniform.of(-1, 1), Uniform.of(0, 1), LogNormal.of(0, 0.5));

    /** Draws 100,000 points in 4096-point blocks, correlating inputs 0, 1 and 3. */
    private static double[][] draw(Design design, RankCorrelation c) {
        int n = 100_000;
        int block = 4096;
        double[][] all = new double[INPUTS.size()][n];
        BlockSampler s = SamplingPlan.of(INPUTS, design, c).sampler();
        double[][] cols = new double[INPUTS.size()][block];
        BlockStreams.Sequence streams = BlockStreams.sequence(2024, 0);
        for (int from = 0; from < n; from += block) {
            int len = Math.min(block, n - from);
            s.fill(streams.next(), cols, len);
            for (int i = 0; i < cols.length; i++) {
                System.arraycopy(cols[i], 0, all[i], from, len);
            }
        }
        return all;
    }

    @ParameterizedTest
    @EnumSource(Design.class)
    void achievedRankCorrelationsAreWithinTwoHundredthsOfTheTarget(Design design) {
        int[] columns = {0, 1, 3};
        double[][] x = draw(design, RankCorrelation.of(columns, TARGET));
        var spearman = new SpearmansCorrelation();
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                double achieved = spearman.correlation(x[columns[i]], x[columns[j]]);
                assertEquals(TARGET[i][j], achieved, 0.02, "pair " + i + "," + j);
            }
        }
        // the uncorrelated input stays uncorrelated: |rho| within 5 SE (1/sqrt(n-1)) of 0
        assertEquals(0, spearman.correlation(x[2], x[0]), 5 / Math.sqrt(100_000 - 1));
    }

    @Test
    void rearrangingKeepsEveryBlocksValues() {
        int n = 4096;
        var c = RankCorrelation.of(new int[] {0, 1, 3}, TARGET);
        double[][] plain = new double[4][n];
        double[][] corr = new double[4][n];
        SamplingPlan.of(INPUTS, Design.MONTE_CARLO).sampler().fill(BlockStreams.forBlock(3, 1), plain, n);
        SamplingPlan.of(INPUTS, Design.MONTE_CARLO, c).sampler().fill(BlockStreams.forBlock(3, 1), corr, n);
        for (int i = 0; i < 4; i++) {
            double[] a = plain[i].clone();
            double[] b = corr[i].clone();
            Arrays.sort(a);
            Arrays.sort(b);
            assertArrayEquals(a, b, "column " + i);
        }
        assertArrayEquals(plain[2], corr[2], "uncorrelated column untouched");
    }

    @Test
    void perfectCorrelationIsRepairedNotRejected() {
        var c = RankCorrelation.of(new int[] {0, 1}, new double[][] {{1, 1}, {1, 1}});
        double[][] x = draw(Design.MONTE_CARLO, c);
        assertEquals(1.0, new SpearmansCorrelation().correlation(x[0], x[1]), 0.02);
    }

    @Test
    void invalidMatricesAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RankCorrelation.of(new int[] {0, 1}, new double[][] {{1, 0.5}, {0.4, 1}}));
        assertTrue(e.getMessage().contains("symmetric"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RankCorrelation.of(new int[] {0}, new double[][] {{1}}));
        assertThrows(IllegalArgumentException.class,
                () -> RankCorrelation.of(new int[] {1, 1}, new double[][] {{1, 0}, {0, 1}}));
    }

    @Test
    void scoresAreStandardNormalQuantiles() {
        double[] a = ImanConover.vanDerWaerden(999);
        assertEquals(0, a[499], 1e-12); // the median score
        double mean = Arrays.stream(a).average().orElseThrow();
        double var = Arrays.stream(a).map(v -> (v - mean) * (v - mean)).sum() / a.length;
        assertEquals(0, mean, 1e-12);
        assertEquals(1, var, 1e-12);
        for (int k = 1; k < a.length; k++) {
            assertTrue(a[k] > a[k - 1]);
        }
    }
}

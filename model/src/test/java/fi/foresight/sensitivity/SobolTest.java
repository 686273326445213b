package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SobolTest {
    private static final double[] G_A = {0, 1, 4.5, 9, 99, 99, 99, 99};

    @Test
    void ishigamiIndicesMatchTheAnalyticValuesAndTheirIntervalsCoverThem() {
        double[] v = TestModels.ishigamiVariances();
        double total = v[4];
        double[] s1 = {v[0] / total, v[1] / total, 0};
        double[] st = {(v[0] + v[3]) / total, v[1] / total, v[3] / total};
        // the rounded values, as a check on the closed forms
        assertArrayEquals(new double[] {0.3139, 0.4424, 0.0}, s1, 1e-4);
        assertArrayEquals(new double[] {0.5576, 0.4424, 0.2437}, st, 1e-4);

        SobolResult r = Sobol.of(TestModels.ishigami()).outcome("y").samples(1 << 14).bootstrap(100).seed(42).run();
        assertEquals(5 * (1 << 14), r.settings().evaluations());
        for (int i = 0; i < 3; i++) {
            SobolIndex idx = r.index("y", "x" + (i + 1));
            assertEquals(s1[i], idx.s1(), 0.02, "S1 of " + idx.variable());
            assertEquals(st[i], idx.st(), 0.02, "ST of " + idx.variable());
            assertTrue(idx.s1Covers(s1[i]), "S1 interval " + idx + " misses " + s1[i]);
            assertTrue(idx.stCovers(st[i]), "ST interval " + idx + " misses " + st[i]);
        }
    }

    @Test
    void defaultReplicateIntervalsCoverIshigamisIndicesAndAreStudentTIntervals() {
        double[] v = TestModels.ishigamiVariances();
        double[] s1 = {v[0] / v[4], v[1] / v[4], 0};
        double[] st = {(v[0] + v[3]) / v[4], v[1] / v[4], v[3] / v[4]};
        SobolResult r = Sobol.of(TestModels.ishigami()).outcome("y").samples(1 << 14).seed(42).run();
        assertEquals("replicates", r.settings().intervals());
        assertEquals(8, r.settings().replicates());
        for (int i = 0; i < 3; i++) {
            SobolIndex idx = r.index("y", "x" + (i + 1));
            assertEquals(s1[i], idx.s1(), 0.02, "S1 of " + idx.variable());
            assertEquals(st[i], idx.st(), 0.02, "ST of " + idx.variable());
            // symmetric about the estimate on all rows
            assertEquals(idx.s1() - idx.s1Low(), idx.s1High() - idx.s1(), 1e-12);
            assertTrue(idx.s1Covers(s1[i]), "S1 interval " + idx + " misses " + s1[i]);
            assertTrue(idx.stCovers(st[i]), "ST interval " + idx + " misses " + st[i]);
        }
        // one copy: no spread to measure, so no interval
        SobolIndex one = Sobol.of(TestModels.ishigami()).samples(1 << 10).seed(42).replicates(1).run().index("y", "x1");
        assertTrue(Double.isNaN(one.s1Low()), one.toString());
        var e = assertThrows(IllegalArgumentException.class,
                () -> Sobol.of(TestModels.ishigami()).samples(1 << 10).replicates(12).run());
        assertTrue(e.getMessage().contains("power of two"), e.getMessage());
    }

    @Test
    void gFunctionIndicesMatchTheClosedForm() {
        double[][] exact = TestModels.gIndices(G_A);
        assertArrayEquals(new double[] {0.7162, 0.1790, 0.0237, 0.0072}, java.util.Arrays.copyOf(exact[0], 4), 1e-4);
        assertArrayEquals(new double[] {0.7871, 0.2422, 0.0343, 0.0105}, java.util.Arrays.copyOf(exact[1], 4), 1e-4);

        SobolResult r = Sobol.of(TestModels.gFunction(G_A)).samples(1 << 14).bootstrap(100).seed(7).run();
        for (int i = 0; i < G_A.length; i++) {
            SobolIndex idx = r.index("y", "x" + (i + 1));
            assertEquals(exact[0][i], idx.s1(), 0.02, "S1 of " + idx.variable());
            assertEquals(exact[1][i], idx.st(), 0.02, "ST of " + idx.variable());
            assertTrue(idx.s1Covers(exact[0][i]), "S1 interval " + idx + " misses " + exact[0][i]);
            assertTrue(idx.stCovers(exact[1][i]), "ST interval " + idx + " misses " + exact[1][i]);
        }
    }

    @Test
    void plainMonteCarloDesignIsUnbiasedWithinItsIntervals() {
        double[] v = TestModels.ishigamiVariances();
        SobolResult r = Sobol.of(TestModels.ishigami()).monteCarlo().samples(1 << 14).bootstrap(200).seed(3).run();
        assertEquals("montecarlo", r.settings().design());
        double[] st = {(v[0] + v[3]) / v[4], v[1] / v[4], v[3] / v[4]};
        for (int i = 0; i < 3; i++) {
            SobolIndex idx = r.index("y", "x" + (i + 1));
            // 95% interval half-width ≈ 2 SE; allow 3 half-widths (6 SE) of distance
            double halfWidth = (idx.stHigh() - idx.stLow()) / 2;
            assertEquals(st[i], idx.st(), 3 * halfWidth, "ST of " + idx.variable());
        }
    }

    @Test
    void secondOrderIndicesOfIshigamiFindTheX1X3Interaction() {
        double[] v = TestModels.ishigamiVariances();
        SobolResult r = Sobol.of(TestModels.ishigami()).samples(1 << 14).secondOrder(true).bootstrap(100).seed(5).run();
        assertEquals(8 * (1 << 14), r.settings().evaluations());
        var s2 = r.secondOrder();
        assertEquals(3, s2.size());
        for (SecondOrderIndex s : s2) {
            double exact = s.variable1().equals("x1") && s.variable2().equals("x3") ? v[3] / v[4] : 0;
            assertEquals(exact, s.s2(), 0.03, s.toString());
            assertTrue(s.low() <= exact && exact <= s.high(), s + " misses " + exact);
        }
        assertTrue(r.tables().stream().anyMatch(t -> t.name().equals("sobol-second-order")));
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        Model g = TestModels.gFunction(G_A);
        Table one = Sobol.of(g).samples(1 << 12).seed(11).threads(1).run().table();
        Table two = Sobol.of(g).samples(1 << 12).seed(11).threads(2).run().table();
        Table five = Sobol.of(g).samples(1 << 12).seed(11).threads(5).run().table();
        for (String c : List.of("S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high")) {
            assertArrayEquals(one.doubleColumn(c).asDoubleArray(), two.doubleColumn(c).asDoubleArray(), 0.0, c);
            assertArrayEquals(one.doubleColumn(c).asDoubleArray(), five.doubleColumn(c).asDoubleArray(), 0.0, c);
        }
        Table mc1 = Sobol.of(g).monteCarlo().samples(3000).seed(11).threads(1).run().table();
        Table mc2 = Sobol.of(g).monteCarlo().samples(3000).seed(11).threads(2).run().table();
        assertArrayEquals(mc1.doubleColumn("ST").asDoubleArray(), mc2.doubleColumn("ST").asDoubleArray(), 0.0);
    }

    @Test
    void differentSeedsGiveDifferentButConsistentEstimates() {
        Model m = TestModels.ishigami();
        double a = Sobol.of(m).samples(1 << 10).seed(1).bootstrap(0).run().index("y", "x1").s1();
        double b = Sobol.of(m).samples(1 << 10).seed(2).bootstrap(0).run().index("y", "x1").s1();
        assertTrue(a != b, "the seed must randomise the shift");
        assertEquals(a, b, 0.1);
    }

    @Test
    void tableHasTheDocumentedColumnsAndConvergenceCoversEachPowerOfTwo() {
        SobolResult r = Sobol.of(TestModels.ishigami()).samples(1 << 12).seed(1).run();
        Table t = r.table();
        assertEquals("sobol", t.name());
        assertEquals(List.of("outcome", "variable", "S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high"),
                t.columnNames());
        assertEquals(3, t.rowCount());
        Table conv = r.tables().get(1);
        assertEquals("sobol-convergence", conv.name());
        assertEquals(List.of(256, 512, 1024, 2048, 4096),
                conv.intColumn("samples").asList().stream().distinct().toList());
        // intervals narrow as the sample grows
        var x2 = r.convergence().stream().filter(i -> i.variable().equals("x2")).toList();
        double first = x2.get(0).stHigh() - x2.get(0).stLow();
        double last = x2.get(x2.size() - 1).stHigh() - x2.get(x2.size() - 1).stLow();
        assertTrue(last < first / 2, "interval at N=4096 (" + last + ") should be far narrower than at 256 (" + first + ")");
        assertFalse(r.findings().isEmpty());
        assertEquals("x1", r.findings().get(0).arguments().get("variable"), "x1 has the largest total index (0.558)");
    }

    @Test
    void correlatedDriversAreSampledWithTheirCorrelationAndTheResultWarns() {
        Model m = Model.builder("corr")
                .variable("a", Uniform.of(0, 1))
                .variable("b", Uniform.of(0, 1))
                .correlation("a", "b", 0.8)
                .outcome("y", "a + b")
                .build();
        SobolResult r = Sobol.of(m).samples(1 << 13).seed(1).run();
        assertTrue(r.correlated());
        assertTrue(r.notes().get(0).startsWith("Warning: correlated drivers (a~b"), r.notes().toString());
        assertEquals("sobol.correlated_inputs", r.findings().get(0).key());
        // The first latent factor is a itself. With a Gaussian copula of normal correlation r = 2 sin(0.8 π / 6),
        // E[b | a] = Φ(c Φ⁻¹(a)), c = r / sqrt(2 - r²), and Var(y) = 2/12 + 2 · 0.8/12 (Spearman = Pearson for
        // uniform margins), so S1 of a = ∫ (a + E[b | a] - 1)² da / Var(y).
        double rn = 2 * Math.sin(Math.PI * 0.8 / 6);
        double c = rn / Math.sqrt(2 - rn * rn);
        var normal = fi.foresight.distributions.Normal.of(0, 1);
        int q = 100_000;
        double num = 0;
        for (int j = 0; j < q; j++) {
            double a = (j + 0.5) / q;
            double e = a + normal.cdf(c * normal.quantile(a)) - 1;
            num += e * e / q;
        }
        double exact = num / (3.6 / 12);
        SobolIndex a = r.index("y", "a");
        assertTrue(a.s1Covers(exact), a + " misses " + exact);
        assertEquals(exact, a.s1(), 0.02);
    }

    @Test
    void anOutcomeThatIsNotFiniteSomewhereIsRefusedAsMonteCarloRefusesIt() {
        Model m = Model.builder("m").variable("x", Uniform.of(-1, 1)).variable("z", Uniform.of(0, 1))
                .outcome("y", "log(x) + z").build();
        var e = assertThrows(IllegalStateException.class, () -> Sobol.of(m).samples(256).bootstrap(10).run());
        assertTrue(e.getMessage().startsWith("outcome 'y' is NaN for "), e.getMessage());
    }

    @Test
    void invalidSettingsAreRejectedWithAHelpfulMessage() {
        var e = assertThrows(IllegalArgumentException.class, () -> Sobol.of(TestModels.ishigami()).samples(1000).run());
        assertTrue(e.getMessage().contains("power of two, e.g. 512 or 1024"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Sobol.of(TestModels.ishigami()).outcome("z").run());
        assertTrue(e.getMessage().contains("unknown outcome 'z'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sobol.of(TestModels.ishigami()).confidence(1.0));
    }
}

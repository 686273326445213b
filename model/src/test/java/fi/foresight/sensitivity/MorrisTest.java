package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Normal;
import fi.foresight.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MorrisTest {
    private static final double[] C = {2, -3, 0.5};
    private static final double[] LO = {0, -2, 10};
    private static final double[] HI = {1, 2, 30};

    @Test
    void linearModelEffectsAreCoefficientTimesRangeWithNoSpread() {
        MorrisResult r = Morris.of(TestModels.linear(C, LO, HI)).trajectories(30).seed(3).run();
        for (int i = 0; i < C.length; i++) {
            MorrisEffect e = r.effect("y", "x" + (i + 1));
            double range = HI[i] - LO[i];
            assertEquals(Math.abs(C[i]) * range, e.muStar(), 1e-12 * range, e.toString());
            assertEquals(C[i] * range, e.mu(), 1e-12 * range, e.toString());
            assertEquals(0, e.sigma(), 1e-12 * range, e.toString());
            assertEquals(e.muStar(), e.muStarLow(), 1e-12 * range);
            assertEquals(e.muStar(), e.muStarHigh(), 1e-12 * range);
        }
    }

    @Test
    void ishigamiEffectOfX2IsConstantOnTheFourLevelGrid() {
        // levels 0, 1/3, 2/3, 1 are x2 = -π, -π/3, π/3, π; a jump of Δ = 2/3 joins sin² = 0 and sin² = 3/4,
        // so |EE2| = 7 · 3/4 / (2/3) = 7.875 for every trajectory.
        MorrisResult r = Morris.of(TestModels.ishigami()).trajectories(50).levels(4).seed(1).run();
        assertEquals(2.0 / 3, r.settings().delta(), 1e-15);
        for (double ee : r.elementaryEffects("y", "x2")) {
            assertEquals(7.875, Math.abs(ee), 1e-12);
        }
        assertEquals(7.875, r.effect("y", "x2").muStar(), 1e-12);
    }

    @Test
    void ishigamiMuStarOfX1MatchesItsExpectationOverTheGrid() {
        // EE1 = (sin(x1 + Δ') - sin(x1)) (1 + 0.1 x3⁴) / Δ with x1 at -π or -π/3 and x3 uniform over the 4 levels
        double[] grid = {-Math.PI, -Math.PI / 3, Math.PI / 3, Math.PI};
        double delta = 2.0 / 3;
        double expected = 0;
        for (int b = 0; b < 2; b++) {
            for (double x3 : grid) {
                expected += Math.abs((Math.sin(grid[b + 2]) - Math.sin(grid[b])) * (1 + 0.1 * Math.pow(x3, 4)))
                        / delta / 8;
            }
        }
        int r = 2000;
        MorrisResult m = Morris.of(TestModels.ishigami()).trajectories(r).seed(9).bootstrap(0).run();
        double[] ee = m.elementaryEffects("y", "x1");
        double[] abs = java.util.Arrays.stream(ee).map(Math::abs).toArray();
        double se = Stats.sd(abs, r) / Math.sqrt(r);
        assertEquals(expected, m.effect("y", "x1").muStar(), 5 * se);
    }

    @Test
    void unboundedInputsAreMovedOverTheirCentralRange() {
        Model m = Model.builder("n").variable("x", Normal.of(0, 1)).outcome("y", "3 * x").build();
        MorrisResult r = Morris.of(m).trajectories(10).levels(2).tails(0.01).seed(1).run();
        // two levels: Δ = 1 joins P1 and P99, so EE = 3 (Φ⁻¹(0.99) - Φ⁻¹(0.01)) / 1
        double span = Normal.of(0, 1).quantile(0.99) - Normal.of(0, 1).quantile(0.01);
        assertEquals(3 * span, r.effect("y", "x").muStar(), 1e-12);
        assertTrue(r.notes().get(0).contains("P1–P99"), r.notes().toString());
    }

    @Test
    void optimisedTrajectoriesSpreadWiderThanUnselectedOnesAndNoSwapImproves() {
        int k = 4;
        MorrisDesign plain = MorrisDesign.generate(k, 4, 6, 0, 5, 1);
        MorrisDesign best = MorrisDesign.generate(k, 4, 6, 60, 5, 2);
        assertTrue(best.spread() > plain.spread(), best.spread() + " <= " + plain.spread());
        // local optimality: no pool member swapped for a chosen one increases the criterion
        var pool = MorrisDesign.generate(k, 4, 60, 0, 5, 1);
        for (int s = 0; s < 6; s++) {
            for (int[][] candidate : pool.points) {
                if (java.util.Arrays.stream(best.points).anyMatch(c -> java.util.Arrays.deepEquals(c, candidate))) {
                    continue;
                }
                double before = best.spread();
                int[][][] swapped = best.points.clone();
                swapped[s] = candidate;
                double after = spread(swapped);
                assertTrue(after <= before * (1 + 1e-9), "swap at " + s + " improves " + before + " to " + after);
            }
        }
    }

    private static double spread(int[][][] pts) {
        double s = 0;
        for (int a = 0; a < pts.length; a++) {
            for (int b = a + 1; b < pts.length; b++) {
                double d = MorrisDesign.distance(pts[a], pts[b], 4);
                s += d * d;
            }
        }
        return s;
    }

    @Test
    void trajectoriesStayOnTheGridAndMoveEachInputOnceByDelta() {
        MorrisDesign d = MorrisDesign.generate(5, 6, 20, 0, 2, 1);
        for (int t = 0; t < d.trajectories(); t++) {
            boolean[] seen = new boolean[5];
            for (int s = 1; s <= 5; s++) {
                int i = d.moved[t][s - 1];
                seen[i] = true;
                assertEquals(3, Math.abs(d.points[t][s][i] - d.points[t][s - 1][i]));
                for (int j = 0; j < 5; j++) {
                    assertTrue(d.points[t][s][j] >= 0 && d.points[t][s][j] <= 5);
                }
            }
            for (boolean b : seen) {
                assertTrue(b);
            }
        }
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCountAndTheTableHasTheDocumentedColumns() {
        Model g = TestModels.gFunction(0, 1, 4.5, 9);
        Table a = Morris.of(g).trajectories(300).optimisedFrom(400).seed(4).threads(1).run().table();
        Table b = Morris.of(g).trajectories(300).optimisedFrom(400).seed(4).threads(3).run().table();
        assertEquals(List.of("outcome", "variable", "mu", "mu_star", "sigma", "mu_star_low", "mu_star_high"),
                a.columnNames());
        for (String c : List.of("mu", "mu_star", "sigma", "mu_star_low", "mu_star_high")) {
            assertArrayEquals(a.doubleColumn(c).asDoubleArray(), b.doubleColumn(c).asDoubleArray(), 0.0, c);
        }
    }

    @Test
    void invalidSettingsAreRejected() {
        var m = Morris.of(TestModels.ishigami());
        var e = assertThrows(IllegalArgumentException.class, () -> m.levels(5));
        assertTrue(e.getMessage().contains("even"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> m.trajectories(1));
        assertThrows(IllegalArgumentException.class, () -> Morris.of(TestModels.ishigami()).trajectories(10)
                .optimisedFrom(5).run());
    }
}

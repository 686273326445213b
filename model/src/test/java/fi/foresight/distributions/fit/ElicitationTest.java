package fi.foresight.distributions.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Elicited;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Elicitation with known answers: quantiles taken from a member of each family are reproduced within 1 % of their
 * range (and the member's parameters recovered); inconsistent quantiles get the least-squares compromise, reported;
 * invalid quantiles are refused with what would be valid.
 */
class ElicitationTest {
    private static final double[] P = {0.1, 0.5, 0.9};

    private static double[] quantiles(Distribution d, double[] p) {
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = d.quantile(p[i]);
        }
        return v;
    }

    private static Elicited reproduces(Distribution truth, double[] p, String family, double min, double max) {
        double[] asked = quantiles(truth, p);
        Elicited e = Elicitation.elicited(p, asked, family, min, max);
        double range = asked[asked.length - 1] - asked[0];
        if (!Double.isNaN(min)) {
            range = max - min;
        }
        double[] achieved = e.achieved();
        for (int i = 0; i < p.length; i++) {
            assertEquals(asked[i], achieved[i], 0.01 * range, family + " quantile " + p[i]);
        }
        return e;
    }

    @Test
    void lognormalQuantilesAreReproduced() {
        LogNormal fit = (LogNormal) reproduces(LogNormal.of(1.6, 0.45), P, "lognormal", Double.NaN, Double.NaN)
                .distribution();
        assertEquals(1.6, fit.mu(), 1e-4);
        assertEquals(0.45, fit.sigma(), 1e-4);
    }

    @Test
    void normalQuantilesAreReproduced() {
        Normal fit = (Normal) reproduces(Normal.of(5, 2), P, "normal", Double.NaN, Double.NaN).distribution();
        assertEquals(5, fit.mean(), 1e-4);
        assertEquals(2, fit.sd(), 1e-4);
    }

    @Test
    void betaQuantilesAreReproducedOnTheirSupport() {
        Beta fit = (Beta) reproduces(Beta.of(2, 5, 0, 10), P, "beta", 0, 10).distribution();
        assertEquals(2, fit.alpha(), 1e-3);
        assertEquals(5, fit.beta(), 1e-3);
    }

    @Test
    void pertWithBoundsMatchesItsModeFromOneQuantile() {
        Pert fit = (Pert) reproduces(Pert.of(1, 2.5, 6), new double[] {0.5}, "pert", 1, 6).distribution();
        assertEquals(2.5, fit.mode(), 1e-4);
    }

    @Test
    void pertWithoutBoundsMatchesMinModeAndMaxFromThreeQuantiles() {
        Pert fit = (Pert) reproduces(Pert.of(1, 2.5, 6), new double[] {0.05, 0.5, 0.95}, "pert", Double.NaN,
                Double.NaN).distribution();
        assertEquals(1, fit.min(), 0.01 * 5);
        assertEquals(2.5, fit.mode(), 0.01 * 5);
        assertEquals(6, fit.max(), 0.01 * 5);
    }

    @Test
    void autoTakesTheLeastSumOfSquares() {
        double[] v = quantiles(LogNormal.of(1.6, 0.45), P);
        List<Match> all = Elicitation.matches(P, v, "auto", Double.NaN, Double.NaN);
        assertEquals(List.of("pert", "lognormal", "normal"), all.stream().map(Match::family).toList());
        Match best = all.stream().min((a, b) -> Double.compare(a.sse(), b.sse())).orElseThrow();
        assertEquals("lognormal", best.family());
        assertTrue(best.sse() < 1e-10, all.toString());
        assertTrue(Elicitation.elicited(P, v, "auto", Double.NaN, Double.NaN).distribution() instanceof LogNormal);
    }

    @Test
    void inconsistentQuantilesGetTheLeastSquaresCompromise() {
        // a normal cannot be skewed: the achieved quantiles differ from the asked ones, and the criterion says so
        double[] v = {2, 5, 12};
        Match m = Elicitation.matches(P, v, "normal", Double.NaN, Double.NaN).get(0);
        assertTrue(m.sse() > 1e-4, m.toString());
        assertEquals(Elicitation.sse(P, v, m.distribution()), m.sse(), 1e-15);
        // a small move of the parameters does not improve it: the criterion is at a minimum
        Normal n = (Normal) m.distribution();
        for (double dm : new double[] {-0.01, 0.01}) {
            assertTrue(Elicitation.sse(P, v, Normal.of(n.mean() + dm, n.sd())) >= m.sse());
            assertTrue(Elicitation.sse(P, v, Normal.of(n.mean(), n.sd() + dm)) >= m.sse());
        }
    }

    @Test
    void refusesInvalidQuantilesWithWhatWouldBeValid() {
        assertRefused(new double[] {0, 0.5}, new double[] {1, 2}, "normal", "strictly between 0 and 1");
        assertRefused(new double[] {0.1, 0.9}, new double[] {5, 2}, "normal", "values must increase");
        assertRefused(new double[] {0.1, 0.9}, new double[] {-1, 2}, "lognormal", "only positive values");
        assertRefused(new double[] {0.1, 0.9}, new double[] {1, 2}, "pert", "needs at least 3 quantiles");
        assertRefused(new double[] {0.5}, new double[] {1}, "normal", "needs at least 2 quantiles");
        assertRefused(new double[] {0.1, 0.9}, new double[] {1, 2}, "beta", "give min and max");
        var outside = assertThrows(IllegalArgumentException.class,
                () -> Elicitation.elicited(new double[] {0.1, 0.9}, new double[] {1, 12}, "beta", 0, 10));
        assertTrue(outside.getMessage().contains("strictly inside the support [0, 10]"), outside.getMessage());
    }

    private static void assertRefused(double[] p, double[] v, String family, String expected) {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Elicitation.elicited(p, v, family, Double.NaN, Double.NaN));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}

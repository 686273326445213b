package fi.foresight.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.BlockPlans;
import fi.foresight.analysis.Tables;
import fi.foresight.sampling.Design;
import fi.foresight.statistics.QuantileSketch;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The conditional tornado of a percentile against closed forms: y = 10 e + x with e ~ Bernoulli(0.1) and
 * x ~ U(0, 1). Given e, y is uniform on [10 e, 10 e + 1], so its p-quantile is 10 e + p; given x in its k-th decile
 * (0-based), y is 10 e + x with x uniform on (k/10, (k+1)/10], and below 10 its distribution function is
 * 0.9 · 10 (t − k/10), so the p-quantile is k/10 + p/9 for p &lt; 0.9.
 *
 * <p>Tolerances: four standard errors of a sample quantile, √(p(1 − p)/n) / f with f the density of y at the
 * quantile within the bin (1 in an event bin, 9 in a decile bin), plus the bin sketch's a priori rank-error bound
 * ({@link QuantileSketch#boundFor}) turned into a value error the same way.
 */
class ConditionalPercentileTest {
    private static final int N = 40_000;

    private static ConditionalTornado tornado(double level, long seed) {
        return MonteCarlo.of(ConditionalTornadoTest.wildCard()).samples(N).seed(seed).conditionalTornado("y")
                .conditionalPercentile(level).run().run("base", "none").conditionalTornado().orElseThrow();
    }

    /** Four standard errors of a sample p-quantile of n values with density f there, plus the sketch's bound. */
    private static double tolerance(double p, long n, double f) {
        return (4 * Math.sqrt(p * (1 - p) / n) + QuantileSketch.boundFor(n, BinnedMoments.SKETCH_K)) / f;
    }

    @Test
    void theEventsSwingIsTenAtEveryPercentile() {
        for (double p : new double[] {0.1, 0.5, 0.9}) {
            ConditionalTornado t = tornado(p, 7);
            assertEquals(p, t.percentile(), 0);
            var bins = t.bins().stream().filter(b -> b.variable().equals("event")).toList();
            for (int e = 0; e < 2; e++) {
                ConditionalBin b = bins.get(e);
                assertEquals(10 * e + p, b.value(), tolerance(p, b.n(), 1), "p" + p + " of y given e = " + e);
            }
            ConditionalSwing ev = t.swing("y", "event");
            assertEquals(1, ev.lowBin());
            assertEquals(2, ev.highBin());
            double tol = Math.hypot(tolerance(p, bins.get(0).n(), 1), tolerance(p, bins.get(1).n(), 1));
            assertEquals(10, ev.swing(), tol, "swing of the event at p" + p);
            if (p < 0.9) {
                // (at p = 0.9 a decile of x has no unique quantile: within it P(y <= t) is exactly 0.9 for all t from
                // the decile's top to 10, so its sample P90 lands anywhere there and x's bar may be as wide)
                assertEquals("event", t.swings("y").get(0).variable(), "the event is the widest bar at p" + p);
            }
        }
    }

    @Test
    void theDecilesOfXGiveTheirClosedFormPercentiles() {
        for (double p : new double[] {0.1, 0.5}) {
            ConditionalTornado t = tornado(p, 11);
            var bins = t.bins().stream().filter(b -> b.variable().equals("x")).toList();
            assertEquals(10, bins.size());
            for (int k = 0; k < 10; k++) {
                ConditionalBin b = bins.get(k);
                assertEquals(k / 10.0 + p / 9, b.value(), tolerance(p, b.n(), 9), "p" + p + " in decile " + (k + 1));
            }
            ConditionalSwing x = t.swing("y", "x");
            assertEquals(1, x.lowBin());
            assertEquals(10, x.highBin());
            assertEquals(0.9, x.swing(), Math.hypot(tolerance(p, bins.get(0).n(), 9), tolerance(p, bins.get(9).n(), 9)));
        }
    }

    @Test
    void tablesNameThePercentileAndAreByteIdenticalOnOneAndTwoThreadsAndInTaskForm() {
        MonteCarlo one = MonteCarlo.of(ConditionalTornadoTest.wildCard()).samples(20_000).blockSize(1024).seed(4)
                .threads(1).design(Design.LATIN_HYPERCUBE).conditionalTornado("y").conditionalPercentile(0.9);
        MonteCarlo two = MonteCarlo.of(ConditionalTornadoTest.wildCard()).samples(20_000).blockSize(1024).seed(4)
                .threads(2).design(Design.LATIN_HYPERCUBE).conditionalTornado("y").conditionalPercentile(0.9);
        MonteCarloResult a = one.run();
        var bins = a.tables().stream().filter(tb -> tb.name().equals("tornado-conditional")).findFirst().orElseThrow();
        var swings = a.tables().stream().filter(tb -> tb.name().equals("tornado-conditional-swing")).findFirst()
                .orElseThrow();
        assertEquals(List.of("scenario", "lever", "outcome", "driver", "bin", "from", "to", "n", "mean", "se", "p90"),
                bins.columnNames());
        assertTrue(swings.columnNames().containsAll(List.of("low_p90", "high_p90")), swings.columnNames().toString());
        assertEquals(Tables.csv(a), Tables.csv(two.run()));
        assertEquals(Tables.csv(a), Tables.csv(BlockPlans.inPieces(one.blocks(), 3)));
    }

    @Test
    void namesAndBadLevels() {
        assertEquals("mean", ConditionalTornado.name(Double.NaN));
        assertEquals("p90", ConditionalTornado.name(0.9));
        assertEquals("p2.5", ConditionalTornado.name(0.025));
        var e = assertThrows(IllegalArgumentException.class,
                () -> MonteCarlo.of(ConditionalTornadoTest.wildCard()).conditionalPercentile(1));
        assertTrue(e.getMessage().contains("strictly between 0 and 1"), e.getMessage());
    }
}

package fi.foresight.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.BlockPlans;
import fi.foresight.analysis.Tables;
import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import fi.foresight.sampling.Design;
import fi.foresight.sensitivity.Tornado;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conditional tornado computed alongside a Monte Carlo run: closed forms, determinism, task form. */
class ConditionalTornadoTest {
    /** y = 10 e + x with a rare event e ~ Bernoulli(0.1) and x ~ U(0, 1). */
    static Model wildCard() {
        return Model.builder("wild")
                .variable("event", Bernoulli.of(0.1)).variable("x", Uniform.of(0, 1))
                .outcome("y", "10 * event + x")
                .build();
    }

    private static ConditionalTornado tornado(MonteCarloResult r) {
        return r.run("base", "none").conditionalTornado().orElseThrow();
    }

    @Test
    void aRareEventSwingsTheOutcomeByItsFullEffectWhereTheOneAtATimeTornadoSeesNothing() {
        MonteCarloResult r = MonteCarlo.of(wildCard()).samples(40_000).seed(7).conditionalTornado("y").run();
        ConditionalTornado t = tornado(r);
        ConditionalSwing ev = t.swing("y", "event");
        var bins = t.bins().stream().filter(b -> b.variable().equals("event")).toList();
        assertEquals(2, bins.size());
        // E[y | e = 1] - E[y | e = 0] = 10 exactly; the estimate's error is that of two bin means
        double se = Math.hypot(bins.get(0).se(), bins.get(1).se());
        assertEquals(10, ev.swing(), 4 * se);
        assertEquals(1, ev.lowBin());
        assertEquals(2, ev.highBin());
        assertTrue(ev.valueBins());
        assertEquals(0, bins.get(0).lower(), 0);
        assertEquals(1, bins.get(1).upper(), 0);
        long n1 = bins.get(1).n();
        assertEquals(0.1 * 40_000, n1, 4 * Math.sqrt(40_000 * 0.09));
        // x: decile means 1 + (k + 0.5) / 10, so the first and last deciles are 0.9 apart
        ConditionalSwing x = t.swing("y", "x");
        assertEquals(1, x.lowBin());
        assertEquals(10, x.highBin());
        var xb = t.bins().stream().filter(b -> b.variable().equals("x")).toList();
        assertEquals(10, xb.size());
        assertEquals(0.9, x.swing(), 4 * Math.hypot(xb.get(0).se(), xb.get(9).se()));
        assertEquals(0.3, xb.get(3).lower(), 1e-12);
        assertEquals(0.4, xb.get(3).upper(), 1e-12);
        assertEquals(List.of("event", "x"), t.swings("y").stream().map(ConditionalSwing::variable).toList());
        // the one-at-a-time tornado swings e from P10 = 0 to P90 = 0: nothing
        assertEquals(0, Tornado.of(wildCard()).run().swing("y", "event").swing(), 0);
    }

    @Test
    void aDiscreteInputGetsOneBinPerValueAndCorrelationFreeMeansMatchTheClosedForm() {
        Model m = Model.builder("disc")
                .variable("v", Discrete.of(new double[] {0, 1, 2}, new double[] {0.5, 0.2, 0.3}))
                .variable("x", Uniform.of(0, 1))
                .outcome("y", "3 * v * v + x")
                .build();
        ConditionalTornado t = tornado(MonteCarlo.of(m).samples(30_000).seed(2).conditionalTornado("y").run());
        var bins = t.bins().stream().filter(b -> b.variable().equals("v")).toList();
        assertEquals(3, bins.size());
        double[] expected = {0.5, 3.5, 12.5};
        for (int k = 0; k < 3; k++) {
            assertEquals(expected[k], bins.get(k).mean(), 4 * bins.get(k).se());
            assertEquals(k, bins.get(k).lower(), 0);
        }
        assertEquals(12, t.swing("y", "v").swing(), 4 * Math.hypot(bins.get(0).se(), bins.get(2).se()));
    }

    @Test
    void tablesAreByteIdenticalOnOneAndTwoThreadsAndInTaskForm() {
        MonteCarlo one = MonteCarlo.of(wildCard()).samples(9000).blockSize(256).seed(4).threads(1)
                .design(Design.LATIN_HYPERCUBE).conditionalTornado("y");
        MonteCarlo two = MonteCarlo.of(wildCard()).samples(9000).blockSize(256).seed(4).threads(2)
                .design(Design.LATIN_HYPERCUBE).conditionalTornado("y");
        MonteCarloResult a = one.run();
        MonteCarloResult b = two.run();
        var names = a.tables().stream().map(tb -> tb.name()).toList();
        assertTrue(names.contains("tornado-conditional"), names.toString());
        assertTrue(names.contains("tornado-conditional-swing"), names.toString());
        assertEquals(Tables.csv(a), Tables.csv(b));
        assertEquals(Tables.csv(a), Tables.csv(BlockPlans.inPieces(one.blocks(), 3)));
    }

    @Test
    void withoutTheOptionThereIsNoConditionalTornadoAndUnknownOutcomesAreRefused() {
        MonteCarloResult r = MonteCarlo.of(wildCard()).samples(100).run();
        assertFalse(r.run("base", "none").conditionalTornado().isPresent());
        assertFalse(r.tables().stream().anyMatch(tb -> tb.name().startsWith("tornado-conditional")));
        var e = assertThrows(IllegalArgumentException.class, () -> MonteCarlo.of(wildCard()).conditionalTornado("z"));
        assertTrue(e.getMessage().contains("unknown outcome column 'z'"), e.getMessage());
    }
}

package fi.foresight.job.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.Finding;
import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.sensitivity.Swing;
import fi.foresight.sensitivity.Tornado;
import fi.foresight.sensitivity.TornadoResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rare event is never silently absent: the conditional tornado names it, and the spider keeps its line. */
class ConditionalTornadoReportTest {
    /** y = 10 · wild_card + x + 0.5 z: the wild card (chance 0.1) matters most, though P10 = P90 = 0. */
    private static Model wildCard() {
        return Model.builder("wild")
                .variable("wild_card", Bernoulli.of(0.1)).variable("x", Uniform.of(0, 1)).variable("z", Uniform.of(0, 1))
                .variable("w", Uniform.of(0, 1))
                .outcome("y", "10 * wild_card + x + 0.5 * z + 0.25 * w")
                .build();
    }

    @Test
    void theHiddenEventLeadsTheAssumptionsWithItsMeansWithAndWithout() {
        MonteCarloResult r = MonteCarlo.of(wildCard()).samples(20_000).seed(3).conditionalTornado("y").run();
        List<Finding> found = ConditionalTornadoReport.findings(r);
        Finding hidden = found.stream().filter(f -> f.key().equals("tornado.conditional.hidden_event")).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals("wild_card", hidden.arguments().get("variable"));
        assertEquals(0.1, (double) hidden.arguments().get("probability"), 0);
        // with the event: 10 + E[x + 0.5 z + 0.25 w] = 10.875; without: 0.875 (se about 0.02 with 2,000 draws)
        assertEquals(10.875, (double) hidden.arguments().get("with"), 0.04);
        assertEquals(0.875, (double) hidden.arguments().get("without"), 0.015);
        assertTrue(hidden.rank() < 10, "ahead of the sensitivity analyses' own summaries");
        Finding top = found.stream().filter(f -> f.key().startsWith("tornado.conditional.top_inputs.")).findFirst()
                .orElseThrow();
        assertEquals("wild_card", top.arguments().get("variable_1"));
        assertEquals(1, ConditionalTornadoReport.charts(r).size());
    }

    @Test
    void theSpiderKeepsTheRareEventsLineThoughItsTornadoSwingIsZero() {
        TornadoResult t = Tornado.of(wildCard()).run();
        List<Swing> swings = t.swings("y");
        assertEquals(0, t.swing("y", "wild_card").swing(), 0);
        List<String> lines = TornadoReport.spiderInputs(t, "y", swings).stream().map(Swing::variable).toList();
        // its 95th percentile is 1, so the outcome spans 10 over the spider's percentiles
        assertEquals("wild_card", lines.get(0));
        assertEquals(List.of("wild_card", "x", "z"), lines);
    }

    @Test
    void aPrecisionGoalGivesOneFindingSayingWhetherItWasReached() {
        MonteCarloResult r = MonteCarlo.of(wildCard()).blockSize(256).seed(2)
                .precision(fi.foresight.montecarlo.PrecisionGoal.mean("y", 0.05, 100_000)).run();
        List<Finding> found = ConditionalTornadoReport.precisionFindings(r);
        assertEquals(1, found.size());
        assertEquals("montecarlo.precision.reached", found.get(0).key());
        assertTrue((double) found.get(0).arguments().get("se") <= 0.05);
    }
}

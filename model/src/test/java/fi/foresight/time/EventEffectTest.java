package fi.foresight.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.Finding;
import fi.foresight.analysis.Tables;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.Model;
import fi.foresight.model.TimeEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A wild card's effect at the horizon's end, from the trajectories already drawn. */
class EventEffectTest {
    private static final int N = 20_000;

    /**
     * A rare wild card (chance 0.15 within the horizon, any year 2019–2030 equally likely, so 0.15 · 7/12 by 2025)
     * sets the market x ~ U(0, 1) to 0; y = 10 x.
     */
    private static Model wildCard() {
        return Model.builder("wild").horizon(2019, 2025)
                .variable(Driver.of("x", Uniform.of(0, 1)))
                .event(TimeEvent.of("closure", Uniform.of(2019, 2031)).probability(0.15).set("x", 0))
                .outcome("y", "10 * x")
                .build();
    }

    @Test
    void theEffectIsTheDifferenceOfTheMeansWithAndWithoutTheEventByTheEnd() {
        TrajectoryResult r = Trajectories.of(wildCard()).samples(N).seed(3).threads(2).run();
        EventEffect e = r.run("base", "none").eventEffects().get(0);
        assertEquals("closure", e.event());
        assertEquals(2025, e.year());
        double share = 0.15 * 7 / 12;
        assertEquals(share, e.share(), 5 * Math.sqrt(share * (1 - share) / N));
        assertEquals(0, e.with().mean(), 0);
        // without the event y = 10 x, mean 5; with it 0: the effect is -5 within its standard error
        assertEquals(-5, e.effect(), 4 * e.se());
        List<Finding> found = r.findings().stream().filter(f -> f.key().equals("trajectories.event_effect")).toList();
        assertEquals(1, found.size());
        assertEquals("closure", found.get(0).arguments().get("event"));
        assertTrue(r.tables().stream().anyMatch(t -> t.name().equals("trajectories-events")));
    }

    @Test
    void eventTablesAreByteIdenticalOnOneAndTwoThreads() {
        TrajectoryResult a = Trajectories.of(wildCard()).samples(5000).seed(8).threads(1).run();
        TrajectoryResult b = Trajectories.of(wildCard()).samples(5000).seed(8).threads(2).run();
        assertEquals(Tables.csv(a), Tables.csv(b));
    }

    @Test
    void anEventWithoutEffectGivesNoFinding() {
        Model m = Model.builder("idle").horizon(2019, 2025)
                .variable(Driver.of("x", Uniform.of(0, 1))).variable(Driver.of("z", Uniform.of(0, 1)))
                .event(TimeEvent.of("elsewhere", Uniform.of(2019, 2026)).probability(0.5).set("z", 0))
                .outcome("y", "10 * x")
                .build();
        TrajectoryResult r = Trajectories.of(m).samples(N).seed(5).threads(1).run();
        assertTrue(r.findings().stream().noneMatch(f -> f.key().equals("trajectories.event_effect")));
    }
}

package fi.foresight.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.foresight.model.Model;
import fi.foresight.sampling.Design;
import org.junit.jupiter.api.Test;

/** The same seed gives bit-identical trajectories on any number of threads. */
class DeterminismTest {

    private static TrajectoryResult run(Model m, int threads, long seed, Design design) {
        return Trajectories.of(m).samples(18_000).blockSize(2048).seed(seed).threads(threads).design(design).run();
    }

    private static TrajectoryResult run(Model m, int threads, long seed, Design design, String scenario, String lever) {
        return Trajectories.of(m).samples(10_000).blockSize(1024).seed(seed).threads(threads).design(design)
                .scenarios(scenario).levers(lever).run();
    }

    @Test
    void identicalForOneTwoAndFiveThreads() {
        Model m = TimeModels.everything();
        TrajectoryResult one = run(m, 1, 42, Design.MONTE_CARLO);
        TrajectoryResult two = run(m, 2, 42, Design.MONTE_CARLO);
        TrajectoryResult five = run(m, 5, 42, Design.MONTE_CARLO);
        assertEquals(4, one.runs().size(), "2 scenarios x 2 levers");
        assertEquals(one.runs(), two.runs());
        assertEquals(one.runs(), five.runs());
        assertEquals(one.trajectories().print(), five.trajectories().print());
        assertEquals(one.firstPassage().print(), five.firstPassage().print());
        // beyond the exact-quantile limit the sketch is in use: still identical
        assertEquals(false, one.outcome("base", "none", "smes").years().get(0).exact());
    }

    @Test
    void identicalWithLatinHypercubeAndDifferentForAnotherSeed() {
        Model m = TimeModels.everything();
        TrajectoryResult a = run(m, 1, 7, Design.LATIN_HYPERCUBE, "open", "network");
        TrajectoryResult b = run(m, 3, 7, Design.LATIN_HYPERCUBE, "open", "network");
        assertEquals(a.runs(), b.runs());
        assertNotEquals(a.runs(), run(m, 2, 8, Design.LATIN_HYPERCUBE, "open", "network").runs());
    }
}

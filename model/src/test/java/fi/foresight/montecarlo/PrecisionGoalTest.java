package fi.foresight.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.BlockPlans;
import fi.foresight.analysis.Tables;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import fi.foresight.model.Target;
import org.junit.jupiter.api.Test;

/** A standard-error goal stops each run once the asked standard error is reached, not much later. */
class PrecisionGoalTest {
    private static Model uniform(double max) {
        return Model.builder("u").variable("x", Uniform.of(0, max)).outcome("y", "x")
                .target(Target.atLeast("y", max / 2)).build();
    }

    private static PrecisionCheck check(MonteCarloResult r) {
        return r.run("base", "none").precisionCheck().orElseThrow();
    }

    @Test
    void theMeanStopsOnceItsStandardErrorIsReachedWithinABlockOfTheNeededSamples() {
        // sd of U(0, 12) is sqrt(12), so se 0.02 needs 12 / 0.02^2 = 30,000 samples
        var r = MonteCarlo.of(uniform(12)).blockSize(512).seed(3)
                .precision(PrecisionGoal.mean("y", 0.02, 1_000_000)).run();
        PrecisionCheck c = check(r);
        assertTrue(c.reached());
        assertTrue(c.se() <= 0.02, "se " + c.se());
        assertEquals(Stop.Reason.PRECISION, r.run("base", "none").stop().reason());
        assertEquals(c.samples(), r.run("base", "none").samples());
        assertTrue(c.samples() >= 27_000 && c.samples() <= 33_000 + 512, "samples " + c.samples());
        assertEquals(r.statistics("base", "none", "y").se(), c.se(), 0);
        assertEquals("mean", c.statistic());
    }

    @Test
    void aPercentileStopsAtTheOrderStatisticsStandardError() {
        // se of the 90th percentile of U(0, 1): sqrt(0.9 * 0.1 / n) / density 1, so 0.005 needs 3,600 samples
        var r = MonteCarlo.of(uniform(1)).blockSize(128).seed(8)
                .precision(new PrecisionGoal("y", PrecisionGoal.Statistic.PERCENTILE, 0.9, 0.005, 1_000_000)).run();
        PrecisionCheck c = check(r);
        assertTrue(c.reached() && c.se() <= 0.005, "se " + c.se());
        assertTrue(c.samples() >= 2_400 && c.samples() <= 5_400, "samples " + c.samples());
        assertEquals(0.9, c.estimate(), 4 * 0.005);
        assertEquals("p90", c.statistic());
    }

    @Test
    void theChanceOfATargetStopsAtItsBinomialStandardError() {
        // P(y >= 0.5) = 0.5, se 0.5 / sqrt(n + 4) <= 0.01 from n = 2,496
        var r = MonteCarlo.of(uniform(1)).blockSize(64).seed(5)
                .precision(new PrecisionGoal("y", PrecisionGoal.Statistic.EXCEEDANCE, Double.NaN, 0.01, 100_000)).run();
        PrecisionCheck c = check(r);
        assertTrue(c.reached() && c.se() <= 0.01, "se " + c.se());
        assertTrue(c.samples() >= 2_200 && c.samples() <= 2_496 + 64, "samples " + c.samples());
        assertEquals(0.5, c.estimate(), 0.04);
    }

    @Test
    void anUnreachableGoalStopsAtTheMaximumAndSaysSo() {
        var r = MonteCarlo.of(uniform(1)).blockSize(64).precision(PrecisionGoal.mean("y", 1e-6, 1000)).run();
        PrecisionCheck c = check(r);
        assertFalse(c.reached());
        assertEquals(1000, c.samples());
        assertEquals(Stop.Reason.MAX_SAMPLES, r.run("base", "none").stop().reason());
        assertTrue(r.tables().stream().anyMatch(t -> t.name().equals("montecarlo-precision")));
    }

    @Test
    void theStopIsTheSameOnOneAndTwoThreadsAndInTaskForm() {
        PrecisionGoal g = new PrecisionGoal("y", PrecisionGoal.Statistic.PERCENTILE, 0.75, 0.004, 200_000);
        MonteCarlo one = MonteCarlo.of(uniform(1)).blockSize(100).seed(9).threads(1).precision(g);
        MonteCarlo two = MonteCarlo.of(uniform(1)).blockSize(100).seed(9).threads(2).precision(g);
        MonteCarloResult a = one.run();
        assertEquals(Tables.csv(a), Tables.csv(two.run()));
        assertEquals(Tables.csv(a), Tables.csv(BlockPlans.inPieces(one.blocks(), 4)));
    }

    @Test
    void badGoalsAreRefusedWithClearMessages() {
        Model noTarget = Model.builder("n").variable("x", Uniform.of(0, 1)).outcome("y", "x").build();
        var e = assertThrows(IllegalArgumentException.class, () -> MonteCarlo.of(noTarget)
                .precision(new PrecisionGoal("y", PrecisionGoal.Statistic.EXCEEDANCE, Double.NaN, 0.01, 1000)));
        assertTrue(e.getMessage().contains("no target"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> MonteCarlo.of(noTarget).precision(PrecisionGoal.mean("z", 0.01, 1000)));
        assertTrue(e.getMessage().contains("unknown outcome column 'z'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PrecisionGoal.mean("y", 0, 1000));
        assertTrue(e.getMessage().contains("positive"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new PrecisionGoal("y", PrecisionGoal.Statistic.PERCENTILE, 1.5, 0.1, 1000));
        assertTrue(e.getMessage().contains("(0, 1)"), e.getMessage());
    }
}

package fi.foresight.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Normal;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class GoalSeekTest {
    private static final int N = 40_000;
    private static final double P = 0.8;
    /** P(z + s >= 1) = Phi(s - 1) >= 0.8 from s = 1 + Phi^-1(0.8). */
    private static final double THRESHOLD = 1 + new NormalDistribution().inverseCumulativeProbability(P);
    /** Monte Carlo error of the threshold: sd of the estimated probability over the density at the threshold. */
    private static final double MC_SE = Math.sqrt(P * (1 - P) / N) / new NormalDistribution().density(THRESHOLD - 1);

    static Model linear() {
        return Model.builder("linear").variable("z", Normal.of(0, 1)).variable("a", Fixed.of(0))
                .outcome("y", "z + a").lever(Lever.of("push").shift("a", 1))
                .lever(Lever.of("fixed").set("a", Fixed.of(1))).build();
    }

    @Test
    void theLeverStrengthIsTheAnalyticThreshold() {
        GoalSeekResult r = GoalSeek.of(linear()).lever("push").target(Target.atLeast("y", 1)).probability(P)
                .scenarios("base").range(0, 3).samples(N).seed(11).run();
        var row = r.rows().get(0);
        assertEquals(GoalSeekResult.REACHED, row.status());
        assertEquals(THRESHOLD, row.answer(), r.tolerance() + 3 * MC_SE, row.toString());
        assertTrue(row.bracketHigh() - row.bracketLow() <= r.tolerance());
        assertTrue(row.probabilityAtAnswer() >= P);
    }

    @Test
    void theDriverValueIsTheAnalyticThresholdToo() {
        GoalSeekResult r = GoalSeek.of(linear()).driver("a").target(Target.atLeast("y", 1)).probability(P)
                .scenarios("base").range(-1, 3).tolerance(1e-3).samples(N).seed(12).run();
        assertEquals(THRESHOLD, r.rows().get(0).answer(), 1e-3 + 3 * MC_SE);
    }

    @Test
    void outOfRangeIsAnAnswerNotAnError() {
        Model m = linear().withScenarios(java.util.List.of(Scenario.of("high").shift("z", 5)));
        GoalSeekResult r = GoalSeek.of(m).lever("push").target(Target.atLeast("y", 1)).probability(P)
                .scenarios("base", "high").range(0, 1).samples(2000).seed(1).run();
        assertEquals(GoalSeekResult.NOT_REACHABLE, r.rows().get(0).status());
        assertTrue(Double.isNaN(r.rows().get(0).answer()));
        assertEquals(GoalSeekResult.MET_AT_LOWER, r.rows().get(1).status());
        assertEquals(0, r.rows().get(1).answer());
        assertTrue(RobustnessTest.csv(r.tables().get(0)).contains(",not_reachable,"));
        assertEquals("goal_seek.not_reachable.lever", r.findings().get(0).key());
    }

    @Test
    void aLeverThatReplacesADistributionHasNoStrength() {
        var e = assertThrows(IllegalArgumentException.class, () -> GoalSeek.of(linear()).lever("fixed"));
        assertTrue(e.getMessage().contains("driver: a"), e.getMessage());
    }

    @Test
    void changesToTheBuilderDuringTheSearchDoNotReachIt() {
        GoalSeek seek = GoalSeek.of(linear()).lever("push").target(Target.atLeast("y", 1)).probability(P)
                .scenarios("base").range(0, 3).samples(4000).seed(11);
        GoalSeekResult expected = GoalSeek.of(linear()).lever("push").target(Target.atLeast("y", 1)).probability(P)
                .scenarios("base").range(0, 3).samples(4000).seed(11).run();
        var rounds = new java.util.concurrent.atomic.AtomicInteger();
        GoalSeekResult r = seek.run(study -> {
            if (rounds.getAndIncrement() == 0) {   // after the first round, change every setting
                seek.probability(0.2).range(-1, 1).tolerance(0.5).samples(1000).seed(99)
                        .target(Target.atLeast("y", 3)).threads(2);
            }
            return study.configure(linear()).run();
        });
        assertEquals(expected.rows(), r.rows());
        assertEquals(RobustnessTest.csv(expected.tables().get(0)), RobustnessTest.csv(r.tables().get(0)));
        GoalSeekResult changed = seek.run();
        assertTrue(!changed.rows().equals(expected.rows()), "the changed settings must give another answer");
    }
}

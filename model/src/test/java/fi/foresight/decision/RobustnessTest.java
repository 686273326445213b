package fi.foresight.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Normal;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RobustnessTest {
    /** Scenario A: x 10, y 8, z 4; scenario B: x 2, y 6, z 7 (means); computed by hand below. */
    private static final double[][] MEANS = {{10, 8, 4}, {2, 6, 7}};

    @Test
    void regretWorstMeanAndSatisficingByHand() {
        double[][] met = {{0.9, 0.7, 0.2}, {0.1, 0.6, 0.8}};
        var m = RobustnessMetrics.of(List.of("A", "B"), List.of("x", "y", "z"), MEANS, met, null, true);
        // best in A = 10, in B = 7: regret A = (0, 2, 6), B = (5, 1, 0)
        assertArrayEquals(new double[] {0, 2, 6}, m.regret()[0]);
        assertArrayEquals(new double[] {5, 1, 0}, m.regret()[1]);
        assertArrayEquals(new double[] {5, 2, 6}, m.maxRegret());
        assertArrayEquals(new int[] {1, 0, 0}, m.maxRegretScenario());
        assertArrayEquals(new double[] {2, 6, 4}, m.worst());
        assertArrayEquals(new double[] {6, 7, 5.5}, m.mean());
        assertArrayEquals(new double[] {0.5, 0.65, 0.5}, m.satisficing(), 1e-12);
        assertArrayEquals(new int[] {2, 1, 3}, m.rankRegret());
        assertArrayEquals(new int[] {3, 1, 2}, m.rankWorst());
        assertArrayEquals(new int[] {2, 1, 2 + 1}, m.rankSatisficing());
        assertEquals(1, m.robust());
        var weighted = RobustnessMetrics.of(List.of("A", "B"), List.of("x", "y", "z"), MEANS, met, new double[] {3, 1}, true);
        assertArrayEquals(new double[] {8, 7.5, 4.75}, weighted.mean(), 1e-12);
        assertArrayEquals(new double[] {5, 2, 6}, weighted.maxRegret(), "weights do not change regret");
    }

    @Test
    void minimisingTurnsRegretAround() {
        var m = RobustnessMetrics.of(List.of("A", "B"), List.of("x", "y", "z"), MEANS, null, null, false);
        // best (lowest) in A = 4, in B = 2: regret A = (6, 4, 0), B = (0, 4, 5)
        assertArrayEquals(new double[] {6, 4, 5}, m.maxRegret());
        assertArrayEquals(new double[] {10, 8, 7}, m.worst());
        assertEquals(1, m.robust());
        assertTrue(Double.isNaN(m.satisficing()[0]));
    }

    /** The hand table as a model: y = a s1 + b s2, scenario A sets s1 = 1, B sets s2 = 1, levers shift a and b. */
    static Model handModel() {
        return Model.builder("hand")
                .variable("a", Fixed.of(0)).variable("b", Fixed.of(0))
                .variable("s1", Fixed.of(0)).variable("s2", Fixed.of(0))
                .outcome("y", "a * s1 + b * s2")
                .scenario(Scenario.of("A").set("s1", 1)).scenario(Scenario.of("B").set("s2", 1))
                .lever(Lever.of("x").shift("a", 10).shift("b", 2))
                .lever(Lever.of("y").shift("a", 8).shift("b", 6))
                .lever(Lever.of("z").shift("a", 4).shift("b", 7))
                .build();
    }

    @Test
    void theHandTableThroughTheSimulation() {
        RobustnessResult r = Robustness.of(handModel()).outcome("y").target(Target.atLeast("y", 5))
                .scenarios("A", "B").levers("x", "y", "z").samples(100).seed(1).run();
        assertArrayEquals(new double[] {5, 2, 6}, r.metrics().maxRegret());
        // y >= 5: A meets x, y; B meets y, z
        assertArrayEquals(new double[] {0.5, 1, 0.5}, r.metrics().satisficing());
        assertEquals("y", r.metrics().levers().get(r.metrics().robust()));
        assertEquals("robustness.robust_lever.target", r.findings().get(0).key());
        String csv = csv(r.tables().get(0));
        assertTrue(csv.startsWith("lever,outcome,direction,mean,worst,worst_scenario,max_regret,max_regret_scenario,"
                + "satisficing,rank_mean,rank_worst,rank_regret,rank_satisficing"), csv);
        RobustnessResult none = Robustness.of(handModel()).outcome("y").target(null).scenarios("A", "B")
                .levers("x", "y", "z").samples(10).run();
        assertTrue(csv(none.tables().get(0)).contains("x,y,maximise,6.0,2.0,B,5.0,B,,"), csv(none.tables().get(0)));
    }

    @Test
    void sameTablesForOneAndTwoThreads() {
        Model m = Model.builder("noisy").variable("u", Normal.of(0, 1)).variable("k", Fixed.of(1))
                .outcome("y", "k * u + u^2")
                .scenario(Scenario.of("wide").shift("u", 0.5))
                .lever(Lever.of("up").scale("k", 2)).lever(Lever.of("down").shift("k", -1)).build();
        String one = csv(Robustness.of(m).outcome("y").samples(5000).seed(9).threads(1).run().tables().get(1));
        String two = csv(Robustness.of(m).outcome("y").samples(5000).seed(9).threads(2).run().tables().get(1));
        assertEquals(one, two);
    }

    static String csv(Table t) {
        var w = new StringWriter();
        t.write().csv(w);
        return w.toString();
    }
}

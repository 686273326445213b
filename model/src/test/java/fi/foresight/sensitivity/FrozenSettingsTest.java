package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.LocalPlans;
import fi.foresight.model.Model;
import org.junit.jupiter.api.Test;

/**
 * A plan keeps the settings its builder had when {@code blocks()} was called (issue 14, item 3): changing every
 * setting of the builder afterwards leaves the plan's merged result as it was. Each test also shows that the changed
 * settings do give another result, so it would fail if the plan read the builder at merge time.
 */
class FrozenSettingsTest {
    private static final Model ISHIGAMI = TestModels.ishigami();

    @Test
    void sobolPlanKeepsItsSettings() {
        Sobol sobol = Sobol.of(ISHIGAMI).samples(512).seed(3).replicates(4).confidence(0.9).threads(1);
        BlockPlan<SobolResult> plan = sobol.blocks();
        sobol.samples(256).seed(4).bootstrap(50).confidence(0.5).secondOrder(true).monteCarlo().threads(2);

        String fromPlan = LocalPlans.run(plan, 2, "test").table().printAll();
        String fresh = Sobol.of(ISHIGAMI).samples(512).seed(3).replicates(4).confidence(0.9).threads(1).run()
                .table().printAll();
        assertEquals(fresh, fromPlan);
        assertNotEquals(fresh, sobol.run().table().printAll(), "the changed settings must give other numbers");
    }

    @Test
    void sobolIntervalsAreThoseOfThePlansConfidence() {
        Sobol sobol = Sobol.of(ISHIGAMI).samples(512).seed(3).confidence(0.9);
        BlockPlan<SobolResult> plan = sobol.blocks();
        sobol.confidence(0.5);
        assertEquals(Sobol.of(ISHIGAMI).samples(512).seed(3).confidence(0.9).run().table().printAll(),
                LocalPlans.run(plan, 1, "test").table().printAll());
    }

    @Test
    void morrisPlanKeepsItsSettings() {
        Morris morris = Morris.of(ISHIGAMI).trajectories(20).levels(4).seed(5).bootstrap(200).confidence(0.9);
        BlockPlan<MorrisResult> plan = morris.blocks();
        morris.trajectories(10).levels(6).seed(6).bootstrap(100).confidence(0.5).tails(0.01).threads(2);

        String fromPlan = LocalPlans.run(plan, 2, "test").table().printAll();
        String fresh = Morris.of(ISHIGAMI).trajectories(20).levels(4).seed(5).bootstrap(200).confidence(0.9).run()
                .table().printAll();
        assertEquals(fresh, fromPlan);
        assertNotEquals(fresh, morris.run().table().printAll(), "the changed settings must give other numbers");
    }

    @Test
    void morrisIntervalsAreThoseOfThePlansConfidence() {
        Morris morris = Morris.of(ISHIGAMI).trajectories(20).seed(5).bootstrap(200).confidence(0.9);
        BlockPlan<MorrisResult> plan = morris.blocks();
        morris.confidence(0.5).bootstrap(50);
        assertEquals(Morris.of(ISHIGAMI).trajectories(20).seed(5).bootstrap(200).confidence(0.9).run().table()
                .printAll(), LocalPlans.run(plan, 1, "test").table().printAll());
    }

    @Test
    void runGivesTheSameTablesOnOneAndTwoThreads() {
        assertEquals(Sobol.of(ISHIGAMI).samples(1024).seed(8).threads(1).run().table().printAll(),
                Sobol.of(ISHIGAMI).samples(1024).seed(8).threads(2).run().table().printAll());
        assertEquals(Morris.of(ISHIGAMI).trajectories(40).seed(8).threads(1).run().table().printAll(),
                Morris.of(ISHIGAMI).trajectories(40).seed(8).threads(2).run().table().printAll());
    }
}

package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.BlockPlans;
import fi.foresight.analysis.Tables;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import org.junit.jupiter.api.Test;

/** Sobol' and Morris as tasks merge into exactly the results of their own runs. */
class SensitivityBlocksTest {

    @Test
    void sobolSequenceDesignWithSecondOrderForAnyCut() {
        Sobol sobol = Sobol.of(TestModels.ishigami()).samples(1 << 13).secondOrder(true).bootstrap(20).seed(9);
        String local = Tables.csv(sobol.run());
        BlockPlan<SobolResult> plan = sobol.blocks();
        assertEquals(8, plan.tasks());
        for (int pieces : new int[] {1, 3, 8}) {
            assertEquals(local, Tables.csv(BlockPlans.inPieces(plan, pieces)), pieces + " pieces");
        }
    }

    @Test
    void monteCarloDesignWithCorrelatedDriversAndAShortLastBlock() {
        Model m = Model.builder("corr")
                .variable("a", Uniform.of(0, 1))
                .variable("b", Normal.of(0, 1))
                .variable("c", Uniform.of(-1, 1))
                .correlation("a", "b", 0.5)
                .outcome("y", "a + 2 * b * c")
                .outcome("z", "a * c")
                .build();
        Sobol sobol = Sobol.of(m).monteCarlo().samples(5000).bootstrap(10).seed(4).threads(2);
        String local = Tables.csv(sobol.run());
        BlockPlan<SobolResult> plan = sobol.blocks();
        assertEquals(5, plan.tasks());
        assertEquals(local, Tables.csv(BlockPlans.inPieces(plan, 2)));
        assertEquals(local, Tables.csv(BlockPlans.inPieces(plan, 5)));
    }

    @Test
    void morrisWithOptimisedTrajectoriesForAnyCut() {
        // 9 inputs: 409 trajectories per block, so 1000 trajectories are 3 blocks
        Model g = TestModels.gFunction(0, 1, 4.5, 9, 99, 99, 99, 99, 99);
        Morris morris = Morris.of(g).trajectories(1000).optimisedFrom(1010).bootstrap(50).seed(2);
        String local = Tables.csv(morris.run());
        BlockPlan<MorrisResult> plan = morris.blocks();
        assertEquals(3, plan.tasks());
        for (int pieces : new int[] {1, 2, 3}) {
            assertEquals(local, Tables.csv(BlockPlans.inPieces(plan, pieces)), pieces + " pieces");
        }
    }

    @Test
    void partialsMustArriveInOrder() {
        BlockPlan<SobolResult> plan = Sobol.of(TestModels.ishigami()).samples(4096).blocks();
        var m = plan.merger();
        assertThrows(IllegalStateException.class, () -> m.accept(2, plan.worker().compute(2)));
        assertThrows(IllegalArgumentException.class, () -> m.accept(0, plan.worker().compute(1)));
        assertThrows(IllegalStateException.class, m::result);
    }
}

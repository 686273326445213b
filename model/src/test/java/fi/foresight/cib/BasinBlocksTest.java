package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibMatrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.BlockPlans;
import fi.foresight.analysis.Tables;
import org.junit.jupiter.api.Test;

/** Monte Carlo succession basins as tasks merge into exactly the basins of Cib.basins(runs, seed). */
class BasinBlocksTest {

    @Test
    void scenarioWizardSampleForAnyCut() {
        CrossImpactSystem s = CibFixtures.read("CIB_global");
        long runs = 20 * 8192 + 123;
        Basins local = Cib.of(s).threads(2).basins(runs, 2024L);
        BlockPlan<Basins> plan = BasinBlocks.of(s.matrix(), runs, 2024L);
        assertEquals(21, plan.tasks());
        for (int pieces : new int[] {1, 3, 21}) {
            Basins b = BlockPlans.inPieces(plan, pieces);
            assertEquals(local, b);
            assertEquals(Tables.csv(java.util.List.of(local.table())), Tables.csv(java.util.List.of(b.table())));
            assertEquals(Tables.csv(Cib.of(s).consistent(local)), Tables.csv(Cib.of(s).consistent(b)));
        }
    }

    @Test
    void cyclesAreTheSameAttractorsWhicheverWorkerFoundThem() {
        CrossImpactSystem s = CibFixtures.twoByTwo();
        Basins local = Cib.of(s).basins(3 * 8192, 1L);
        assertTrue(!local.cycles().isEmpty());
        assertEquals(local, BlockPlans.inPieces(BasinBlocks.of(s.matrix(), 3 * 8192, 1L), 3));
    }

    @Test
    void invalidRunsAndTasksAreRejected() {
        CibMatrix m = CibFixtures.twoByTwo().matrix();
        assertThrows(IllegalArgumentException.class, () -> BasinBlocks.of(m, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> BasinBlocks.of(m, 10, 1).worker().compute(1));
    }
}

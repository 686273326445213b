package fi.foresight.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.analysis.BlockPlans;
import fi.foresight.analysis.Tables;
import fi.foresight.sampling.Design;
import org.junit.jupiter.api.Test;

/** The task form of a run merges into exactly the result of the run itself. */
class MonteCarloBlocksTest {

    private static void assertSame(MonteCarloResult local, MonteCarloResult pieces) {
        assertEquals(local.runs().size(), pieces.runs().size());
        for (int i = 0; i < local.runs().size(); i++) {
            RunResult a = local.runs().get(i);
            RunResult b = pieces.runs().get(i);
            assertEquals(a.stop(), b.stop());
            for (String o : a.outcomes()) {
                assertEquals(a.statistics(o), b.statistics(o), a.scenario() + " x " + a.lever() + " " + o);
            }
        }
        assertEquals(Tables.csv(local), Tables.csv(pieces));
    }

    @Test
    void scenariosLeversAndTargetsMergeToTheLocalTablesForAnyCut() {
        // 300 blocks of 64: chunks of 8 blocks, the last chunk short, the last block short
        MonteCarlo mc = MonteCarlo.of(Models.triangles()).samples(300 * 64 - 17).blockSize(64).seed(5).threads(2);
        MonteCarloResult local = mc.run();
        BlockPlan<MonteCarloResult> plan = mc.blocks();
        assertEquals(4 * 38, plan.tasks());
        for (int pieces : new int[] {1, 3, 16}) {
            assertSame(local, BlockPlans.inPieces(plan, pieces));
        }
    }

    @Test
    void correlatedLatinHypercubeWithKeptSamples() {
        MonteCarlo mc = MonteCarlo.of(DeterminismTest.correlated()).samples(5000).blockSize(128).seed(11)
                .design(Design.LATIN_HYPERCUBE).keepSamples(true);
        MonteCarloResult local = mc.run();
        MonteCarloResult pieces = BlockPlans.inPieces(mc.blocks(), 5);
        assertSame(local, pieces);
        assertEquals(Tables.csv(java.util.List.of(local.samples())), Tables.csv(java.util.List.of(pieces.samples())));
    }

    @Test
    void aPrecisionStopInsideAChunkIsReproducedAndTheRestOfTheRunSkipped() {
        MonteCarlo mc = MonteCarlo.of(Models.triangles()).blockSize(100).seed(3).precision("total", 0.01, 300, 200_000);
        MonteCarloResult local = mc.run();
        assertEquals(Stop.Reason.PRECISION, local.runs().get(0).stop().reason());
        assertTrue(local.runs().get(0).stop().samples() < 200_000);
        BlockPlan<MonteCarloResult> plan = mc.blocks();
        BlockPlan.Merger<MonteCarloResult> m = plan.merger();
        BlockPlan.Worker w = plan.worker();
        long merged = 0;
        while (m.next() < plan.tasks()) {
            long t = m.next();
            m.accept(t, w.compute(t));
            merged++;
        }
        assertTrue(merged < plan.tasks() / 4, merged + " of " + plan.tasks() + " tasks merged");
        assertSame(local, m.result());
    }

    @Test
    void partialsAreTheSameBytesOnAnyWorkerAndMustArriveInOrder() {
        BlockPlan<MonteCarloResult> plan = MonteCarlo.of(Models.uniforms()).samples(40_000).blockSize(256).seed(8)
                .blocks();
        byte[] fresh = plan.worker().compute(7);
        BlockPlan.Worker used = plan.worker();
        used.compute(15);
        used.compute(6);
        assertEquals(java.util.Arrays.toString(fresh), java.util.Arrays.toString(used.compute(7)));
        assertNotEquals(java.util.Arrays.toString(fresh), java.util.Arrays.toString(used.compute(8)));
        var m = plan.merger();
        var e = assertThrows(IllegalStateException.class, () -> m.accept(1, plan.worker().compute(1)));
        assertTrue(e.getMessage().contains("task order"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> plan.worker().compute(plan.tasks()));
        assertThrows(IllegalStateException.class, m::result);
    }
}

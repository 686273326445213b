package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ConsistencySearchTest {

    @Test
    void twoByTwoHasTheTwoHandDerivedConsistentScenarios() {
        CibResult r = Cib.of(CibFixtures.twoByTwo()).consistent();
        assertEquals(List.of(CibScenario.parse("1 1"), CibScenario.parse("2 2")), r.list());
        assertEquals(new ScenarioScore(CibScenario.parse("1 1"), 2, 0, 3), r.scenarios().get(0));
        assertEquals(new ScenarioScore(CibScenario.parse("2 2"), 2, 0, 4), r.scenarios().get(1));
    }

    @Test
    void toleranceAdmitsScenariosUpToThatInconsistency() {
        Cib cib = Cib.of(CibFixtures.twoByTwo());
        // IC of "2 1" is 2 and of "1 2" is 6 (see CibFixtures.twoByTwo)
        assertEquals(2, cib.tolerance(1).consistent().size());
        assertEquals(List.of(CibScenario.parse("1 1"), CibScenario.parse("2 1"), CibScenario.parse("2 2")),
                cib.tolerance(2).consistent().list());
        assertEquals(3, cib.tolerance(5).count());
        assertEquals(4, cib.tolerance(6).consistent().size());
    }

    @Test
    void tiesSystemHasOneConsistentScenario() {
        assertEquals(List.of(new ScenarioScore(CibScenario.parse("2 1 1"), 0, 0, 3)),
                Cib.of(CibFixtures.ties()).consistent().scenarios());
    }

    @Test
    void equalsBruteForceOnRandomSystems() {
        qt().withFixedSeed(20240501L).withExamples(400)
                .forAll(longs().all(), integers().between(0, 3), booleans().all())
                .checkAssert((seed, tolerance, self) -> {
                    CrossImpactSystem s = RandomSystems.of(seed, self);
                    List<ScenarioScore> expected = CibFixtures.bruteForce(s, tolerance);
                    assertEquals(expected, Cib.of(s).tolerance(tolerance).threads(1).consistent().scenarios(),
                            s.name() + " tolerance " + tolerance);
                    assertEquals(expected.size(), Cib.of(s).tolerance(tolerance).count());
                });
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() {
        CrossImpactSystem s = CibFixtures.read("CIB_natl_regional");
        List<ScenarioScore> one = Cib.of(s).tolerance(2).threads(1).consistent().scenarios();
        assertEquals(one, Cib.of(s).tolerance(2).threads(3).consistent().scenarios());
        assertEquals(one, Cib.of(s).tolerance(2).threads(8).consistent().scenarios());
        for (int k = 1; k < one.size(); k++) {
            assertTrue(one.get(k - 1).scenario().compareTo(one.get(k).scenario()) < 0, "lexicographic order");
        }
    }

    @Test
    void limitStopsRunawayTolerances() {
        Cib cib = Cib.of(CibFixtures.twoByTwo()).tolerance(6).limit(3);
        IllegalStateException e = assertThrows(IllegalStateException.class, cib::consistent);
        assertTrue(e.getMessage().contains("more than 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cib.of(CibFixtures.twoByTwo()).tolerance(-1));
    }

    @Test
    void scenarioTableHasTheDocumentedColumns() {
        CrossImpactSystem global = CibFixtures.read("CIB_global");
        Cib cib = Cib.of(global);
        Table plain = cib.consistent().table();
        assertEquals(CibResult.TABLE, plain.name());
        assertEquals(List.of("scenario", "variants", "consistency_value", "inconsistency", "total_impact_score",
                "basin"), plain.columnNames());
        assertEquals("1 2 3", plain.stringColumn("scenario").get(0));
        assertEquals("FT, Mod, ModGr", plain.stringColumn("variants").get(0));
        assertTrue(plain.longColumn("basin").isMissing(0));
        Table withBasins = cib.consistent(cib.basins()).table();
        // basins of CIB_global.sl: "1 2 3" -> 2, "2 2 2" -> 1, "2 3 2" -> 4, "3 1 3" -> 12
        assertEquals(List.of(2L, 1L, 4L, 12L), withBasins.longColumn("basin").asList());
        assertEquals(2, cib.consistent(cib.basins()).tables().size());
        assertEquals("cib", cib.consistent().kind());
        assertEquals(4, cib.consistent().findings().get(0).arguments().get("count"));
    }
}

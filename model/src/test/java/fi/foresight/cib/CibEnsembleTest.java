package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CibEnsembleTest {

    /**
     * Like {@link CibFixtures#twoByTwo()} but B is always pushed to b1: a1 → B (2,−2), a2 → B (2,−2).
     * (a1,b1): θ_A = (1,−1), θ_B = (2,−2): consistent. (a2,b1): θ_A = (1,−1), a2 loses. (a1,b2), (a2,b2):
     * θ_B = (2,−2), b2 loses. Only "1 1" is consistent.
     */
    private static CrossImpactSystem alwaysB1() {
        return CrossImpactSystem.builder("always b1")
                .descriptor("A", "a1", "a2")
                .descriptor("B", "b1", "b2")
                .impact("A", "a1", "B", "b1", 2).impact("A", "a1", "B", "b2", -2)
                .impact("A", "a2", "B", "b1", 2).impact("A", "a2", "B", "b2", -2)
                .impact("B", "b1", "A", "a1", 1).impact("B", "b1", "A", "a2", -1)
                .impact("B", "b2", "A", "a1", -3).impact("B", "b2", "A", "a2", 3)
                .build();
    }

    private static CibEnsemble panel() {
        return CibEnsemble.of(new CibEnsemble.Member("expert 1", CibFixtures.twoByTwo()),
                new CibEnsemble.Member("expert 2", alwaysB1()));
    }

    @Test
    void countsTheMembersFindingEachScenarioConsistent() {
        EnsembleResult r = panel().consistent();
        assertEquals(List.of(CibScenario.parse("1 1"), CibScenario.parse("2 2")), r.members().get(0).list());
        assertEquals(List.of(CibScenario.parse("1 1")), r.members().get(1).list());
        assertEquals(Map.of(CibScenario.parse("1 1"), List.of("expert 1", "expert 2"),
                CibScenario.parse("2 2"), List.of("expert 1")), r.agreement());
        assertEquals(2, r.support(CibScenario.parse("1 1")));
        assertEquals(0, r.support(CibScenario.parse("1 2")));
        Table t = r.table();
        assertEquals(EnsembleResult.TABLE, t.name());
        assertEquals(List.of("scenario", "variants", "members", "share", "member_names"), t.columnNames());
        assertEquals(List.of("1 1", "2 2"), t.stringColumn("scenario").asList());
        assertEquals(List.of(1.0, 0.5), t.doubleColumn("share").asList());
        assertEquals("expert 1, expert 2", t.stringColumn("member_names").get(0));
    }

    @Test
    void toleranceAppliesToEveryMember() {
        // expert 1 at tolerance 2 adds "2 1" (IC 2); expert 2: "2 1" has θ_A = (1,-1), IC 2, also admitted
        EnsembleResult r = panel().consistent(2);
        assertEquals(2, r.support(CibScenario.parse("2 1")));
    }

    @Test
    void summedMatrixAddsTheMembersCellByCell() {
        // sum: a1 -> B (4,-4), a2 -> B (1,-1), b1 -> A (2,-2), b2 -> A (-6,6).
        // "1 1": θ_A = (2,-2), θ_B = (4,-4): consistent. "2 2": θ_B from a2 = (1,-1): b2 loses.
        // "2 1": θ_A = (2,-2): a2 loses. "1 2": θ_A = (-6,6): a1 loses.
        CrossImpactSystem sum = panel().summed();
        assertEquals(4, sum.matrix().impact(0, 0, 1, 0));
        assertEquals(-6, sum.matrix().impact(1, 1, 0, 0));
        assertEquals(List.of(CibScenario.parse("1 1")), Cib.of(sum).consistent().list());
    }

    @Test
    void membersMustShareDescriptors() {
        CrossImpactSystem other = CrossImpactSystem.builder("other")
                .descriptor("A", "a1", "a2").descriptor("C", "c1", "c2").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CibEnsemble.of(
                new CibEnsemble.Member("x", CibFixtures.twoByTwo()), new CibEnsemble.Member("y", other)));
        assertTrue(e.getMessage().contains("member y: descriptor 2 is C"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CibEnsemble.of(
                new CibEnsemble.Member("x", CibFixtures.twoByTwo()), new CibEnsemble.Member("x", alwaysB1())));
        assertThrows(IllegalArgumentException.class, CibEnsemble::of);
    }
}

package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ImpactBalancesTest {

    @Test
    void twoByTwoBalancesAndScoresMatchTheHandComputation() {
        Cib cib = Cib.of(CibFixtures.twoByTwo());
        // values derived in CibFixtures.twoByTwo()
        assertScore(cib, "1 1", 2, 0, 3);
        assertScore(cib, "1 2", -6, 6, -5);
        assertScore(cib, "2 1", -2, 2, -2);
        assertScore(cib, "2 2", 2, 0, 4);
        ImpactBalances b = cib.balances(CibScenario.parse("1 2"));
        assertArrayEquals(new int[] {-3, 3}, b.balances(0));
        assertArrayEquals(new int[] {2, -2}, b.balances(1));
        assertEquals(3, b.max(0));
        assertFalse(b.isConsistent());
    }

    private static void assertScore(Cib cib, String scenario, int cv, int ic, int tis) {
        ScenarioScore s = cib.score(CibScenario.parse(scenario));
        assertEquals(new ScenarioScore(CibScenario.parse(scenario), cv, ic, tis), s, scenario);
    }

    @Test
    void globalSampleScenarioByHand() {
        // CIB_global "2 3 2": rows Ntl (row 2), Alrt (row 6), Stag (row 8) summed column by column:
        //   row 2: 0  0  0 -2  1  1  3  5 -3 -5
        //   row 6:-2  3 -1  0  0  0  1  2 -1 -2
        //   row 8:-2  3 -1 -2  1  1  0  0  0  0
        //   θ    :-4  6 -2 -4  2  2  4  7 -4 -7
        // WTRD (-4, 6, -2): Ntl wins by 8; WSEC (-4, 2, 2): Alrt ties Mod, margin 0; WECO (4, 7, -4, -7): Stag by 3.
        // CV = 0, IC = 0, TIS = 6 + 2 + 7 = 15 (the .sl file says 0, 0, 15).
        CrossImpactSystem global = CibFixtures.read("CIB_global");
        ImpactBalances b = Cib.of(global).balances(CibScenario.parse("2 3 2"));
        assertArrayEquals(new int[] {-4, 6, -2}, b.balances(0));
        assertArrayEquals(new int[] {-4, 2, 2}, b.balances(1));
        assertArrayEquals(new int[] {4, 7, -4, -7}, b.balances(2));
        assertEquals(new ScenarioScore(CibScenario.parse("2 3 2"), 0, 0, 15), b.score());
        assertTrue(b.isConsistent());
    }

    @Test
    void tableListsEveryVariant() {
        CrossImpactSystem global = CibFixtures.read("CIB_global");
        Table t = Cib.of(global).balances(CibScenario.parse("2 3 2")).table();
        assertEquals(ImpactBalances.TABLE, t.name());
        assertEquals(java.util.List.of("descriptor", "variant", "balance", "chosen", "best"), t.columnNames());
        assertEquals(10, t.rowCount());
        assertEquals("WSEC", t.stringColumn("descriptor").get(5));
        assertEquals("Alrt", t.stringColumn("variant").get(5));
        assertEquals(2, t.intColumn("balance").get(5));
        assertTrue(t.booleanColumn("chosen").get(5));
        assertTrue(t.booleanColumn("best").get(4));
        assertFalse(t.booleanColumn("chosen").get(4));
    }

    @Test
    void singleVariantDescriptorDoesNotEnterTheConsistencyValue() {
        CrossImpactSystem s = CrossImpactSystem.builder("one variant")
                .descriptor("A", "a1", "a2").descriptor("C", "c")
                .impact("C", "c", "A", "a1", 2)
                .build();
        // θ_A = (2, 0) from c; θ_C = (0) whatever A is. Only A has a rival: CV = 2 - 0 = 2.
        assertEquals(new ScenarioScore(CibScenario.of(0, 0), 2, 0, 2), Cib.of(s).score(CibScenario.of(0, 0)));
        assertEquals(new ScenarioScore(CibScenario.of(1, 0), -2, 2, 0), Cib.of(s).score(CibScenario.of(1, 0)));
    }
}

package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.Variant;
import fi.foresight.model.CibScenario;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CibChartsTest {

    /** A and B agree (a1 with b1, a2 with b2); C is pushed to c2 by a1 and to c1 by a2. */
    static CrossImpactSystem system() {
        return CrossImpactSystem.builder("t")
                .descriptor(new Descriptor("A", "Economy", null, List.of(new Variant("a1", "Growth", null),
                        new Variant("a2", "Decline", null))))
                .descriptor("B", "b1", "b2").descriptor("C", "c1", "c2", "c3")
                .impact("A", "a1", "B", "b1", 2).impact("A", "a2", "B", "b2", 2)
                .impact("B", "b1", "A", "a1", 1).impact("B", "b2", "A", "a2", 1)
                .impact("A", "a1", "C", "c2", 3).impact("A", "a2", "C", "c1", 1)
                .build();
    }

    @Test
    void theTableauHasADescriptorPerRowAndAScenarioPerColumnColouredByVariant() {
        CibResult r = Cib.of(system()).consistent();
        assertEquals(List.of(CibScenario.parse("1 1 2"), CibScenario.parse("2 2 1")), r.list());
        fi.foresight.chart.GridSpec t = r.tableau();
        assertEquals(List.of("cib_1", "cib_2"), t.columns().stream().map(fi.foresight.chart.Text::en).toList());
        assertEquals(List.of("Economy", "B", "C"), t.rows().stream().map(fi.foresight.chart.Text::en).toList(),
                "the first row is drawn at the top");
        // colour index = 0-based variant; rows are descriptors, columns scenarios
        assertEquals(0, t.colours()[0][0]);
        assertEquals(1, t.colours()[0][1]);
        assertEquals(1, t.colours()[2][0]);
        assertEquals(0, t.colours()[2][1]);
        assertEquals("Growth", t.texts()[0][0].en());
        assertTrue(t.title().en().contains("2 of 12"), t.title().en());
    }

    @Test
    void theBalanceChartShowsEveryVariantsBalanceUnderTheStrongestScenario() {
        CibResult r = Cib.of(system()).consistent();
        assertEquals(CibScenario.parse("1 1 2"), r.strongest().orElseThrow().scenario()); // TIS 1 + 2 + 3 = 6
        var c = (fi.foresight.chart.BarSpec) r.charts().get("cib-balances");
        assertEquals(List.of("Economy: Growth", "Economy: Decline", "B: b1", "B: b2", "C: c1", "C: c2", "C: c3"),
                c.categories().stream().map(fi.foresight.chart.Text::en).toList());
        assertArrayEquals(new double[] {1, 0, 2, 0, 0, 3, 0}, c.series().get(0).values(), 0);
        assertArrayEquals(new boolean[] {true, false, true, false, false, true, false}, c.highlight());
        assertTrue(c.title().en().contains("cib_1") && c.title().en().contains("TIS 6"), c.title().en());
    }

    @Test
    void noScenarioNoCharts() {
        CibResult empty = new CibResult(system(), 0, List.of(), Optional.empty());
        assertTrue(empty.charts().isEmpty());
        assertEquals(List.of("cib-tableau", "cib-balances"), List.copyOf(Cib.of(system()).consistent().charts().keySet()));
    }
}

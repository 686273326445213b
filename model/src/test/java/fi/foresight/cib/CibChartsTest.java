package fi.foresight.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.HorizontalBarChart;

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
        HeatMapChart t = r.tableau();
        HeatMapSeries s = t.getHeatMapSeries();
        assertEquals(List.of("cib_1", "cib_2"), s.getXData());
        assertEquals(List.of("C", "B", "Economy"), s.getYData()); // the first row is drawn at the top
        // cells {column, row from the bottom, colour index = 0-based variant}
        List<List<Integer>> cells = new java.util.ArrayList<>();
        for (Number[] n : s.getHeatData()) {
            cells.add(List.of(n[0].intValue(), n[1].intValue(), n[2].intValue()));
        }
        assertTrue(cells.contains(List.of(0, 2, 0)) && cells.contains(List.of(1, 2, 1)), cells.toString());
        assertTrue(cells.contains(List.of(0, 0, 1)) && cells.contains(List.of(1, 0, 0)), cells.toString());
        assertTrue(t.getTitle().contains("2 of 12"), t.getTitle());
    }

    @Test
    void theBalanceChartShowsEveryVariantsBalanceUnderTheStrongestScenario() {
        CibResult r = Cib.of(system()).consistent();
        assertEquals(CibScenario.parse("1 1 2"), r.strongest().orElseThrow().scenario()); // TIS 1 + 2 + 3 = 6
        HorizontalBarChart c = (HorizontalBarChart) r.charts().get("cib-balances");
        var series = c.getSeriesCollection().iterator().next();
        assertEquals(List.of("Economy: Growth", "Economy: Decline", "B: b1", "B: b2", "C: c1", "C: c2", "C: c3"),
                series.getYData());
        assertEquals(List.of(1.0, 0.0, 2.0, 0.0, 0.0, 3.0, 0.0),
                series.getXData().stream().map(Number::doubleValue).toList());
        assertTrue(c.getTitle().contains("cib_1") && c.getTitle().contains("TIS 6"), c.getTitle());
    }

    @Test
    void noScenarioNoCharts() {
        CibResult empty = new CibResult(system(), 0, List.of(), Optional.empty());
        assertTrue(empty.charts().isEmpty());
        assertEquals(List.of("cib-tableau", "cib-balances"), List.copyOf(Cib.of(system()).consistent().charts().keySet()));
    }
}

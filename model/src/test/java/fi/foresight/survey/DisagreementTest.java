package fi.foresight.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.foresight.chart.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The disagreement tables on a small panel checked by hand. */
class DisagreementTest {
    @Test
    void panelTables() {
        // drivers a and b share column q1 (the same answers); c is q2
        double[][] ratings = {{1, 1, 3}, {2, 2, 2}, {3, 3, 1}, {3, 3, Double.NaN}};
        var p = new PanelRatings("p", Text.plain("Panel"), List.of("a", "b", "c"),
                List.of(Text.plain("A"), Text.plain("B"), Text.plain("C")), List.of("q1", "q1", "q2"), ratings);
        Disagreement d = Disagreement.of(List.of(p));
        var drivers = d.driversTable();
        assertEquals(3, drivers.rowCount());
        assertEquals(2.5, drivers.doubleColumn("median").get(0), 0);     // 1 2 3 3
        assertEquals(0.75, drivers.doubleColumn("within_one").get(0), 1e-15);  // 2 3 3 within 1 of 2.5
        assertEquals(1.0 / 3, drivers.doubleColumn("weight").get(2), 1e-15);  // complete cases: means 2, 2, 2
        var panels = d.panelsTable();
        assertEquals(3, panels.intColumn("respondents").get(0));
        assertEquals(1, panels.intColumn("left_out").get(0));
        // distinct questions q1, q2 over 3 complete respondents: ranks (1,2), (1.5,1.5), (2,1): sums 4.5, 4.5 -> W = 0
        assertEquals(0.0, panels.doubleColumn("kendall_w").get(0), 1e-15);
        assertEquals("disagreement.panel", d.findings().get(0).key());
    }
}

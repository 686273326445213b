package fi.foresight.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.chart.Text;
import fi.foresight.chart.XySpec;
import fi.foresight.model.DelphiRound;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Convergence and stability between Delphi rounds on a hand example. */
class DelphiConvergenceTest {
    /**
     * Four experts, one question. Round 1: 1, 3, 4, 5 (IQR 4.25 - 2.5 = 1.75); round 2: 3, 3, 4, 4 (IQR 1). Expert
     * a moves 1 -> 3 (more than one point), d 5 -> 4; b and c stay: changed 2/4, more than one point 1/4. Shares
     * per value: round 1 1/4 each of 1, 3, 4, 5; round 2 1/2 each of 3, 4: distribution change
     * (1/4 + 1/4 + 1/4 + 1/4) / 2 = 1/2, not stable.
     */
    @Test
    void handExample() {
        var r1 = new DelphiRound("round_1", List.of("a", "b", "c", "d"), new double[][] {{1}, {3}, {4}, {5}});
        var r2 = new DelphiRound("round_2", List.of("d", "c", "b", "a"), new double[][] {{4}, {4}, {3}, {3}});
        DelphiConvergence c = DelphiConvergence.of(List.of("q"), List.of(r1, r2));
        assertEquals(1.75, c.spreads().get(0).spread().iqr(), 1e-15);
        assertEquals(1.0, c.spreads().get(1).spread().iqr(), 1e-15);
        DelphiConvergence.Stability s = c.stability().get(0);
        assertEquals(2, s.round());
        assertEquals(4, s.paired());
        assertEquals(0.5, s.changed(), 1e-15);
        assertEquals(0.25, s.changedMoreThanOne(), 1e-15);
        assertEquals(0.5, s.distributionChange(), 1e-15);
        assertEquals(-0.75, s.iqrChange(), 1e-15);
        assertFalse(s.stable());
    }

    /** A third round where one of four experts moves by one point: distribution change 1/4... and 1/8 when 8. */
    @Test
    void smallMovesAreStable() {
        double[][] before = {{3}, {3}, {4}, {4}, {4}, {4}, {5}, {5}};
        double[][] after = {{3}, {3}, {4}, {4}, {4}, {4}, {4}, {5}};
        List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        var c = DelphiConvergence.of(List.of("q"), List.of(new DelphiRound("1", ids, before),
                new DelphiRound("2", ids, after)));
        assertEquals(0.125, c.stability().get(0).distributionChange(), 1e-15);  // one answer of eight moved
        assertTrue(c.stability().get(0).stable());
        assertEquals(0.125, c.stability().get(0).changed(), 1e-15);
        assertEquals(0.0, c.stability().get(0).changedMoreThanOne(), 0);
    }

    @Test
    void expertsWhoLeftAreNotPaired() {
        var r1 = new DelphiRound("1", List.of("a", "b", "c"), new double[][] {{1}, {2}, {3}});
        var r2 = new DelphiRound("2", List.of("a", "c"), new double[][] {{2}, {Double.NaN}});
        var s = DelphiConvergence.of(List.of("q"), List.of(r1, r2)).stability().get(0);
        assertEquals(1, s.paired());
        assertEquals(1.0, s.changed(), 0);
    }

    @Test
    void resultTablesAndFindings() {
        var r1 = new DelphiRound("round_1", List.of("a", "b", "c", "d"), new double[][] {{1, 2}, {3, 2}, {4, 3}, {5, 3}});
        var r2 = new DelphiRound("round_2", List.of("a", "b", "c", "d"), new double[][] {{3, 2}, {3, 2}, {4, 3}, {4, 3}});
        DelphiResult r = DelphiResult.of(List.of("q1", "q2"), List.of(Text.plain("Q1"), Text.plain("Q2")),
                List.of(r1, r2));
        assertEquals(4, r.roundsTable().rowCount());
        assertEquals(2, r.stabilityTable().rowCount());
        assertEquals("delphi.consensus", r.findings().get(0).key());
        assertEquals(2L, r.findings().get(0).arguments().get("consensus"));
        assertEquals(1L, r.findings().get(1).arguments().get("stable"));   // q2 did not move, q1 moved half
        assertEquals(List.of(DelphiResult.CHART), List.copyOf(r.charts().keySet()));
        assertTrue(((XySpec) r.charts().get(DelphiResult.CHART)).years(), "rounds on whole-number ticks");
    }
}

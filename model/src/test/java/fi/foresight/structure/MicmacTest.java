package fi.foresight.structure;

import fi.foresight.model.InfluenceMatrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class MicmacTest {

    /**
     * <pre>
     *        A  B  C  D    row sum (direct influence)
     *   A  [ 0  P  1  1 ]  2
     *   B  [ 0  0  1  2 ]  3
     *   C  [ 3  1  0  0 ]  4
     *   D  [ 0  1  1  0 ]  2
     *   column sums (direct dependence): A 3, B 2, C 3, D 3; total 11, mean 2.75
     * </pre>
     * P excluded. M² rows: A = C + D = (3,2,1,0) 6; B = C + 2D = (3,3,2,0) 8; C = 3A + B = (0,0,4,5) 9;
     * D = B + C = (3,1,1,2) 7; columns 9, 6, 8, 7; total 30.
     * M³ rows: A = 3A + 2B + C = (3,1,5,7) 16; B = 3A + 3B + 2C = (6,2,6,9) 23; C = 4C + 5D = (12,9,5,0) 26;
     * D = 3A + B + C + 2D = (3,3,6,5) 17; columns 24, 15, 22, 21; total 82.
     * Influence ranks: M (C1 B2 A3 D3), M² (6,8,9,7: C1 B2 D3 A4), M³ (16,23,26,17: C1 B2 D3 A4) — stable.
     * Dependence ranks: M (3,2,3,3: A1 C1 D1 B4), M² (9,6,8,7: A1 C2 D3 B4), M³ (24,15,22,21: A1 C2 D3 B4) — stable.
     * So k = 3; indirect values = M³ sums × 11/82.
     */
    private static InfluenceMatrix example() {
        return InfluenceMatrix.parse(List.of("A", "B", "C", "D"),
                "0 P 1 1",
                "0 0 1 2",
                "3 1 0 0",
                "0 1 1 0");
    }

    @Test
    void directAndIndirectValuesByHand() {
        MicmacResult r = Micmac.of(example()).run();
        assertEquals(3, r.power());
        assertTrue(r.stable());
        assertEquals(0, r.potentialWeight());
        double f = 11.0 / 82.0;
        check(r.variable("A"), 2, 3, 16 * f, 24 * f);
        check(r.variable("B"), 3, 2, 23 * f, 15 * f);
        check(r.variable("C"), 4, 3, 26 * f, 22 * f);
        check(r.variable("D"), 2, 3, 17 * f, 21 * f);
    }

    private static void check(MicmacVariable v, int di, int dd, double ii, double id) {
        assertEquals(di, v.directInfluence(), v.variable());
        assertEquals(dd, v.directDependence(), v.variable());
        assertEquals(ii, v.indirectInfluence(), 1e-12, v.variable());
        assertEquals(id, v.indirectDependence(), 1e-12, v.variable());
    }

    @Test
    void quadrantsRanksAndDisplacement() {
        MicmacResult r = Micmac.of(example()).run();
        // mean 2.75: A (2, 3) dependent, B (3, 2) influential, C (4, 3) relay, D (2, 3) dependent;
        // indirect (×11/82): A (2.15, 3.22), B (3.09, 2.01), C (3.49, 2.95), D (2.28, 2.82): the same zones
        assertEquals(List.of(Quadrant.DEPENDENT, Quadrant.INFLUENTIAL, Quadrant.RELAY, Quadrant.DEPENDENT),
                r.variables().stream().map(MicmacVariable::quadrant).toList());
        assertEquals(List.of(Quadrant.DEPENDENT, Quadrant.INFLUENTIAL, Quadrant.RELAY, Quadrant.DEPENDENT),
                r.variables().stream().map(MicmacVariable::indirectQuadrant).toList());
        // influence: A 3 -> 4 (down one), D 3 -> 3; dependence: C 1 -> 2, D 1 -> 3
        assertEquals(-1, r.variable("A").influenceDisplacement());
        assertEquals(0, r.variable("D").influenceDisplacement());
        assertEquals(-1, r.variable("C").dependenceDisplacement());
        assertEquals(-2, r.variable("D").dependenceDisplacement());
        assertEquals(3, r.variable("D").indirectDependenceRank());
    }

    @Test
    void potentialInfluenceCountsOnlyWhenAsked() {
        // P (A on B) as 3: A's influence 2 + 3 = 5, B's dependence 2 + 3 = 5; total 14, mean 3.5.
        // A (5, 3): influential; B (3, 5): dependent; C (4, 3): influential; D (2, 3): autonomous.
        MicmacResult r = Micmac.of(example()).potentialAs(3).run();
        assertEquals(5, r.variable("A").directInfluence());
        assertEquals(5, r.variable("B").directDependence());
        assertEquals(List.of(Quadrant.INFLUENTIAL, Quadrant.DEPENDENT, Quadrant.INFLUENTIAL, Quadrant.AUTONOMOUS),
                r.variables().stream().map(MicmacVariable::quadrant).toList());
        assertTrue(example().isPotential(0, 1));
        assertEquals(0, example().value(0, 1));
    }

    @Test
    void valueOnTheMeanCountsAsHighButZeroNever() {
        // A -> B 2, B -> A 2, C isolated: influences (2, 2, 0), mean 4/3: A and B relay, C autonomous
        MicmacResult r = Micmac.of(InfluenceMatrix.of(List.of("A", "B", "C"),
                new int[][] {{0, 2, 0}, {2, 0, 0}, {0, 0, 0}})).run();
        assertEquals(Quadrant.RELAY, r.variable("A").quadrant());
        assertEquals(Quadrant.AUTONOMOUS, r.variable("C").quadrant());
        // a uniform 2-cycle sits exactly on the means: both count as high
        MicmacResult even = Micmac.of(InfluenceMatrix.of(List.of("A", "B"), new int[][] {{0, 1}, {1, 0}})).run();
        assertEquals(Quadrant.RELAY, even.variable("B").quadrant());
        assertEquals(2, even.power());
        assertTrue(even.stable());
        MicmacResult none = Micmac.of(InfluenceMatrix.of(List.of("A", "B"), new int[2][2])).run();
        assertEquals(Quadrant.AUTONOMOUS, none.variable("A").quadrant());
    }

    @Test
    void oscillatingRankingsAreReportedAsUnstable() {
        // A -> B 3, B -> A 1: odd powers rank A above B, even powers (multiples of the identity) tie them
        MicmacResult r = Micmac.of(InfluenceMatrix.of(List.of("A", "B"), new int[][] {{0, 3}, {1, 0}}))
                .maxPower(10).run();
        assertFalse(r.stable());
        assertEquals(10, r.power());
    }

    @Test
    void acyclicInfluenceStopsAtTheLastNonZeroPower() {
        // A -> B 2, B -> C 1: M² has only A -> C (2); M³ = 0
        MicmacResult r = Micmac.of(InfluenceMatrix.of(List.of("A", "B", "C"),
                new int[][] {{0, 2, 0}, {0, 0, 1}, {0, 0, 0}})).run();
        assertEquals(2, r.power());
        assertFalse(r.stable());
        assertEquals(3.0, r.variable("A").indirectInfluence(), 1e-12); // 2 × 3/2
        assertEquals(3.0, r.variable("C").indirectDependence(), 1e-12);
    }

    @Test
    void tablesHaveTheDocumentedColumns() {
        MicmacResult r = Micmac.of(example()).run();
        Table t = r.table();
        assertEquals("micmac", t.name());
        assertEquals(List.of("variable", "direct_influence", "direct_dependence", "indirect_influence",
                "indirect_dependence", "quadrant"), t.columnNames());
        assertEquals(List.of("dependent", "influential", "relay", "dependent"), t.stringColumn("quadrant").asList());
        Table d = r.displacementTable();
        assertEquals(MicmacResult.DISPLACEMENT_TABLE, d.name());
        assertEquals(-2, d.intColumn("dependence_displacement").get(3));
        assertEquals("micmac", r.kind());
        assertEquals(List.of("B"), r.findings().get(0).arguments().get("variables"));
    }

    @Test
    void rejectsInvalidJudgements() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InfluenceMatrix.parse(List.of("A", "B"), "0 4", "1 0"));
        assertEquals("influence of A on B is \"4\"; use 0, 1, 2, 3 or P (potential)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InfluenceMatrix.parse(List.of("A", "B"), "P 1", "1 0"));
        assertThrows(IllegalArgumentException.class, () -> InfluenceMatrix.parse(List.of("A", "A"), "0 1", "1 0"));
        assertThrows(IllegalArgumentException.class, () -> InfluenceMatrix.parse(List.of("A", "B"), "0 1"));
        assertThrows(IllegalArgumentException.class, () -> Micmac.of(example()).potentialAs(4));
        assertEquals(List.of("0 P 1 1", "0 0 1 2", "3 1 0 0", "0 1 1 0"), example().rows());
    }
}

package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.Variant;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CibScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CibMatrixTest {

    @Test
    void readsImpactsByDescriptorAndVariant() {
        CibMatrix m = CibFixtures.twoByTwo().matrix();
        assertEquals(2, m.descriptors());
        assertEquals(4, m.size());
        assertEquals(-2, m.impact(0, 0, 1, 1));
        assertEquals(3, m.impact(1, 1, 0, 1));
        assertEquals(m.impact(1, 1, 0, 1), m.cell(3, 1));
        assertEquals(4L, m.scenarioCount());
        assertFalse(m.hasSelfImpacts());
    }

    @Test
    void rejectsNonZeroDiagonalBlockUnlessSelfImpactsAreAllowed() {
        int[][] rows = {{0, 1, 0}, {0, 0, 0}, {0, 0, 0}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CibMatrix.of(new int[] {2, 1}, rows));
        assertTrue(e.getMessage().contains("cell (1, 2) = 1"), e.getMessage());
        assertTrue(e.getMessage().contains("diagonal block of descriptor 1"), e.getMessage());
        CibMatrix self = CibMatrix.withSelfImpacts(new int[] {2, 1}, rows);
        assertTrue(self.hasSelfImpacts());
        assertEquals(1, self.impact(0, 0, 0, 1));
    }

    @Test
    void rejectsWrongShapes() {
        assertThrows(IllegalArgumentException.class, () -> CibMatrix.of(new int[] {2, 2}, new int[3][4]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CibMatrix.of(new int[] {2, 2}, new int[][] {{0, 0, 0, 0}, {0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}));
        assertTrue(e.getMessage().contains("row 2 has 3 columns"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CibMatrix.of(new int[] {2, 0}, new int[2][2]));
        assertThrows(IllegalArgumentException.class, () -> CibMatrix.of(new int[0], new int[0][0]));
    }

    @Test
    void isAnImmutableValue() {
        int[][] rows = CibFixtures.twoByTwo().matrix().toRows();
        CibMatrix a = CibMatrix.of(new int[] {2, 2}, rows);
        rows[0][2] = 99;
        CibMatrix b = CibMatrix.of(new int[] {2, 2}, CibFixtures.twoByTwo().matrix().toRows());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(2, a.impact(0, 0, 1, 0));
    }

    @Test
    void systemChecksDescriptorsAgainstMatrix() {
        CrossImpactSystem s = CibFixtures.twoByTwo();
        assertEquals(1, s.indexOf("B"));
        assertEquals(CibScenario.of(1, 0), s.scenario("a2", "b1"));
        assertEquals("a2, b1", s.describe(CibScenario.of(1, 0), "en"));
        assertEquals(java.util.Map.of("A", "a2", "B", "b1"), s.assignment(CibScenario.of(1, 0)));
        assertThrows(IllegalArgumentException.class, () -> s.scenario("a2"));
        assertThrows(IllegalArgumentException.class, () -> s.check(CibScenario.of(0, 2)));
        assertThrows(IllegalArgumentException.class, () -> new CrossImpactSystem("x",
                java.util.List.of(Descriptor.of("A", "a1", "a2", "a3"), Descriptor.of("B", "b1", "b2")), s.matrix()));
        assertThrows(IllegalArgumentException.class, () -> CrossImpactSystem.builder("dup")
                .descriptor("A", "a1").descriptor("A", "a2").build());
        assertThrows(IllegalArgumentException.class, () -> Descriptor.of("A", "a1", "a1"));
    }

    @Test
    void labelsFallBackToEnglish() {
        Variant v = new Variant("hi", "high", "korkea");
        assertEquals("korkea", v.label("fi"));
        assertEquals("high", v.label("en"));
        assertEquals("low", new Variant("lo", "low", null).label("fi"));
        assertEquals("lo", new Variant("lo", " ", null).label());
    }

    @Test
    void scenariosParseOneBasedAndOrderLexicographically() {
        CibScenario s = CibScenario.parse(" 2 3 2");
        assertEquals(CibScenario.of(1, 2, 1), s);
        assertEquals("2 3 2", s.toOneBased());
        assertTrue(CibScenario.parse("1 3 4").compareTo(s) < 0);
        assertTrue(CibScenario.parse("2 3 10").compareTo(CibScenario.parse("2 3 9")) > 0);
        assertThrows(IllegalArgumentException.class, () -> CibScenario.parse("0 1"));
        assertThrows(IllegalArgumentException.class, () -> CibScenario.parse("1 x"));
    }

    @Test
    void refusesASpaceBeyondTwoToTheSixtyThreeScenarios() {
        int[] sizes = new int[40];
        java.util.Arrays.fill(sizes, 4);
        int[][] rows = new int[160][160];
        var e = assertThrows(IllegalArgumentException.class, () -> CibMatrix.of(sizes, rows));
        assertTrue(e.getMessage().startsWith("40 descriptors with 160 variants in all span more than 2^63 - 1"),
                e.getMessage());
        assertTrue(e.getMessage().contains("valid: descriptors whose product of variant counts stays below 9.2e18"),
                e.getMessage());
        int[] largest = new int[31];
        java.util.Arrays.fill(largest, 4);
        assertEquals(1L << 62, CibMatrix.of(largest, new int[124][124]).scenarioCount());
    }

    @Test
    void aScenarioWizardFileBeyondTwoToTheSixtyThreeScenariosIsRefusedBeforeItsMatrix() {
        var scw = new StringBuilder("$ ScenarioWizard 4.0\nbig.scw\n");
        for (int d = 0; d < 40; d++) {
            scw.append("&D").append(d).append("\n -a\n -b\n -c\n -e\n");
        }
        scw.append("#\n");
        var e = assertThrows(IllegalArgumentException.class, () -> ScenarioWizard.parse(scw.toString(), "big.scw"));
        assertTrue(e.getMessage().startsWith("big.scw:3: 40 descriptors with 160 variants in all span more than"),
                e.getMessage());
    }
}

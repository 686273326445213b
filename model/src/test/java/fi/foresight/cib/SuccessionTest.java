package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SuccessionTest {

    private static List<CibScenario> path(String... oneBased) {
        return java.util.Arrays.stream(oneBased).map(CibScenario::parse).toList();
    }

    @Test
    void twoByTwoCycles() {
        // (a1,b2): θ_A = (-3, 3) -> a2, θ_B = (2, -2) -> b1; (a2,b1): θ_A = (1, -1) -> a1, θ_B = (-1, 1) -> b2
        SuccessionPath p = Cib.of(CibFixtures.twoByTwo()).succession(CibScenario.parse("1 2"));
        assertEquals(path("1 2", "2 1"), p.steps());
        assertTrue(p.attractor().isCycle());
        assertEquals(path("1 2", "2 1"), p.attractor().scenarios());
        SuccessionPath q = Cib.of(CibFixtures.twoByTwo()).succession(CibScenario.parse("2 1"));
        assertEquals(p.attractor(), q.attractor(), "a cycle is the same value from either entry point");
        SuccessionPath fixed = Cib.of(CibFixtures.twoByTwo()).succession(CibScenario.parse("2 2"));
        assertEquals(Attractor.of(CibScenario.parse("2 2")), fixed.attractor());
        assertEquals(0, fixed.stepsToAttractor());
    }

    @Test
    void currentVariantStaysWhenTiedForTheMaximumOtherwiseLowestTiedMaximumWins() {
        Cib cib = Cib.of(CibFixtures.ties());
        // "1 1 2": θ_X = (0,1,1), x1 is not a maximum -> lowest tied maximum x2; θ_Y (from x1) = (1,0) -> y1;
        //          θ_Z (from x1) = (0,0), z2 is among the tied maxima -> stays z2.        Next "2 1 2".
        // "2 1 2": θ_X = (0,1,1), x2 tied maximum -> stays; θ_Y (from x2) = (1,-1) -> y1; θ_Z = (1,0) -> z1.
        assertEquals(path("1 1 2", "2 1 2", "2 1 1"), cib.succession(CibScenario.parse("1 1 2")).steps());
        // "3 1 2": θ_X = (0,1,1), x3 tied maximum -> stays x3; θ_Y (from x3) = (0,1) -> y2; θ_Z = (0,1) -> z2.
        // "3 2 2": θ_X (from y2) = (2,0,0) -> x1; y2 and z2 stay.     "1 2 2": θ_Y (from x1) = (1,0) -> y1;
        // X stays x1 (θ_X from y2); Z tied (0,0) stays z2. Then as above.
        SuccessionPath p = cib.succession(CibScenario.parse("3 1 2"));
        assertEquals(path("3 1 2", "3 2 2", "1 2 2", "1 1 2", "2 1 2", "2 1 1"), p.steps());
        assertEquals(Attractor.of(CibScenario.parse("2 1 1")), p.attractor());
        assertEquals(5, p.stepsToAttractor());
    }

    @Test
    void fullScanBasinsOfTheHandSystems() {
        Basins two = Cib.of(CibFixtures.twoByTwo()).basins();
        assertEquals(4, two.starts());
        assertTrue(two.exhaustive());
        assertEquals(1L, two.starts(CibScenario.parse("1 1")).orElseThrow());
        assertEquals(1L, two.starts(CibScenario.parse("2 2")).orElseThrow());
        assertEquals(2L, two.cyclingStarts());
        assertEquals(1, two.cycles().size());
        // every start of the ties system ends in "2 1 1" (all 12 trajectories traced in CibFixtures.ties())
        Basins ties = Cib.of(CibFixtures.ties()).basins();
        assertEquals(List.of(new Basins.Basin(Attractor.of(CibScenario.parse("2 1 1")), 12)), ties.basins());
    }

    @Test
    void fullScanAgreesWithTracingEveryStartOnRandomSystems() {
        qt().withFixedSeed(77L).withExamples(150).forAll(longs().all(), booleans().all())
                .checkAssert((seed, self) -> {
                    CrossImpactSystem s = RandomSystems.of(seed, self);
                    Map<Attractor, Long> expected = new HashMap<>();
                    Cib cib = Cib.of(s).threads(2);
                    for (ScenarioScore any : CibFixtures.bruteForce(s, Integer.MAX_VALUE)) {
                        expected.merge(cib.succession(any.scenario()).attractor(), 1L, Long::sum);
                    }
                    Basins b = cib.basins();
                    Map<Attractor, Long> actual = new HashMap<>();
                    b.basins().forEach(x -> actual.put(x.attractor(), x.starts()));
                    assertEquals(expected, actual, s.name());
                    // fixed points are exactly the consistent scenarios
                    assertEquals(Cib.of(s).consistent().list(),
                            b.fixedPoints().stream().map(x -> x.attractor().first()).toList(), s.name());
                });
    }

    @Test
    void monteCarloBasinsEstimateTheExactShares() {
        CrossImpactSystem global = CibFixtures.read("CIB_global");
        Basins exact = Cib.of(global).basins();
        int runs = 40_000;
        Basins mc = Cib.of(global).basins(runs, 12345L);
        assertFalse(mc.exhaustive());
        assertEquals(runs, mc.starts());
        for (Basins.Basin b : exact.basins()) {
            double p = b.starts() / 36.0;
            long hits = mc.basins().stream().filter(x -> x.attractor().equals(b.attractor()))
                    .mapToLong(Basins.Basin::starts).sum();
            double se = Math.sqrt(p * (1 - p) / runs);
            assertEquals(p, hits / (double) runs, 5 * se, b.attractor().toString());
        }
    }

    @Test
    void monteCarloIsReproducibleAndThreadIndependent() {
        CrossImpactSystem s = CibFixtures.read("CIB_natl_regional");
        Basins a = Cib.of(s).threads(1).basins(20_000, 99L);
        Basins b = Cib.of(s).threads(3).basins(20_000, 99L);
        assertEquals(a, b);
        Basins c = Cib.of(s).threads(2).basins(20_000, 100L);
        assertFalse(a.equals(c), "another seed draws other starts");
        // the Monte Carlo hits only fixed points that the exact search finds
        List<CibScenario> consistent = Cib.of(s).consistent().list();
        a.fixedPoints().forEach(x -> assertTrue(consistent.contains(x.attractor().first())));
    }

    @Test
    void basinTable() {
        Table t = Cib.of(CibFixtures.twoByTwo()).basins().table();
        assertEquals(Basins.TABLE, t.name());
        assertEquals(List.of("attractor", "kind", "length", "starts", "share"), t.columnNames());
        assertEquals(List.of("1 1", "1 2 -> 2 1", "2 2"), t.stringColumn("attractor").asList());
        assertEquals(List.of("fixed point", "cycle", "fixed point"), t.stringColumn("kind").asList());
        assertEquals(0.5, t.doubleColumn("share").get(1), 0.0);
    }
}

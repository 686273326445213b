package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four ScenarioWizard sample projects (sei-international/cibsa, MIT licence) must reproduce their published
 * solution files: the set of consistent scenarios with CV, IC and TIS, and the succession basins N where the
 * file holds an exhaustive scan.
 */
class ScenarioWizardSamplesTest {

    private static Map<CibScenario, ScenarioScore> published(String stem) {
        Map<CibScenario, ScenarioScore> out = new TreeMap<>();
        for (ScenarioWizardSolution s : CibFixtures.solutions(stem)) {
            out.put(s.scenario(), s.score());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"CIB_global", "CIB_natl_regional", "CIB_nested_simplified_standardized", "CIB_nested"})
    void consistentScenariosWithTheirScoresMatchTheSolutionFile(String stem) {
        Map<CibScenario, ScenarioScore> ours = new TreeMap<>();
        for (ScenarioScore s : Cib.of(CibFixtures.read(stem)).consistent().scenarios()) {
            ours.put(s.scenario(), s);
        }
        assertEquals(published(stem), ours);
    }

    @Test
    void globalBasinsMatchN() {
        Basins b = Cib.of(CibFixtures.read("CIB_global")).basins();
        for (ScenarioWizardSolution s : CibFixtures.solutions("CIB_global")) {
            assertEquals((long) s.count(), b.starts(s.scenario()).orElseThrow(), s.scenario().toString());
        }
        // 36 starts: 4 + 12 + 1 + 2 = 19 reach a fixed point, the other 17 cycle
        assertEquals(36, b.starts());
        assertEquals(17, b.cyclingStarts());
    }

    @Test
    void simplifiedStandardizedBasinsMatchNOverTheFullSpace() {
        Basins b = Cib.of(CibFixtures.read("CIB_nested_simplified_standardized")).basins();
        assertEquals(22_674_816L, b.starts());
        long fixed = 0;
        for (ScenarioWizardSolution s : CibFixtures.solutions("CIB_nested_simplified_standardized")) {
            assertEquals((long) s.count(), b.starts(s.scenario()).orElseThrow(), s.scenario().toString());
            fixed += (long) s.count();
        }
        assertEquals(22_627_890L, fixed);
        assertEquals(15, b.fixedPoints().size());
        assertEquals(22_674_816L - 22_627_890L, b.cyclingStarts());
    }

    /**
     * About 408 million starts: run with {@code -Dcib.slow=true}. ScenarioWizard counts N in single precision,
     * and a float stops growing at 2^24 = 16,777,216 (adding 1 rounds back down), so the four largest basins are
     * printed as 1.677722E+07; the count a float accumulator would hold is min(N, 2^24).
     */
    @Test
    @EnabledIfSystemProperty(named = "cib.slow", matches = "true")
    void nestedBasinsMatchNToSevenSignificantDigits() {
        Basins b = Cib.of(CibFixtures.read("CIB_nested")).basins();
        assertEquals(408_146_688L, b.starts());
        int saturated = 0;
        for (ScenarioWizardSolution s : CibFixtures.solutions("CIB_nested")) {
            long ours = b.starts(s.scenario()).orElseThrow();
            assertEquals(ScenarioWizard.formatCount(s.count()), ScenarioWizard.formatCount(Math.min(ours, 1L << 24)),
                    s.scenario() + ": ours " + ours);
            saturated += ours >= 1L << 24 ? 1 : 0;
        }
        assertEquals(4, saturated);
    }

    @Test
    void natlRegionalMonteCarloFindsOnlyPublishedScenarios() {
        // N of this file is a non-reproducible Monte Carlo; compare the attractors reached instead
        CrossImpactSystem s = CibFixtures.read("CIB_natl_regional");
        Basins mc = Cib.of(s).basins(50_000, 2024L);
        List<CibScenario> reached = mc.fixedPoints().stream().map(x -> x.attractor().first()).toList();
        assertTrue(published("CIB_natl_regional").keySet().containsAll(reached), reached.toString());
        assertTrue(reached.size() >= 10, "most published scenarios have large basins: " + reached.size());
    }
}

package fi.foresight.bridge;

import fi.foresight.io.ModelFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.cib.Basins;
import fi.foresight.cib.Cib;
import fi.foresight.cib.CibResult;
import fi.foresight.model.CibScenario;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Change;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.structure.Micmac;
import fi.foresight.structure.MicmacResult;
import fi.foresight.structure.Quadrant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kanta-Häme model's illustrative cib: and micmac: sections, and their bridge to the model's drivers. */
class KantaHameQualitativeTest {

    static Model model() {
        return ModelFiles.load(QualitativeGallery.KANTA_HAME);
    }

    @Test
    void theCibSectionHasSevenDescriptorsWhoseJudgementsGiveSevenConsistentScenarios() {
        CrossImpactSystem s = model().cib().orElseThrow();
        assertEquals(List.of("east", "cooperation", "network", "funding", "interreg", "readiness", "climate"),
                s.descriptors().stream().map(d -> d.id()).toList());
        assertEquals(288, s.matrix().scenarioCount());
        Cib cib = Cib.of(s);
        CibResult r = cib.consistent();
        assertEquals(7, r.size());
        // the eastern market is external context: nothing impacts it, so each of its variants has a future
        for (int v = 0; v < 3; v++) {
            int east = v;
            assertTrue(r.list().stream().anyMatch(x -> x.variant(0) == east), "east variant " + v);
        }
        // every start scenario ends somewhere: the basins cover the whole space
        Basins b = cib.basins();
        assertEquals(288, b.starts());
        assertEquals(288, r.scenarios().stream().mapToLong(x -> b.starts(x.scenario()).orElse(0)).sum()
                + b.cyclingStarts());
    }

    @Test
    void eachBridgedScenarioCarriesItsVariantsOverridesInDescriptorOrder() {
        Model m = model();
        CrossImpactSystem s = m.cib().orElseThrow();
        CibResult r = Cib.of(s).consistent();
        List<Scenario> bridged = Bridge.scenarios(m, r);
        for (int k = 0; k < r.size(); k++) {
            CibScenario c = r.list().get(k);
            List<Change> expected = new ArrayList<>();
            for (int d = 0; d < s.size(); d++) {
                expected.addAll(s.descriptors().get(d).variants().get(c.variant(d)).overrides());
            }
            assertEquals(expected, bridged.get(k).overrides(), "cib_" + (k + 1));
            assertTrue(bridged.get(k).labelFi() != null);
        }
        // the model with the bridged scenarios is valid: every override names a declared driver
        assertEquals(8, m.withScenarios(bridged).allScenarios().size());
    }

    @Test
    void theMicmacMatrixCoversTheDriversButTheFixedCountAndItsRankingsSettle() {
        Model m = model();
        var matrix = m.micmac().orElseThrow();
        List<String> drivers = new ArrayList<>(m.driverIds());
        drivers.remove("sme_count");
        assertEquals(drivers, matrix.variables());
        MicmacResult r = Micmac.of(matrix).run();
        assertTrue(r.stable(), "stable rankings, power " + r.power());
        assertEquals(Quadrant.INFLUENTIAL, r.variable("action_programme").quadrant());
        assertEquals(0, r.variable("spb_access").directDependence(), "the eastern market depends on nothing here");
    }
}

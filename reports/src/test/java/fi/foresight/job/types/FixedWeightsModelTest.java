package fi.foresight.job.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.io.ModelFiles;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model that tornado, Sobol' and the distribution-based measures vary when they hold the panels' weights
 * ({@code inputs: drivers}) keeps every part but the panels: its CIB system, MICMAC matrix, futures table, scenario
 * cross, horizon, events, Finnish texts, Delphi study and data files.
 */
class FixedWeightsModelTest {

    @Test
    void everyFeatureKeepsItsQualitativeParts() {
        Model model = ModelFiles.load(Path.of("../scenarios/examples/every-feature.yaml"));
        assertTrue(model.panels().stream().anyMatch(Panel::hasUncertainWeights), "the test needs uncertain weights");
        Model fixed = SensitivityOptions.withFixedWeights(model);
        assertTrue(fixed.cib().isPresent() && fixed.micmac().isPresent() && fixed.futuresTable().isPresent());
        assertEquals(model.cib(), fixed.cib());
        assertEquals(model.micmac(), fixed.micmac());
        assertEquals(model.futuresTable(), fixed.futuresTable());
        assertEquals(model.scenarioCross(), fixed.scenarioCross());
        assertEveryPartButThePanelsKept(model, fixed);
    }

    @Test
    void kantaHameKeepsItsTimeTextsDelphiAndData() {
        Model model = ModelFiles.load(Path.of("../scenarios/kanta-hame/model.yaml"));
        assertTrue(model.panels().stream().anyMatch(Panel::hasUncertainWeights), "the test needs uncertain weights");
        Model fixed = SensitivityOptions.withFixedWeights(model);
        assertTrue(fixed.cib().isPresent() && fixed.micmac().isPresent() && fixed.delphi().isPresent());
        assertEveryPartButThePanelsKept(model, fixed);
    }

    /** Every part of {@code fixed} equals the model's but the panels, whose weights no longer vary. */
    private static void assertEveryPartButThePanelsKept(Model model, Model fixed) {
        for (RecordComponent c : Model.class.getRecordComponents()) {
            if (!c.getName().equals("panels")) {
                assertEquals(part(model, c), part(fixed, c), c.getName());
            }
        }
        assertNotEquals(model.panels(), fixed.panels());
        assertFalse(fixed.panels().stream().anyMatch(Panel::hasUncertainWeights));
        assertEquals(model.panels().stream().map(Panel::id).toList(), fixed.panels().stream().map(Panel::id).toList());
        assertEquals(List.copyOf(model.panels().get(0).weights().keySet()),
                List.copyOf(fixed.panels().get(0).weights().keySet()));
    }

    private static Object part(Model model, RecordComponent c) {
        try {
            return c.getAccessor().invoke(model);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}

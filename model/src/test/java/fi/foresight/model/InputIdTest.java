package fi.foresight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputIdTest {

    @Test
    void aPanelWeightIsWrittenAsTablesHaveAlwaysWrittenIt() {
        assertEquals("weight:entrepreneurs:attitude_climate",
                InputId.weight("entrepreneurs", "attitude_climate").key());
        assertEquals("weight:open-east:x", InputId.weight("open-east", "x").toString());
        assertEquals("attitude_climate", InputId.driver("attitude_climate").key());
    }

    @Test
    void parseReadsBothKinds() {
        var w = assertInstanceOf(InputId.PanelWeight.class, InputId.parse("weight:youth-panel:trust"));
        assertEquals("youth-panel", w.panel());
        assertEquals("trust", w.driver());
        var d = assertInstanceOf(InputId.DriverInput.class, InputId.parse("trust"));
        assertEquals("trust", d.driver());
    }

    @Test
    void everyIdReadsBack() {
        for (InputId id : List.of(InputId.driver("a"), InputId.driver("weight"), InputId.driver("weight_a"),
                InputId.weight("p", "d"), InputId.weight("", "d"), InputId.weight("p", ""),
                InputId.weight("p", "d:e"), InputId.weight("weight", "weight"))) {
            assertEquals(id, InputId.parse(id.key()), id.key());
        }
    }

    @Test
    void everyTextIsWrittenBackAsItWas() {
        // texts a model never makes: the driver reading keeps them whole, so labels fall back to the text
        for (String text : List.of("", "weight:", "weight:p", "weight:p:", "weight::d", "weight:p:d:e", "Weight:p:d",
                "x:y:z", "weights:p")) {
            assertEquals(text, InputId.parse(text).key(), text);
        }
        assertInstanceOf(InputId.DriverInput.class, InputId.parse("weight:p"));
        assertInstanceOf(InputId.DriverInput.class, InputId.parse("weights:p:d"));
        assertEquals("d:e", ((InputId.PanelWeight) InputId.parse("weight:p:d:e")).driver());
    }

    @Test
    void refusesIdsThatWouldNotReadBack() {
        assertThrows(IllegalArgumentException.class, () -> InputId.weight("a:b", "c"));
        assertThrows(IllegalArgumentException.class, () -> InputId.driver("weight:a:b"));
        assertThrows(NullPointerException.class, () -> InputId.driver(null));
        assertThrows(NullPointerException.class, () -> InputId.weight("p", null));
        assertThrows(NullPointerException.class, () -> InputId.parse(null));
    }

    @Test
    void modelIdsNeverHoldTheSeparator() {
        // what makes the split unambiguous: neither drivers nor panels may hold ':'
        assertEquals(false, Ids.isValid("a:b"));
        assertEquals(false, Ids.isValidName("a:b"));
    }
}

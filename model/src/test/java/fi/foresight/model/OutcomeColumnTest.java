package fi.foresight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeColumnTest {

    @Test
    void writesTheColumnsAsTablesHaveAlwaysWrittenThem() {
        assertEquals("attractiveness", OutcomeColumn.of("attractiveness").key());
        assertEquals("attractiveness.youth", OutcomeColumn.of("attractiveness", "youth").key());
        assertEquals("index.open-east", OutcomeColumn.of("index", "open-east").toString());
    }

    @Test
    void parseSplitsAtTheFirstDot() {
        OutcomeColumn c = OutcomeColumn.parse("index.entrepreneurs");
        assertEquals("index", c.outcome());
        assertEquals("entrepreneurs", c.panel());
        assertTrue(c.perPanel());
        OutcomeColumn plain = OutcomeColumn.parse("index");
        assertNull(plain.panel());
        assertFalse(plain.perPanel());
        assertEquals("b.c", OutcomeColumn.parse("a.b.c").panel());
    }

    @Test
    void everyColumnReadsBackAndEveryTextIsWrittenBack() {
        for (OutcomeColumn c : List.of(OutcomeColumn.of("a"), OutcomeColumn.of("a", "p"), OutcomeColumn.of("a", ""),
                OutcomeColumn.of("", "p"), OutcomeColumn.of("a", "p.q"))) {
            assertEquals(c, OutcomeColumn.parse(c.key()), c.key());
        }
        for (String text : List.of("", ".", "a.", ".p", "a.b.c", "index")) {
            assertEquals(text, OutcomeColumn.parse(text).key(), text);
        }
    }

    @Test
    void refusesAnOutcomeWithADot() {
        assertThrows(IllegalArgumentException.class, () -> OutcomeColumn.of("a.b", "p"));
        assertThrows(NullPointerException.class, () -> OutcomeColumn.of(null));
        assertThrows(NullPointerException.class, () -> OutcomeColumn.of("a", null));
        assertFalse(Ids.isValid("a.b"));
    }

    @Test
    void theModelsColumnsAreBuiltThisWay() {
        var panels = List.of(Panel.of("youth"), Panel.of("firms"));
        var index = WeightedIndex.of("attractiveness");
        assertEquals(List.of("attractiveness", "attractiveness.youth", "attractiveness.firms"),
                ModelValidator.outcomeColumns(List.of(index), panels));
    }
}

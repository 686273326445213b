package fi.foresight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlternativeTest {

    @Test
    void writesScenarioSlashLever() {
        assertEquals("base/none", new Alternative(Scenario.BASE, Lever.NONE).key());
        assertEquals("open-east/training", new Alternative("open-east", "training").toString());
    }

    @Test
    void parseSplitsAtTheFirstSlash() {
        assertEquals(Optional.of(new Alternative("open-east", "training")), Alternative.parse("open-east/training"));
        assertEquals(Optional.of(new Alternative("a", "b/c")), Alternative.parse("a/b/c"));
        assertEquals(Optional.empty(), Alternative.parse("base"));
        assertEquals(Optional.empty(), Alternative.parse(""));
    }

    @Test
    void everyAlternativeReadsBackAndEveryNameIsWrittenBack() {
        for (Alternative a : List.of(new Alternative("s", "l"), new Alternative("", "l"), new Alternative("s", ""),
                new Alternative("s", "l/m"))) {
            assertEquals(Optional.of(a), Alternative.parse(a.key()), a.key());
        }
        for (String name : List.of("/", "s/", "/l", "a/b/c")) {
            assertEquals(name, Alternative.parse(name).orElseThrow().key(), name);
        }
    }

    @Test
    void refusesAScenarioWithASlash() {
        assertThrows(IllegalArgumentException.class, () -> new Alternative("a/b", "c"));
        assertThrows(NullPointerException.class, () -> new Alternative(null, "c"));
        assertThrows(NullPointerException.class, () -> new Alternative("a", null));
        assertThrows(NullPointerException.class, () -> Alternative.parse(null));
        assertFalse(Ids.isValidName("a/b"));
    }
}

package fi.foresight.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void reservedWordsAreConstantsKeywordsAndFunctions() {
        assertEquals(Set.of("pi", "e", "and", "or", "not", "if", "prev", "min", "max", "abs", "sqrt", "exp", "log",
                "log10", "sin", "cos", "tan", "clamp"), Names.reserved());
        assertEquals(List.of("abs", "and", "clamp"), Names.reserved().stream().limit(3).toList(), "alphabetical");
        assertTrue(Names.isReserved("pi"));
        assertFalse(Names.isReserved("Pi"), "names are case-sensitive");
    }

    @Test
    void everyReservedWordIsRejectedAsAVariableName() {
        for (String word : Names.reserved()) {
            assertFalse(Names.isValid(word), word);
            assertThrows(IllegalArgumentException.class, () -> new NameRef(word, 1));
        }
        assertEquals(Optional.of("'pi' is a reserved constant; choose another name"), Names.problem("pi"));
        assertEquals(Optional.of("'e' is a reserved constant; choose another name"), Names.problem("e"));
        assertEquals(Optional.of("'and' is a reserved keyword; choose another name"), Names.problem("and"));
        assertEquals(Optional.of("'sqrt' is a reserved function name; choose another name"), Names.problem("sqrt"));
    }

    @Test
    void nameSyntax() {
        for (String ok : List.of("x", "_", "readiness", "index.entrepreneurs", "X1_b.2", "a.", "E", "PI")) {
            assertTrue(Names.isValid(ok), ok);
        }
        assertEquals(Optional.of("a name must not be empty; it starts with a letter or '_'"), Names.problem(""));
        assertEquals(Optional.of("'1x' is not a valid name; a name starts with a letter (A-Z, a-z) or '_'"),
                Names.problem("1x"));
        assertEquals(Optional.of("'.x' is not a valid name; a name starts with a letter (A-Z, a-z) or '_'"),
                Names.problem(".x"));
        assertEquals(Optional.of("'my-driver' is not a valid name: character '-' at position 3;"
                + " names use only A-Z, a-z, 0-9, '_' and '.'"), Names.problem("my-driver"));
        assertFalse(Names.isValid("väki"));
        assertFalse(Names.isValid(null));
    }

    @Test
    void closestFindsLikelyMisspellings() {
        List<String> drivers = List.of("readiness", "risk", "regulation", "index.entrepreneurs");
        assertEquals(Optional.of("readiness"), Names.closest("redines", drivers));
        assertEquals(Optional.of("risk"), Names.closest("Risk", drivers), "case differences count as zero");
        assertEquals(Optional.of("index.entrepreneurs"), Names.closest("index.entreprenuers", drivers));
        assertEquals(Optional.empty(), Names.closest("growth", drivers));
        assertEquals(Optional.empty(), Names.closest("r", drivers), "one letter is too short to guess from");
        assertEquals(Optional.empty(), Names.closest("risk", drivers), "an exact name is not a misspelling");
        assertEquals(Optional.of("ab"), Names.closest("abc", List.of("abd", "ab")), "ties go alphabetically first");
    }

    @Test
    void nameRefValidates() {
        assertEquals(7, new NameRef("x", 7).column());
        assertEquals("column (0) must be >= 1", assertThrows(IllegalArgumentException.class,
                () -> new NameRef("x", 0)).getMessage());
    }
}

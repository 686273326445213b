package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SheetNamesTest {
    @Test
    void namesAreValidShortAndUnique() {
        var names = new SheetNames();
        assertEquals("Outcome distributions", names.unique("Outcome distributions"));
        assertEquals("Outcome distributions (2)", names.unique("Outcome distributions"));
        assertEquals("OUTCOME DISTRIBUTIONS (3)", names.unique("OUTCOME DISTRIBUTIONS"), "unique ignoring case");
        assertEquals("Sobol", names.unique("Sobol'"), "no apostrophe at the end");
        assertEquals("a b c", names.unique("a[b]:c"));
        assertEquals("Sheet", names.unique("History"), "a reserved name");
        String cut = names.unique("Year in which a target is first reached by the outcome");
        assertTrue(cut.length() <= 31, cut);
        assertEquals("Year in which a target is first", cut, "cut at a word boundary");
        String again = names.unique("Year in which a target is first reached by the outcome");
        assertTrue(again.length() <= 31 && again.endsWith(" (2)"), again);
    }
}

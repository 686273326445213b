package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void lowerCasesAndHyphenates() {
        assertEquals("net-benefit-by-scenario", FileNames.slug("Net benefit by scenario", "chart"));
        assertEquals("emissions-2025-2050", FileNames.slug("Emissions, 2025–2050", "chart"));
        assertEquals("micmac-influence-dependence-map",
                FileNames.slug("  MICMAC: influence / dependence map!  ", "chart"));
    }

    @Test
    void outcomeColumnsKeepTheirFormerFileNames() {
        // the rule the sensitivity charts had: lower case, runs of other characters as one hyphen, none at the ends
        assertEquals("index-entrepreneurs", FileNames.slug("index.entrepreneurs", "outcome"));
        assertEquals("attractiveness-open-east", FileNames.slug("Attractiveness.open-east", "outcome"));
        assertEquals("a-b", FileNames.slug("__a__b__", "outcome"));
        assertEquals("x1", FileNames.slug("x1", "outcome"));
    }

    @Test
    void dropsAccents() {
        assertEquals("vaesto-ja-tyollisyys", FileNames.slug("Väestö ja työllisyys", "chart"));
    }

    @Test
    void fallsBackWhenNothingIsUsable() {
        assertEquals("chart", FileNames.slug(null, "chart"));
        assertEquals("chart", FileNames.slug("", "chart"));
        assertEquals("chart", FileNames.slug("—?!", "chart"));
        assertEquals("outcome", FileNames.slug("___", "outcome"));
    }

    @Test
    void isCutWithoutATrailingHyphen() {
        String slug = FileNames.slug("word ".repeat(40), FileNames.TITLE_LENGTH, "chart");
        assertTrue(slug.length() <= FileNames.TITLE_LENGTH, slug);
        assertTrue(!slug.endsWith("-") && slug.startsWith("word-word"), slug);
        assertEquals("abc", FileNames.slug("abc-def", 4, "chart"));
    }

    @Test
    void longIdsAreNotCutWithoutALimit() {
        String id = "a".repeat(64) + ".b";
        assertEquals("a".repeat(64) + "-b", FileNames.slug(id, "outcome"));
    }

    @Test
    void refusesALimitBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> FileNames.slug("x", 0, "chart"));
    }
}

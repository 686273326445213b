package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void lowerCasesAndHyphenates() {
        assertEquals("net-benefit-by-scenario", Slug.of("Net benefit by scenario"));
        assertEquals("emissions-2025-2050", Slug.of("Emissions, 2025–2050"));
        assertEquals("micmac-influence-dependence-map", Slug.of("  MICMAC: influence / dependence map!  "));
    }

    @Test
    void dropsAccents() {
        assertEquals("vaesto-ja-tyollisyys", Slug.of("Väestö ja työllisyys"));
    }

    @Test
    void fallsBackToChartWhenNothingIsUsable() {
        assertEquals("chart", Slug.of(null));
        assertEquals("chart", Slug.of(""));
        assertEquals("chart", Slug.of("—?!"));
    }

    @Test
    void isCutWithoutATrailingHyphen() {
        String slug = Slug.of("word ".repeat(40));
        assertTrue(slug.length() <= Slug.MAX_LENGTH, slug);
        assertTrue(!slug.endsWith("-") && slug.startsWith("word-word"), slug);
    }
}

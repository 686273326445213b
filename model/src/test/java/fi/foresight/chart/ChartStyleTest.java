package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    private static double luma(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    @Test
    void paletteIsOkabeItoAndItsFirstThreeColoursDifferInGrey() {
        Set<Integer> expected = Set.of(0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000);
        Set<Integer> actual = new HashSet<>();
        ChartStyle.palette().forEach(c -> actual.add(c.getRGB() & 0xFFFFFF));
        assertEquals(expected, actual);
        List<Color> p = ChartStyle.palette();
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                assertTrue(Math.abs(luma(p.get(i)) - luma(p.get(j))) > 60, i + " vs " + j);
            }
        }
        assertEquals(0xF0E442, p.get(7).getRGB() & 0xFFFFFF, "faint yellow comes last");
        assertEquals(p.get(1), ChartStyle.color(9));
    }

    @Test
    void axisTitlesCarryUnits() {
        assertEquals("Internationalisation index (0–1)", ChartStyle.axis("Internationalisation index", "0–1"));
        assertEquals("Jobs", ChartStyle.axis("Jobs", " "));
        assertEquals("Jobs", ChartStyle.axis("Jobs", null));
    }

    @Test
    void colourHelpers() {
        assertEquals(128, ChartStyle.withAlpha(Color.RED, 0.5).getAlpha());
        assertEquals(new Color(255, 128, 128), ChartStyle.lighten(Color.RED, 0.5));
        assertThrows(IllegalArgumentException.class, () -> ChartStyle.withAlpha(Color.RED, 1.5));
        assertThrows(IllegalArgumentException.class, () -> ChartStyle.color(-1));
    }

    @Test
    void everyChartHasTheSharedLook() {
        var spec = Charts.overlay(Text.plain("Title"), Text.plain("x"), Text.plain("y"), new double[] {0, 1},
                java.util.Map.of(Text.plain("a"), new double[] {1, 2}));
        assertEquals(ChartStyle.WIDTH, spec.width());
        assertEquals(ChartStyle.HEIGHT, spec.height());
        var c = ChartRenderer.chart(spec, "en");
        assertEquals(Color.WHITE, c.getBackgroundPaint());
        assertEquals(Color.WHITE, c.getPlot().getBackgroundPaint());
        assertEquals(ChartStyle.FONT_FAMILY, c.getTitle().getFont().getFamily());
        assertTrue(!c.getPlot().isOutlineVisible());
        assertEquals(ChartStyle.color(0), c.getXYPlot().getRenderer(2).getSeriesPaint(0));
    }
}

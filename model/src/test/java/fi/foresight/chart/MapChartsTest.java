package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class MapChartsTest {

    private static final List<String> VARS = List.of("Energy", "Policy", "Tech", "Demand");

    @Test
    void labelledScatterHasOnePointPerLabel() {
        double[] x = {1, 2, 3, 4};
        double[] y = {4, 3, 2, 1};
        XYChart c = Charts.scatterLabelled("Morris", "μ*", "σ", x, y, VARS);
        XYSeries points = c.getSeries(LabelledScatter.POINTS);
        assertArrayEquals(x, points.getXData());
        assertArrayEquals(y, points.getYData());
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, points.getXYSeriesRenderStyle().orElseThrow());
        Pixels.render(c);
        assertThrows(IllegalArgumentException.class,
                () -> Charts.scatterLabelled("t", "x", "y", x, y, List.of("a", "b")));
    }

    @Test
    void referenceLinesOutsideTheDataStillFallInsideTheAxes() {
        double[] x = {1, 2, 3, 4};
        XYChart c = Charts.scatterLabelled("MICMAC", "Dependence", "Influence", x, x, VARS,
                new double[] {10}, new double[] {-5});
        XYSeries ref = c.getSeries(LabelledScatter.REFERENCE);
        assertFalse(ref.isShowInLegend());
        assertArrayEquals(new double[] {10, 1}, ref.getXData());
        assertArrayEquals(new double[] {1, -5}, ref.getYData());
        // the dashed lines are drawn: dark pixels appear along the plot at the far right (x = 10)
        BufferedImage img = Pixels.render(c);
        assertTrue(countDarkColumnsNearRight(img) > 0);
    }

    private static int countDarkColumnsNearRight(BufferedImage img) {
        int dark = 0;
        for (int x = img.getWidth() - 80; x < img.getWidth() - 10; x++) {
            int run = 0;
            for (int y = 60; y < img.getHeight() - 80; y++) {
                run += Pixels.luma(img, x, y) < 200 ? 1 : 0;
            }
            dark += run > 150 ? 1 : 0; // a dashed line covers 60 % of ~350 rows
        }
        return dark;
    }

    @Test
    void numericGridPutsTheFirstRowOnTopAndCentresSignedScalesOnZero() {
        double[][] v = {{0, 2}, {-1, 3}, {1, 0}};
        HeatMapChart c = Charts.heatGrid("Cross impacts", List.of("A", "B", "C"), List.of("X", "Y"), v);
        HeatMapSeries s = c.getHeatMapSeries();
        assertEquals(List.of("C", "B", "A"), s.getYData());
        assertEquals(6, s.getHeatData().size());
        Number[] first = s.getHeatData().get(0); // row A, column X, drawn in the top row (y index 2)
        assertArrayEquals(new Number[] {0, 2, 0.0}, first);
        assertEquals(-3.0, c.getStyler().getMin());
        assertEquals(3.0, c.getStyler().getMax());
        assertEquals(ChartStyle.diverging().size(), c.getStyler().getRangeColors().length);
        Pixels.render(c);
        HeatMapChart positive = Charts.heatGrid("t", List.of("A"), List.of("X", "Y"), new double[][] {{1, 4}});
        assertEquals(1.0, positive.getStyler().getMin());
        assertEquals(ChartStyle.sequential().size(), positive.getStyler().getRangeColors().length);
    }

    @Test
    void textGridColoursCellsByIndex() {
        String[][] texts = {{"Growth", "Decline"}, {"Fossil", "Renewables"}};
        int[][] idx = {{0, 1}, {1, 2}};
        HeatMapChart c = Charts.heatGrid("CIB", List.of("Economy", "Energy"), List.of("S1", "S2"), texts, idx);
        assertEquals(4, c.getHeatMapSeries().getHeatData().size());
        BufferedImage img = Pixels.render(c);
        Color[] fills = HeatGrids.cellColours();
        int[] area = new int[3];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                for (int k = 0; k < 3; k++) {
                    area[k] += (img.getRGB(x, y) & 0xFFFFFF) == (fills[k].getRGB() & 0xFFFFFF) ? 1 : 0;
                }
            }
        }
        // equal cells: index 1 fills two of them, indices 0 and 2 one each (texts cover a little of each)
        assertTrue(area[0] > 10_000, "index 0 drawn: " + area[0]);
        assertEquals(2.0, area[1] / (double) area[0], 0.15);
        assertEquals(1.0, area[2] / (double) area[0], 0.15);
        assertThrows(IllegalArgumentException.class, () -> Charts.heatGrid("t", List.of("A"), List.of("X"),
                new String[][] {{"a"}}, new int[][] {{HeatGrids.TEXT_COLOURS}}));
        assertThrows(IllegalArgumentException.class, () -> Charts.heatGrid("t", List.of("A"), List.of("X", "Y"),
                new String[][] {{"a"}}, new int[][] {{0}}));
    }

    @Test
    void longCellTextsAreCutWithAnEllipsis() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        assertEquals("Short", HeatGrids.CellTexts.fit("Short", fm, 200));
        String cut = HeatGrids.CellTexts.fit("A very long variant name indeed", fm, 60);
        assertTrue(cut.endsWith("…") && fm.stringWidth(cut) <= 60, cut);
        g.dispose();
    }

    @Test
    void displacementDrawsOneLinePerVariableAndOneLegendEntryPerDirection() {
        XYChart c = Charts.displacement("Ranks", VARS, new int[] {1, 2, 3, 4}, new int[] {2, 1, 3, 4});
        List<XYSeries> lines = c.getSeriesCollection().stream().filter(s -> s.getXData().length == 2
                && s.getXData()[0] == 0 && s.getXData()[1] == 1).toList();
        assertEquals(4, lines.size());
        List<String> legend = c.getSeriesCollection().stream().filter(XYSeries::isShowInLegend)
                .map(XYSeries::getLabel).toList();
        assertEquals(List.of(SlopeChart.UP, SlopeChart.DOWN, SlopeChart.SAME), legend);
        XYSeries policy = c.getSeries("1: Policy");
        assertArrayEquals(new double[] {-2, -1}, policy.getYData(), "rank 1 is drawn highest");
        assertEquals(ChartStyle.color(0), policy.getLineColor());
        Pixels.render(c);
        assertThrows(IllegalArgumentException.class,
                () -> Charts.displacement("t", VARS, new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4}));
    }
}

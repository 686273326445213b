package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapChartsTest {
    private static final List<Text> VARS = Text.plain(List.of("Energy", "Policy", "Tech", "Demand"));

    @Test
    void labelledScatterHasOnePointPerLabel() {
        double[] x = {1, 2, 3, 4};
        double[] y = {4, 3, 2, 1};
        ScatterSpec c = Charts.scatterLabelled(Text.plain("Morris"), Text.plain("μ*"), Text.plain("σ"), x, y, VARS);
        assertArrayEquals(x, c.x());
        assertArrayEquals(y, c.y());
        List<String> shown = TextFit.texts(c, "en").stream().map(TextFit.Placed::text).toList();
        assertTrue(shown.containsAll(List.of("Energy", "Policy", "Tech", "Demand")), "every point labelled: " + shown);
        Pixels.render(c);
        assertThrows(IllegalArgumentException.class, () -> Charts.scatterLabelled(Text.plain("t"), Text.plain("x"),
                Text.plain("y"), x, y, Text.plain(List.of("a", "b"))));
    }

    @Test
    void referenceLinesOutsideTheDataStillFallInsideTheAxes() {
        double[] x = {1, 2, 3, 4};
        ScatterSpec c = Charts.scatterLabelled(Text.plain("MICMAC"), Text.plain("Dependence"), Text.plain("Influence"),
                x, x, VARS, new double[] {10}, new double[] {-5});
        var plot = ChartRenderer.chart(c, "en").getXYPlot();
        assertTrue(plot.getDomainAxis().getUpperBound() > 10, "x axis reaches the line at 10");
        assertTrue(plot.getRangeAxis().getLowerBound() < -5, "y axis reaches the line at -5");
        // the dashed lines are drawn: dark pixels appear along the plot in its right part (x = 10)
        BufferedImage img = Pixels.render(c);
        assertTrue(countDarkColumnsNearRight(img) > 0);
    }

    private static int countDarkColumnsNearRight(BufferedImage img) {
        int dark = 0;
        for (int x = img.getWidth() - 130; x < img.getWidth() - 10; x++) {
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
        GridSpec c = Charts.heatGrid(Text.plain("Cross impacts"), Text.plain(List.of("A", "B", "C")),
                Text.plain(List.of("X", "Y")), v);
        List<TextFit.Placed> texts = TextFit.texts(c, "en");
        double yA = texts.stream().filter(t -> t.text().equals("A")).findFirst().orElseThrow().box().getY();
        double yC = texts.stream().filter(t -> t.text().equals("C")).findFirst().orElseThrow().box().getY();
        assertTrue(yA < yC, "the first row on top");
        assertEquals(ChartStyle.diverging().get(0), GridCharts.scale(-3, -1, 3), "signed scale centred on 0");
        assertEquals(ChartStyle.diverging().get(2), GridCharts.scale(0, -1, 3));
        assertEquals(ChartStyle.diverging().get(4), GridCharts.scale(3, -1, 3));
        Pixels.render(c);
        assertEquals(ChartStyle.sequential().get(0), GridCharts.scale(1, 1, 4));
        assertEquals(ChartStyle.sequential().get(3), GridCharts.scale(4, 1, 4));
    }

    @Test
    void textGridColoursCellsByIndex() {
        Text[][] texts = {Text.plain(List.of("Growth", "Decline")).toArray(new Text[0]),
            Text.plain(List.of("Fossil", "Renewables")).toArray(new Text[0])};
        int[][] idx = {{0, 1}, {1, 2}};
        GridSpec c = Charts.heatGrid(Text.plain("CIB"), Text.plain(List.of("Economy", "Energy")),
                Text.plain(List.of("S1", "S2")), texts, idx);
        BufferedImage img = Pixels.render(c);
        Color[] fills = GridCharts.TEXT_CELLS;
        int[] area = new int[3];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                for (int k = 0; k < 3; k++) {
                    area[k] += (img.getRGB(x, y) & 0xFFFFFF) == (fills[k].getRGB() & 0xFFFFFF) ? 1 : 0;
                }
            }
        }
        // equal cells: index 1 fills two of them, indices 0 and 2 one each (texts cover a little of each)
        assertTrue(area[0] > 3_000, "index 0 drawn: " + area[0]);
        assertEquals(2.0, area[1] / (double) area[0], 0.15);
        assertEquals(1.0, area[2] / (double) area[0], 0.15);
        assertThrows(IllegalArgumentException.class, () -> Charts.heatGrid(Text.plain("t"), List.of(Text.plain("A")),
                List.of(Text.plain("X")), new Text[][] {{Text.plain("a")}}, new int[][] {{GridCharts.TEXT_CELLS.length}}));
        assertThrows(IllegalArgumentException.class, () -> Charts.heatGrid(Text.plain("t"), List.of(Text.plain("A")),
                Text.plain(List.of("X", "Y")), new Text[][] {{Text.plain("a")}}, new int[][] {{0}}));
    }

    @Test
    void longCellTextsAreCutAtAWordWithAnEllipsis() {
        var font = ChartFonts.font(12);
        assertEquals("Short", Legible.fit("Short", font, 200));
        String cut = Legible.fit("A very long variant name indeed", font, 60);
        assertTrue(cut.endsWith("…") && ChartFonts.width(cut, font) <= 60, cut);
        assertTrue("A very long variant name indeed".startsWith(cut.substring(0, cut.length() - 1)), "whole words");
        assertEquals(List.of("A very long", "variant name", "indeed"), Legible.wrap("A very long variant name indeed",
                font, 80, 3));
    }

    @Test
    void displacementDrawsOneLinePerVariableAndOneLegendEntryPerDirection() {
        SlopeSpec c = Charts.displacement(Text.plain("Ranks"), VARS, new int[] {1, 2, 3, 4}, new int[] {2, 1, 3, 4});
        assertEquals(4, c.labels().size());
        var legend = ChartRenderer.chart(c, "en").getPlot().getLegendItems();
        assertEquals(List.of(SlopeCharts.UP.en(), SlopeCharts.DOWN.en(), SlopeCharts.SAME.en()),
                List.of(legend.get(0).getLabel(), legend.get(1).getLabel(), legend.get(2).getLabel()));
        assertEquals(ChartStyle.color(0), SlopeCharts.colour(2, 1), "Policy moves up: blue");
        assertEquals(ChartStyle.color(4), SlopeCharts.colour(1, 2));
        assertEquals("Nousee", ChartRenderer.chart(c, "fi").getPlot().getLegendItems().get(0).getLabel());
        Pixels.render(c);
        assertThrows(IllegalArgumentException.class, () -> Charts.displacement(Text.plain("t"), VARS,
                new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 4}));
    }
}

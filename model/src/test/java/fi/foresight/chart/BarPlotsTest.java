package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarSeries;

class BarPlotsTest {

    private static final List<String> DRIVERS = List.of("Energy", "Policy", "Tech");

    @Test
    void groupedBarsHaveOneSeriesPerEntry() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("S1", new double[] {0.4, 0.2, 0.1});
        m.put("ST", new double[] {0.5, 0.3, 0.1});
        CategoryChart c = Charts.bars("Sobol", "Index", DRIVERS, m);
        assertEquals(List.of("S1", "ST"), c.getSeriesCollection().stream().map(CategorySeries::getName).toList());
        for (CategorySeries s : c.getSeriesCollection()) {
            assertEquals(3, s.getXData().size());
        }
        Pixels.render(c);
    }

    /** The whisker painter reproduces XChart's bar layout: every whisker stands on its bar's centre. */
    @Test
    void whiskersStandOnTheCentreOfTheirBars() {
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("S1", new double[] {10, 10, 10});
        v.put("ST", new double[] {10, 10, 10});
        Map<String, double[]> lo = new LinkedHashMap<>();
        lo.put("S1", new double[] {2, 2, 2});
        lo.put("ST", new double[] {2, 2, 2});
        Map<String, double[]> hi = new LinkedHashMap<>();
        hi.put("S1", new double[] {18, 18, 18});
        hi.put("ST", new double[] {18, 18, 18});
        CategoryChart c = Charts.bars("Sobol", "Index", DRIVERS, v, lo, hi);
        BufferedImage img = Pixels.render(c);
        List<Double> barCentres = new ArrayList<>();
        int barTop = Integer.MAX_VALUE;
        for (int s = 0; s < 2; s++) {
            int row = Pixels.rowWithMostRuns(img, ChartStyle.color(s));
            for (int[] run : Pixels.merge(Pixels.runs(img, row, ChartStyle.color(s)), 4)) {
                barCentres.add((run[0] + run[1]) / 2.0);
                barTop = Math.min(barTop, Pixels.topRow(img, ChartStyle.color(s), run[0], run[1]));
            }
        }
        barCentres.sort(Double::compare);
        assertEquals(6, barCentres.size());
        List<Double> whiskers = Pixels.darkCentres(img, barTop - 6, 128, 60, img.getWidth() - 1);
        assertEquals(6, whiskers.size(), "one whisker above each bar: " + whiskers);
        for (int i = 0; i < 6; i++) {
            assertEquals(barCentres.get(i), whiskers.get(i), 1.5, "bar " + i);
        }
    }

    @Test
    void whiskersMustEncloseTheBar() {
        Map<String, double[]> v = Map.of("S1", new double[] {0.4, 0.2, 0.1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Charts.bars("t", "y",
                DRIVERS, v, Map.of("S1", new double[] {0.3, 0.25, 0}), Map.of("S1", new double[] {0.5, 0.3, 0.2})));
        assertTrue(e.getMessage().contains("'Policy'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Charts.bars("t", "y", DRIVERS, v, Map.of(), Map.of("S1", new double[] {1, 1, 1})));
    }

    @Test
    void tornadoSortsBySwingAndCentresOnTheBase() {
        HorizontalBarChart c = Charts.tornado("Net benefit", "M€", List.of("Small", "Large", "Medium"),
                new double[] {9.5, 4, 12}, new double[] {10.5, 16, 7}, 10);
        List<HorizontalBarSeries> s = new ArrayList<>(c.getSeriesCollection());
        assertEquals(List.of(BarPlots.LOW_INPUT, BarPlots.HIGH_INPUT), s.stream().map(HorizontalBarSeries::getName).toList());
        assertEquals(List.of("Large", "Medium", "Small"), s.get(0).getYData());
        assertArrayEquals(new double[] {-6, 2, -0.5}, s.get(0).getXData().stream().mapToDouble(Number::doubleValue).toArray());
        assertArrayEquals(new double[] {6, -3, 0.5}, s.get(1).getXData().stream().mapToDouble(Number::doubleValue).toArray());
        assertEquals("12.5", c.getStyler().getXAxisTickLabelsFormattingFunction().apply(2.5), "ticks show outputs");
        Pixels.render(c);
    }

    @Test
    void barCentreFormulaMatchesHandComputedLayout() {
        // fill 0.8, two series: bars occupy [0.1, 0.5] and [0.5, 0.9] of the category
        assertEquals(0.3, BarPlots.WhiskerPainter.barCentre(0, 0, 2, 0.8), 1e-12);
        assertEquals(2.7, BarPlots.WhiskerPainter.barCentre(2, 1, 2, 0.8), 1e-12);
    }
}

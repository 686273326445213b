package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class DistributionPlotsTest {

    static List<XYSeries> visible(XYChart chart) {
        return chart.getSeriesCollection().stream().filter(s -> !s.getName().equals(Ticks.HELPER)).toList();
    }

    private static Map<String, double[]> twoScenarios() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("Base", ChartGallery.normal(RandomSource.XO_RO_SHI_RO_128_PP.create(1L), 3000, 10, 2));
        m.put("Policy", ChartGallery.normal(RandomSource.XO_RO_SHI_RO_128_PP.create(2L), 1000, 13, 3));
        return m;
    }

    @Test
    void histogramOverlaysOneStepOutlinePerSeriesWithSharesSummingTo100() {
        XYChart c = Charts.histogram("Net benefit", "M€", twoScenarios(), 25);
        List<XYSeries> series = visible(c);
        assertEquals(List.of("Base", "Policy"), series.stream().map(XYSeries::getName).toList());
        for (XYSeries s : series) {
            assertEquals(25 + 3, s.getXData().length);
            double total = 0;
            for (int k = 1; k <= 25; k++) {
                total += s.getYData()[k];
            }
            assertEquals(100.0, total, 1e-9);
            assertTrue(s.getFillColor().getAlpha() < 255, "overlaid series are translucent");
        }
        assertTrue(c.getStyler().isLegendVisible());
        Pixels.render(c);
    }

    @Test
    void histogramOfBinsTurnsCountsIntoShares() {
        XYChart c = Charts.histogramOfBins("t", "x", new double[] {0, 1, 3}, Map.of("A", new double[] {1, 3}));
        XYSeries s = visible(c).get(0);
        assertArrayEquals(new double[] {0, 0, 1, 3, 3}, s.getXData());
        assertArrayEquals(new double[] {0, 25, 75, 75, 0}, s.getYData(), 1e-12);
        assertFalse(c.getStyler().isLegendVisible(), "one series needs no legend");
        Pixels.render(c);
    }

    @Test
    void histogramRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Charts.histogram("t", "x", Map.of(), 10));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.histogram("t", "x", Map.of("A", new double[] {1, Double.NaN}), 10));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.histogram("t", "x", Map.of("A", new double[] {1, 2}), 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Charts.histogramOfBins(
                "t", "x", new double[] {0, 2, 1}, Map.of("A", new double[] {1, 1})));
        assertTrue(e.getMessage().contains("increase strictly"), e.getMessage());
    }

    @Test
    void densityCurvesIntegrateToAboutOne() {
        XYChart c = Charts.density("t", "x", twoScenarios());
        for (XYSeries s : visible(c)) {
            double[] x = s.getXData();
            double[] y = s.getYData();
            assertEquals(DistributionPlots.DENSITY_GRID, x.length);
            double area = 0;
            for (int i = 1; i < x.length; i++) {
                area += (y[i] + y[i - 1]) / 2 * (x[i] - x[i - 1]);
            }
            // the grid reaches 3 bandwidths past the data, so at most ~0.2 % of kernel mass is cut off
            assertEquals(1.0, area, 0.005, s.getName());
        }
        Pixels.render(c);
    }

    @Test
    void smallSamplesGiveExactEcdfSteps() {
        XYChart c = Charts.cdf("t", "x", Map.of("A", new double[] {3, 1, 2}));
        XYSeries s = visible(c).get(0);
        assertArrayEquals(new double[] {1, 1, 2, 2, 3, 3}, s.getXData());
        assertArrayEquals(new double[] {0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 2 / 3.0, 1}, s.getYData(), 1e-12);
        XYSeries e = visible(Charts.exceedance("t", "x", Map.of("A", new double[] {3, 1, 2}))).get(0);
        assertArrayEquals(new double[] {1, 2 / 3.0, 2 / 3.0, 1 / 3.0, 1 / 3.0, 0}, e.getYData(), 1e-12);
    }

    @Test
    void largeSamplesAreThinnedToEvenlySpacedOrderStatistics() {
        double[] v = new double[10_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = v.length - i; // reversed, so the factory must sort
        }
        XYSeries s = visible(Charts.cdf("t", "x", Map.of("A", v))).get(0);
        assertEquals(DistributionPlots.MAX_CURVE_POINTS, s.getXData().length);
        assertEquals(1, s.getXData()[0]);
        assertEquals(10_000, s.getXData()[s.getXData().length - 1]);
        for (int j = 0; j < s.getXData().length; j++) {
            assertEquals(s.getXData()[j] / 10_000, s.getYData()[j], 1e-12, "F(x_(i)) = i / n");
        }
    }

    @Test
    void quantileCurvesPlotGivenProbabilities() {
        double[] p = {0.05, 0.5, 0.95};
        XYChart cdf = Charts.cdfOfQuantiles("t", "x", p, Map.of("A", new double[] {1, 2, 4}));
        assertArrayEquals(p, visible(cdf).get(0).getYData(), 1e-12);
        XYChart exc = Charts.exceedanceOfQuantiles("t", "x", p, Map.of("A", new double[] {1, 2, 4}));
        assertArrayEquals(new double[] {0.95, 0.5, 0.05}, visible(exc).get(0).getYData(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> Charts.cdfOfQuantiles("t", "x", p, Map.of("A", new double[] {1, 3, 2})));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.cdfOfQuantiles("t", "x", new double[] {0.5, 0.2}, Map.of("A", new double[] {1, 2})));
        Pixels.render(cdf);
        Pixels.render(exc);
    }

    @Test
    void equallySpacedXGetsAHiddenHelperSoTicksAreRoundNumbers() {
        XYChart c = Charts.histogram("t", "x", Map.of("A", new double[] {0.3, 1.7, 2.2}), 4);
        XYSeries helper = c.getSeries(Ticks.HELPER);
        assertFalse(helper.isShowInLegend());
        double x = helper.getXData()[0];
        double[] edges = Densities.edges(0.3, 2.2, 4);
        for (double e : edges) {
            assertTrue(Math.abs(x - e) > 1e-3, "helper lies off the bin-edge grid");
        }
        assertEquals("2030", Ticks.number(2030.0));
        assertEquals("0.05", Ticks.number(0.05));
        assertEquals("0.3", Ticks.number(0.1 + 0.2));
    }
}

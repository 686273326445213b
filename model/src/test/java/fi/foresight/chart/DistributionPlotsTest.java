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

class DistributionPlotsTest {

    static List<XySpec.Curve> visible(XySpec chart) {
        return chart.curves();
    }

    private static Map<Text, double[]> twoScenarios() {
        Map<Text, double[]> m = new LinkedHashMap<>();
        m.put(Text.plain("Base"), ChartGallery.normal(RandomSource.XO_RO_SHI_RO_128_PP.create(1L), 3000, 10, 2));
        m.put(Text.plain("Policy"), ChartGallery.normal(RandomSource.XO_RO_SHI_RO_128_PP.create(2L), 1000, 13, 3));
        return m;
    }

    @Test
    void histogramOverlaysOneStepOutlinePerSeriesWithSharesSummingTo100() {
        XySpec c = Charts.histogram(Text.plain("Net benefit"), Text.plain("M€"), twoScenarios(), 25);
        List<XySpec.Curve> series = visible(c);
        assertEquals(List.of("Base", "Policy"), series.stream().map(k -> k.name().en()).toList());
        for (XySpec.Curve s : series) {
            assertEquals(25 + 1, s.x().length);
            double total = 0;
            for (int k = 0; k < 25; k++) {
                total += s.y()[k];
            }
            assertEquals(100.0, total, 1e-9);
            assertEquals(XySpec.Look.STEPS, s.look(), "overlaid series are translucent step areas");
        }
        assertTrue(ChartRenderer.chart(c, "en").getLegend() != null, "two series get a legend");
        Pixels.render(c);
    }

    @Test
    void histogramOfBinsTurnsCountsIntoShares() {
        XySpec c = Charts.histogramOfBins(Text.plain("t"), Text.plain("x"), new double[] {0, 1, 3}, Map.of(Text.plain("A"), new double[] {1, 3}));
        XySpec.Curve s = visible(c).get(0);
        assertArrayEquals(new double[] {0, 1, 3}, s.x());
        assertArrayEquals(new double[] {25, 75, 75}, s.y(), 1e-12);
        assertTrue(ChartRenderer.chart(c, "en").getLegend() == null, "one series needs no legend");
        Pixels.render(c);
    }

    @Test
    void histogramRejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Charts.histogram(Text.plain("t"), Text.plain("x"), Map.of(), 10));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.histogram(Text.plain("t"), Text.plain("x"), Map.of(Text.plain("A"), new double[] {1, Double.NaN}), 10));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.histogram(Text.plain("t"), Text.plain("x"), Map.of(Text.plain("A"), new double[] {1, 2}), 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Charts.histogramOfBins(
                Text.plain("t"), Text.plain("x"), new double[] {0, 2, 1}, Map.of(Text.plain("A"), new double[] {1, 1})));
        assertTrue(e.getMessage().contains("increase strictly"), e.getMessage());
    }

    @Test
    void densityCurvesIntegrateToAboutOne() {
        XySpec c = Charts.density(Text.plain("t"), Text.plain("x"), twoScenarios());
        for (XySpec.Curve s : visible(c)) {
            double[] x = s.x();
            double[] y = s.y();
            assertEquals(Curves.DENSITY_GRID, x.length);
            double area = 0;
            for (int i = 1; i < x.length; i++) {
                area += (y[i] + y[i - 1]) / 2 * (x[i] - x[i - 1]);
            }
            // the grid reaches 3 bandwidths past the data, so at most ~0.2 % of kernel mass is cut off
            assertEquals(1.0, area, 0.005, s.name().en());
        }
        Pixels.render(c);
    }

    @Test
    void smallSamplesGiveExactEcdfSteps() {
        XySpec c = Charts.cdf(Text.plain("t"), Text.plain("x"), Map.of(Text.plain("A"), new double[] {3, 1, 2}));
        XySpec.Curve s = visible(c).get(0);
        assertArrayEquals(new double[] {1, 1, 2, 2, 3, 3}, s.x());
        assertArrayEquals(new double[] {0, 1 / 3.0, 1 / 3.0, 2 / 3.0, 2 / 3.0, 1}, s.y(), 1e-12);
        XySpec.Curve e = visible(Charts.exceedance(Text.plain("t"), Text.plain("x"), Map.of(Text.plain("A"), new double[] {3, 1, 2}))).get(0);
        assertArrayEquals(new double[] {1, 2 / 3.0, 2 / 3.0, 1 / 3.0, 1 / 3.0, 0}, e.y(), 1e-12);
    }

    @Test
    void largeSamplesAreThinnedToEvenlySpacedOrderStatistics() {
        double[] v = new double[10_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = v.length - i; // reversed, so the factory must sort
        }
        XySpec.Curve s = visible(Charts.cdf(Text.plain("t"), Text.plain("x"), Map.of(Text.plain("A"), v))).get(0);
        assertEquals(Curves.MAX_CURVE_POINTS, s.x().length);
        assertEquals(1, s.x()[0]);
        assertEquals(10_000, s.x()[s.x().length - 1]);
        for (int j = 0; j < s.x().length; j++) {
            assertEquals(s.x()[j] / 10_000, s.y()[j], 1e-12, "F(x_(i)) = i / n");
        }
    }

    @Test
    void quantileCurvesPlotGivenProbabilities() {
        double[] p = {0.05, 0.5, 0.95};
        XySpec cdf = Charts.cdfOfQuantiles(Text.plain("t"), Text.plain("x"), p, Map.of(Text.plain("A"), new double[] {1, 2, 4}));
        assertArrayEquals(p, visible(cdf).get(0).y(), 1e-12);
        XySpec exc = Charts.exceedanceOfQuantiles(Text.plain("t"), Text.plain("x"), p, Map.of(Text.plain("A"), new double[] {1, 2, 4}));
        assertArrayEquals(new double[] {0.95, 0.5, 0.05}, visible(exc).get(0).y(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> Charts.cdfOfQuantiles(Text.plain("t"), Text.plain("x"), p, Map.of(Text.plain("A"), new double[] {1, 3, 2})));
        assertThrows(IllegalArgumentException.class,
                () -> Charts.cdfOfQuantiles(Text.plain("t"), Text.plain("x"), new double[] {0.5, 0.2}, Map.of(Text.plain("A"), new double[] {1, 2})));
        Pixels.render(cdf);
        Pixels.render(exc);
    }

    @Test
    void ticksAreRoundNumbersWithAtMostFourSignificantDigits() {
        XySpec c = Charts.histogram(Text.plain("t"), Text.plain("x"), Map.of(Text.plain("A"),
                new double[] {0.3, 1.7, 2.2}), 4);
        for (String t : ChartTextFitTest.ticks(c, "en")) {
            assertTrue(t.matches("[0-9]+(\\.[0-9]{1,3})?"), "tick " + t);
        }
        assertEquals("2030", TickFormat.of("en", 1, false, Double.NaN).format(2030.0));
        assertEquals("0.05", TickFormat.of("en", 0.05, true, Double.NaN).format(0.05));
        assertEquals("0.3", TickFormat.of("en", 0.1, true, Double.NaN).format(0.1 + 0.2));
    }
}

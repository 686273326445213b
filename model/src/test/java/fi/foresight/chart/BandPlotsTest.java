package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class BandPlotsTest {

    private static final double[] X = {2025, 2030, 2035, 2040};

    @Test
    void lineWithBandIsAClosedPolygonUnderTheLine() {
        XYChart c = Charts.lineWithBand("Convergence", "Runs", "Mean", X, new double[] {5, 6, 6, 6},
                new double[] {4, 5.5, 5.7, 5.8}, new double[] {6, 6.5, 6.3, 6.2});
        List<XYSeries> s = DistributionPlotsTest.visible(c);
        assertEquals(List.of("95 % confidence interval", "Mean"), s.stream().map(XYSeries::getName).toList());
        XYSeries band = s.get(0);
        assertArrayEquals(new double[] {2025, 2030, 2035, 2040, 2040, 2035, 2030, 2025}, band.getXData());
        assertArrayEquals(new double[] {6, 6.5, 6.3, 6.2, 5.8, 5.7, 5.5, 4}, band.getYData());
        assertEquals(XYSeries.XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle().orElseThrow());
        Pixels.render(c);
        assertThrows(IllegalArgumentException.class, () -> Charts.lineWithBand("t", "x", "y", X,
                new double[] {1, 1, 1, 1}, new double[] {0, 2, 0, 0}, new double[] {2, 1, 2, 2}));
    }

    @Test
    void fanNestsTwoBandsUnderAMedianLine() {
        FanBands b = new FanBands(new double[] {1, 1, 1, 1}, new double[] {2, 2, 2, 2}, new double[] {3, 3, 3, 3},
                new double[] {4, 4, 5, 5}, new double[] {5, 6, 7, 8});
        XYChart c = Charts.fan("Emissions", "Year", "Mt", X, b);
        List<XYSeries> s = DistributionPlotsTest.visible(c);
        assertEquals(List.of("P5–P95", "P25–P75", "Median"), s.stream().map(XYSeries::getName).toList());
        assertEquals(8, s.get(0).getXData().length);
        assertArrayEquals(new double[] {5, 6, 7, 8, 1, 1, 1, 1}, s.get(0).getYData());
        assertArrayEquals(new double[] {3, 3, 3, 3}, s.get(2).getYData());
        assertTrue(s.get(0).getFillColor().getAlpha() < s.get(1).getFillColor().getAlpha(),
                "the inner band is the darker one");
        Pixels.render(c);
    }

    @Test
    void fanBandsRejectCrossingPercentilesAndCopyArrays() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FanBands(
                new double[] {1}, new double[] {3}, new double[] {2}, new double[] {4}, new double[] {5}));
        assertTrue(e.getMessage().contains("p25[0] (3.0) > p50[0] (2.0)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FanBands(
                new double[] {1, 1}, new double[] {2}, new double[] {3}, new double[] {4}, new double[] {5}));
        double[] p50 = {3};
        FanBands b = new FanBands(new double[] {1}, new double[] {2}, p50, new double[] {4}, new double[] {5});
        p50[0] = 99;
        assertEquals(3, b.p50()[0]);
    }

    @Test
    void overlayHasOneLinePerEntryInOrder() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("Base", new double[] {1, 2, 3, 4});
        m.put("Green", new double[] {1, 1, 2, 2});
        m.put("Fragmented", new double[] {2, 3, 4, 5});
        XYChart c = Charts.overlay("Median", "Year", "Mt", X, m);
        List<XYSeries> s = DistributionPlotsTest.visible(c);
        assertEquals(List.of("Base", "Green", "Fragmented"), s.stream().map(XYSeries::getName).toList());
        assertEquals(ChartStyle.color(1), s.get(1).getLineColor());
        Pixels.render(c);
        assertThrows(IllegalArgumentException.class,
                () -> Charts.overlay("t", "x", "y", X, Map.of("A", new double[] {1, 2})));
    }

    @Test
    void spaghettiDrawsEveryPathWithOneLegendEntry() {
        double[][] paths = new double[25][4];
        for (int p = 0; p < 25; p++) {
            for (int t = 0; t < 4; t++) {
                paths[p][t] = p + t;
            }
        }
        XYChart c = Charts.spaghetti("Paths", "Year", "Mt", X, paths);
        List<XYSeries> s = DistributionPlotsTest.visible(c);
        assertEquals(25, s.size());
        assertEquals(1, s.stream().filter(XYSeries::isShowInLegend).count());
        assertEquals("Sample paths (n = 25)", s.get(0).getName());
        Pixels.render(c);
    }
}

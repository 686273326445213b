package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandPlotsTest {
    private static final double[] X = {2025, 2030, 2035, 2040};

    static List<String> names(XySpec c) {
        var out = new java.util.ArrayList<String>();
        c.bands().forEach(b -> out.add(b.name().en()));
        c.curves().stream().filter(k -> k.name() != null).forEach(k -> out.add(k.name().en()));
        return out;
    }

    @Test
    void lineWithBandIsABandUnderTheLine() {
        XySpec c = Charts.lineWithBand(Text.plain("Convergence"), Text.plain("Runs"), Text.plain("Mean"), X,
                new double[] {5, 6, 6, 6}, new double[] {4, 5.5, 5.7, 5.8}, new double[] {6, 6.5, 6.3, 6.2});
        assertEquals(List.of("95 % confidence interval", "Mean"), names(c));
        assertEquals("95 %:n luottamusväli", c.bands().get(0).name().fi());
        XySpec.Band band = c.bands().get(0);
        assertArrayEquals(X, band.x());
        assertArrayEquals(new double[] {6, 6.5, 6.3, 6.2}, band.high());
        assertArrayEquals(new double[] {4, 5.5, 5.7, 5.8}, band.low());
        Pixels.render(c);
        assertThrows(IllegalArgumentException.class, () -> Charts.lineWithBand(Text.plain("t"), Text.plain("x"),
                Text.plain("y"), X, new double[] {1, 1, 1, 1}, new double[] {0, 2, 0, 0}, new double[] {2, 1, 2, 2}));
    }

    @Test
    void longRunsAreThinnedToOnePointPerPixelColumnKeepingTheBandsExtremes() {
        int n = 100_000;
        double[] x = new double[n];
        double[] m = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            m[i] = 1 + 1 / Math.sqrt(i + 1);
            lo[i] = m[i] - 2 / Math.sqrt(i + 1);
            hi[i] = m[i] + 2 / Math.sqrt(i + 1);
        }
        XySpec c = Charts.lineWithBand(Text.plain("t"), Text.plain("x"), Text.plain("y"), x, m, lo, hi);
        int kept = c.curves().get(0).x().length;
        assertTrue(kept <= 2 * Thin.COLUMNS + 2, "kept " + kept);
        assertEquals(lo[0], java.util.Arrays.stream(c.bands().get(0).low()).min().orElseThrow(), 0);
        assertEquals(hi[0], java.util.Arrays.stream(c.bands().get(0).high()).max().orElseThrow(), 0);
    }

    @Test
    void fanNestsTwoBandsUnderAMedianLine() {
        FanBands b = new FanBands(new double[] {1, 1, 1, 1}, new double[] {2, 2, 2, 2}, new double[] {3, 3, 3, 3},
                new double[] {4, 4, 5, 5}, new double[] {5, 6, 7, 8});
        XySpec c = Charts.fan(Text.plain("Emissions"), Text.plain("Year"), Text.plain("Mt"), X, b);
        assertEquals(List.of("P5–P95", "P25–P75", "Median"), names(c));
        assertArrayEquals(new double[] {5, 6, 7, 8}, c.bands().get(0).high());
        assertArrayEquals(new double[] {1, 1, 1, 1}, c.bands().get(0).low());
        assertArrayEquals(new double[] {3, 3, 3, 3}, c.curves().get(0).y());
        assertTrue(c.bands().get(0).alpha() < c.bands().get(1).alpha(), "the inner band is the darker one");
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
        Map<Text, double[]> m = new LinkedHashMap<>();
        m.put(Text.plain("Base"), new double[] {1, 2, 3, 4});
        m.put(Text.plain("Green"), new double[] {1, 1, 2, 2});
        m.put(Text.plain("Fragmented"), new double[] {2, 3, 4, 5});
        XySpec c = Charts.overlay(Text.plain("Median"), Text.plain("Year"), Text.plain("Mt"), X, m);
        assertEquals(List.of("Base", "Green", "Fragmented"), names(c));
        assertEquals(1, c.curves().get(1).colour());
        Pixels.render(c);
        assertThrows(IllegalArgumentException.class, () -> Charts.overlay(Text.plain("t"), Text.plain("x"),
                Text.plain("y"), X, Map.of(Text.plain("A"), new double[] {1, 2})));
    }

    @Test
    void spaghettiDrawsEveryPathWithOneLegendEntry() {
        double[][] paths = new double[25][4];
        for (int p = 0; p < 25; p++) {
            for (int t = 0; t < 4; t++) {
                paths[p][t] = p + t;
            }
        }
        XySpec c = Charts.spaghetti(Text.plain("Paths"), Text.plain("Year"), Text.plain("Mt"), X, paths);
        assertEquals(25, c.curves().size());
        assertEquals(1, c.curves().stream().filter(k -> k.name() != null).count());
        assertEquals("Sample paths (n = 25)", c.curves().get(0).name().en());
        String svg = ChartRenderer.svg(c, "en");
        assertTrue(svg.split("<path").length - 1 >= 25, "one path per series");
        Pixels.render(c);
    }
}

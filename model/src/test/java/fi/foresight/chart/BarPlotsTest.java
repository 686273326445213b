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

class BarPlotsTest {
    private static final List<Text> DRIVERS = Text.plain(List.of("Energy", "Policy", "Tech"));
    private static final Text S1 = Text.plain("S1");
    private static final Text ST = Text.plain("ST");

    @Test
    void groupedBarsHaveOneSeriesPerEntry() {
        Map<Text, double[]> m = new LinkedHashMap<>();
        m.put(S1, new double[] {0.4, 0.2, 0.1});
        m.put(ST, new double[] {0.5, 0.3, 0.1});
        BarSpec c = Charts.bars(Text.plain("Sobol"), Text.plain("Index"), DRIVERS, m);
        assertEquals(List.of("S1", "ST"), c.series().stream().map(s -> s.name().en()).toList());
        for (BarSpec.BarSeries s : c.series()) {
            assertEquals(3, s.values().length);
        }
        Pixels.render(c);
    }

    /** Every whisker stands on its bar's centre. */
    @Test
    void whiskersStandOnTheCentreOfTheirBars() {
        Map<Text, double[]> v = new LinkedHashMap<>();
        v.put(S1, new double[] {10, 10, 10});
        v.put(ST, new double[] {10, 10, 10});
        Map<Text, double[]> lo = new LinkedHashMap<>();
        lo.put(S1, new double[] {2, 2, 2});
        lo.put(ST, new double[] {2, 2, 2});
        Map<Text, double[]> hi = new LinkedHashMap<>();
        hi.put(S1, new double[] {18, 18, 18});
        hi.put(ST, new double[] {18, 18, 18});
        BarSpec c = Charts.bars(Text.plain("Sobol"), Text.plain("Index"), DRIVERS, v, lo, hi);
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
        List<Double> whiskers = Pixels.darkCentres(img, barTop - 6, 128, (int) (barCentres.get(0) - 15),
                img.getWidth() - 1);
        assertEquals(6, whiskers.size(), "one whisker above each bar: " + whiskers);
        for (int i = 0; i < 6; i++) {
            assertEquals(barCentres.get(i), whiskers.get(i), 1.5, "bar " + i);
        }
    }

    @Test
    void whiskersMustEncloseTheBar() {
        Map<Text, double[]> v = Map.of(S1, new double[] {0.4, 0.2, 0.1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Charts.bars(Text.plain("t"),
                Text.plain("y"), DRIVERS, v, Map.of(S1, new double[] {0.3, 0.25, 0}),
                Map.of(S1, new double[] {0.5, 0.3, 0.2})));
        assertTrue(e.getMessage().contains("'Policy'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Charts.bars(Text.plain("t"), Text.plain("y"), DRIVERS, v,
                Map.of(), Map.of(S1, new double[] {1, 1, 1})));
    }

    @Test
    void tornadoSortsBySwingAndStartsAtTheBase() {
        BarSpec c = Charts.tornado(Text.plain("Net benefit"), Text.plain("M€"),
                Text.plain(List.of("Small", "Large", "Medium")), new double[] {9.5, 4, 12},
                new double[] {10.5, 16, 7}, 10);
        assertEquals(List.of(Charts.LOW_INPUT, Charts.HIGH_INPUT), c.series().stream().map(BarSpec.BarSeries::name)
                .toList());
        assertEquals(List.of("Large", "Medium", "Small"), c.categories().stream().map(Text::en).toList());
        assertArrayEquals(new double[] {4, 12, 9.5}, c.series().get(0).values());
        assertArrayEquals(new double[] {16, 7, 10.5}, c.series().get(1).values());
        assertEquals(10, c.base());
        assertTrue(c.horizontal());
        // ticks show outputs, or the signed change from the base when asked
        List<String> ticks = ChartTextFitTest.ticks(c, "en");
        assertTrue(ticks.contains("12") || ticks.contains("12.5") || ticks.contains("15"), ticks.toString());
        List<String> changes = ChartTextFitTest.ticks(c.withTickOffset(10), "en");
        assertTrue(changes.stream().anyMatch(t -> t.startsWith("+")) && changes.stream().anyMatch(t -> t.startsWith(
                "\u2212")), changes.toString());
        Pixels.render(c);
    }
}

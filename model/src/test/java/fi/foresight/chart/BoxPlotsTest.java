package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoxPlotsTest {

    @Test
    void fiveNumbersMustBeOrderedAndFinite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FiveNumbers(1, 3, 2, 4, 5));
        assertTrue(e.getMessage().contains("p25 (3.0) > p50 (2.0)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FiveNumbers(1, 2, 3, 4, Double.POSITIVE_INFINITY));
        new FiveNumbers(2, 2, 2, 2, 2); // a degenerate box is allowed
    }

    @Test
    void drawsOneBoxPerCategoryWithTheWhiskerThroughItsCentre() {
        // the boxes overlap in height (15 to 17), so one pixel row crosses all three
        List<FiveNumbers> boxes = List.of(new FiveNumbers(10, 14, 16, 18, 24), new FiveNumbers(5, 12, 14, 17, 20),
                new FiveNumbers(12, 15, 18, 20, 30));
        BoxSpec c = Charts.boxPlot(Text.plain("Jobs"), Text.plain("thousands"), Text.plain(List.of("A", "B", "C")),
                boxes);
        assertEquals(1, c.groups().size(), "one group of boxes");
        BufferedImage img = Pixels.render(c);
        Color fill = ChartStyle.lighten(ChartStyle.color(0), 0.6);
        int row = Pixels.rowWithMostRuns(img, fill);
        List<int[]> runs = Pixels.merge(Pixels.runs(img, row, fill), 4); // median lines may split a run
        assertEquals(3, runs.size(), "three boxes side by side");
        for (int[] run : runs) {
            int centre = (run[0] + run[1]) / 2;
            int top = Pixels.topRow(img, fill, centre, centre);
            // just above the box (past its 1.5 px border) the whisker runs up the centre line
            double whisker = Math.min(Pixels.luma(img, centre, top - 5), Math.min(Pixels.luma(img, centre - 1, top - 5),
                    Pixels.luma(img, centre + 1, top - 5))); // within a pixel of the centre (rounding of the edges)
            assertTrue(whisker < 160, "whisker above box at x=" + centre);
            assertTrue(Pixels.luma(img, run[0] + 3, top - 5) > 200, "no whisker off-centre");
        }
    }

    @Test
    void valueAxisNeedNotStartAtZero() {
        double high = lowerBound(new FiveNumbers(80, 85, 90, 95, 160));
        assertTrue(high > 60 && high <= 80, "axis starts near the data: " + high);
        assertTrue(lowerBound(new FiveNumbers(1, 2, 3, 4, 10)) <= 1);
        assertTrue(lowerBound(new FiveNumbers(-10, 0, 1, 2, 10)) <= -10);
    }

    private static double lowerBound(FiveNumbers box) {
        var chart = ChartRenderer.chart(Charts.boxPlot(Text.plain("t"), Text.plain("y"), List.of(Text.plain("A")),
                List.of(box)), "en");
        return chart.getCategoryPlot().getRangeAxis().getLowerBound();
    }

    @Test
    void categoriesAndSummariesMustMatch() {
        assertThrows(IllegalArgumentException.class, () -> Charts.boxPlot(Text.plain("t"), Text.plain("y"),
                Text.plain(List.of("A", "B")),
                List.of(new FiveNumbers(1, 2, 3, 4, 5))));
        assertThrows(IllegalArgumentException.class, () -> Charts.boxPlot(Text.plain("t"), Text.plain("y"),
                List.of(), List.of()));
    }
}

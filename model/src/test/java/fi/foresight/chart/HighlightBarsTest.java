package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightBarsTest {

    /** Vertical bands [top, bottom] of rows holding {@code colour} somewhere right of {@code fromX}. */
    private static List<int[]> bands(BufferedImage img, Color colour, int fromX) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int y = 0; y < img.getHeight() - 50; y++) { // the legend sits in the bottom 50 px
            boolean hit = Pixels.runs(img, y, colour).stream().anyMatch(r -> r[1] - r[0] >= 2 && r[1] >= fromX);
            if (hit && start < 0) {
                start = y;
            } else if (!hit && start >= 0) {
                out.add(new int[] {start, y - 1});
                start = -1;
            }
        }
        return out;
    }

    @Test
    void flaggedBarsAreHighlightedInTheirOwnRowsAndAZeroBarStillShows() {
        BarSpec c = Charts.highlightBars(Text.plain("Balances"), Text.plain("Balance"),
                Text.plain(List.of("a", "b", "c", "d")), new double[] {3, -2, 0, 5},
                new boolean[] {true, false, true, false}, Text.plain("Chosen"), Text.plain("Other"));
        BufferedImage img = Pixels.render(c);
        int plotLeft = img.getWidth() / 6; // right of the legend boxes
        List<int[]> blue = bands(img, ChartStyle.color(0), plotLeft);
        List<int[]> grey = bands(img, ChartStyle.NEUTRAL, plotLeft);
        // the legend sits below the plot, outside the rows searched; rows a and c are blue, b and d grey
        assertEquals(2, blue.size(), "blue bands");
        assertEquals(2, grey.size(), "grey bands");
        assertTrue(blue.get(0)[1] < grey.get(0)[0] && grey.get(0)[1] < blue.get(1)[0]
                && blue.get(1)[1] < grey.get(1)[0], "a, b, c, d from the top");
        int heightA = blue.get(0)[1] - blue.get(0)[0];
        int heightB = grey.get(0)[1] - grey.get(0)[0];
        assertTrue(Math.abs(heightA - heightB) <= 2, "bars of one height: " + heightA + " vs " + heightB);
    }

    @Test
    void theFlagsMustMatchTheValues() {
        assertThrows(IllegalArgumentException.class, () -> Charts.highlightBars(Text.plain("t"), Text.plain("x"),
                Text.plain(List.of("a", "b")), new double[] {1, 2}, new boolean[] {true}, Text.plain("on"),
                Text.plain("off")));
    }
}

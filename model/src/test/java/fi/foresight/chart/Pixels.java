package fi.foresight.chart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;


/** Reads rendered charts back for tests: runs of a colour along a row, dark pixels. */
final class Pixels {

    private Pixels() {
    }

    static BufferedImage render(ChartSpec chart) {
        return ChartRenderer.image(chart, "en", 72);
    }

    /** Horizontal runs [start, end] of exactly {@code colour} in row {@code y}. */
    static List<int[]> runs(BufferedImage img, int y, Color colour) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int x = 0; x < img.getWidth(); x++) {
            boolean hit = (img.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF);
            if (hit && start < 0) {
                start = x;
            } else if (!hit && start >= 0) {
                runs.add(new int[] {start, x - 1});
                start = -1;
            }
        }
        if (start >= 0) {
            runs.add(new int[] {start, img.getWidth() - 1});
        }
        return runs;
    }

    /** Runs joined where the gap between them is at most {@code gap} pixels (a whisker drawn over a bar). */
    static List<int[]> merge(List<int[]> runs, int gap) {
        List<int[]> merged = new ArrayList<>();
        for (int[] r : runs) {
            if (!merged.isEmpty() && r[0] - merged.get(merged.size() - 1)[1] <= gap + 1) {
                merged.get(merged.size() - 1)[1] = r[1];
            } else {
                merged.add(r.clone());
            }
        }
        return merged;
    }

    /** The row with the most runs of {@code colour} (the first such row from the top). */
    static int rowWithMostRuns(BufferedImage img, Color colour) {
        int best = -1;
        int bestCount = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            int n = runs(img, y, colour).size();
            if (n > bestCount) {
                best = y;
                bestCount = n;
            }
        }
        return best;
    }

    /** Topmost row containing {@code colour} between columns from and to (inclusive), or -1. */
    static int topRow(BufferedImage img, Color colour, int from, int to) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = from; x <= to; x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    return y;
                }
            }
        }
        return -1;
    }

    /** Luma (0 black .. 255 white) of a pixel. */
    static double luma(BufferedImage img, int x, int y) {
        Color c = new Color(img.getRGB(x, y));
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    /** Centres of runs of dark pixels (luma below {@code threshold}) in a row. */
    static List<Double> darkCentres(BufferedImage img, int y, double threshold, int from, int to) {
        List<Double> centres = new ArrayList<>();
        int start = -1;
        for (int x = from; x <= to + 1; x++) {
            boolean dark = x <= to && luma(img, x, y) < threshold;
            if (dark && start < 0) {
                start = x;
            } else if (!dark && start >= 0) {
                centres.add((start + x - 1) / 2.0);
                start = -1;
            }
        }
        return centres;
    }
}

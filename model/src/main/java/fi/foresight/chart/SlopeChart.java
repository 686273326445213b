package fi.foresight.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Slope charts of rank displacement (e.g. MICMAC direct to indirect influence): rank 1 at the top, a line
 * per variable from its rank in the left column to its rank in the right column, coloured by direction.
 */
final class SlopeChart {

    static final String UP = "Moves up";
    static final String DOWN = "Moves down";
    static final String SAME = "Same rank";

    private SlopeChart() {
    }

    static XYChart displacement(String title, List<String> labels, int[] rankA, int[] rankB, String nameA,
            String nameB) {
        if (rankA == null || rankB == null) {
            throw new IllegalArgumentException("both rank arrays are needed");
        }
        Checks.labels("labels", labels, rankA.length);
        Checks.sameLength("rankB", rankB.length, "rankA", rankA.length);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("labels is empty; give at least one variable");
        }
        int n = labels.size();
        for (int i = 0; i < n; i++) {
            if (rankA[i] < 1 || rankB[i] < 1) {
                throw new IllegalArgumentException("ranks of '" + labels.get(i) + "' are " + rankA[i] + " and "
                        + rankB[i] + "; ranks start at 1");
            }
        }
        int maxRank = 1;
        for (int i = 0; i < n; i++) {
            maxRank = Math.max(maxRank, Math.max(rankA[i], rankB[i]));
        }
        int widest = widestLabel(labels, rankA, rankB, maxRank);
        int width = Math.max(ChartStyle.WIDTH, 2 * (widest + 16) + 360);
        XYChart chart = ChartStyle.xyChart(title, "", "", width, ChartStyle.HEIGHT);
        boolean[] shown = new boolean[3];
        for (int kind : new int[] {-1, 1, 0}) { // legend order: up, down, same
            for (int i = 0; i < n; i++) {
                if (Integer.compare(rankB[i], rankA[i]) != kind) {
                    continue;
                }
                String group = kind < 0 ? UP : kind > 0 ? DOWN : SAME;
                Color colour = kind < 0 ? ChartStyle.color(0) : kind > 0 ? ChartStyle.color(4) : ChartStyle.NEUTRAL;
                XYSeries s = chart.addSeries(i + ": " + labels.get(i), new double[] {0, 1},
                        new double[] {-rankA[i], -rankB[i]});
                s.setLineColor(colour);
                s.setMarkerColor(colour);
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setShowInLegend(!shown[kind + 1]);
                if (!shown[kind + 1]) {
                    s.setLabel(group);
                }
                shown[kind + 1] = true;
            }
        }
        double pad = labelRoom(widest, width);
        XYSeries frame = chart.addSeries("frame", new double[] {-pad, 1 + pad},
                new double[] {0.6, -maxRank - 0.4});
        frame.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        frame.setMarker(SeriesMarkers.NONE);
        frame.setShowInLegend(false);
        chart.getStyler().setAxisTicksVisible(false);
        chart.getStyler().setAxisTitlesVisible(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setAxisTicksLineVisible(false);
        chart.getStyler().setMarkerSize(8);
        chart.addAnnotation(new RankLabels(labels, rankA, rankB, nameA, nameB));
        return chart;
    }

    /** Width in pixels of the widest label line ("names  rank"; tied names share a line) on either side. */
    private static int widestLabel(List<String> labels, int[] rankA, int[] rankB, int maxRank) {
        Map<Integer, String> left = new TreeMap<>();
        Map<Integer, String> right = new TreeMap<>();
        for (int i = 0; i < labels.size(); i++) {
            left.merge(rankA[i], labels.get(i), (a, b) -> a + ", " + b);
            right.merge(rankB[i], labels.get(i), (a, b) -> a + ", " + b);
        }
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        g.setFont(ChartStyle.LABEL_FONT);
        FontMetrics fm = g.getFontMetrics();
        int widest = 0;
        for (Map<Integer, String> side : List.of(left, right)) {
            for (String l : side.values()) {
                widest = Math.max(widest, fm.stringWidth(l + "  " + maxRank));
            }
        }
        g.dispose();
        return widest;
    }

    /** Horizontal room for labels on each side, in x units (the columns sit at x = 0 and x = 1). */
    private static double labelRoom(int widest, int width) {
        double room = widest + 16;
        double plot = (width - 60) * 0.92;
        double free = plot - 2 * room;
        return free < 120 ? 2.0 : Math.min(2.0, room / free);
    }

    /** Names beside each column (tied ranks share a line) and the two column headers. */
    static final class RankLabels extends Annotation {
        private final Map<Integer, String> left = new TreeMap<>();
        private final Map<Integer, String> right = new TreeMap<>();
        private final String nameA;
        private final String nameB;

        RankLabels(List<String> labels, int[] rankA, int[] rankB, String nameA, String nameB) {
            super(false);
            for (int i = 0; i < labels.size(); i++) {
                left.merge(rankA[i], labels.get(i), (a, b) -> a + ", " + b);
                right.merge(rankB[i], labels.get(i), (a, b) -> a + ", " + b);
            }
            this.nameA = nameA;
            this.nameB = nameB;
        }

        @Override
        public void paint(Graphics2D g) {
            g.setFont(ChartStyle.LABEL_FONT);
            g.setColor(ChartStyle.TEXT);
            FontMetrics fm = g.getFontMetrics();
            int x0 = getXAxisScreenValue(0);
            int x1 = getXAxisScreenValue(1);
            int half = fm.getAscent() / 2 - 1;
            for (Map.Entry<Integer, String> e : left.entrySet()) {
                String t = e.getValue() + "  " + e.getKey();
                g.drawString(t, x0 - 10 - fm.stringWidth(t), getYAxisScreenValue(-e.getKey()) + half);
            }
            for (Map.Entry<Integer, String> e : right.entrySet()) {
                g.drawString(e.getKey() + "  " + e.getValue(), x1 + 10, getYAxisScreenValue(-e.getKey()) + half);
            }
            g.setFont(ChartStyle.AXIS_TITLE_FONT.deriveFont(java.awt.Font.BOLD));
            fm = g.getFontMetrics();
            int y = getYAxisScreenValue(0.1);
            g.drawString(nameA, x0 - fm.stringWidth(nameA) / 2, y);
            g.drawString(nameB, x1 - fm.stringWidth(nameB) / 2, y);
        }
    }
}

package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Scatter plots whose points carry text labels, with optional reference lines (e.g. quadrant means). */
final class LabelledScatter {

    static final String POINTS = "points";
    static final String REFERENCE = "reference lines";

    private LabelledScatter() {
    }

    static XYChart scatterLabelled(String title, String xLabel, String yLabel, double[] x, double[] y,
            List<String> labels, double[] verticalLines, double[] horizontalLines) {
        Checks.nonEmptyFinite("x", x);
        Checks.finite("y", y);
        Checks.sameLength("y", y.length, "x", x.length);
        Checks.labels("labels", labels, x.length);
        double[] vLines = verticalLines == null ? new double[0] : Checks.finite("verticalLines", verticalLines).clone();
        double[] hLines = horizontalLines == null ? new double[0]
                : Checks.finite("horizontalLines", horizontalLines).clone();
        XYChart chart = ChartStyle.xyChart(title, xLabel, yLabel);
        XYSeries points = chart.addSeries(POINTS, x.clone(), y.clone());
        points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(ChartStyle.color(0));
        if (vLines.length + hLines.length > 0) {
            // invisible points that keep every reference line inside the axis ranges
            double[] rx = new double[vLines.length + hLines.length];
            double[] ry = new double[rx.length];
            for (int i = 0; i < vLines.length; i++) {
                rx[i] = vLines[i];
                ry[i] = y[0];
            }
            for (int i = 0; i < hLines.length; i++) {
                rx[vLines.length + i] = x[0];
                ry[vLines.length + i] = hLines[i];
            }
            XYSeries ref = chart.addSeries(REFERENCE, rx, ry);
            ref.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            ref.setMarker(SeriesMarkers.NONE);
            ref.setShowInLegend(false);
        }
        chart.getStyler().setLegendVisible(false);
        chart.addAnnotation(new LabelPainter(x.clone(), y.clone(), List.copyOf(labels), vLines, hLines));
        return Ticks.finish(chart);
    }

    /**
     * Draws the reference lines, then each label next to its point at the first of eight positions (right,
     * left, above, below, then the diagonals) that overlaps neither an earlier label nor a point.
     */
    static final class LabelPainter extends Annotation {
        private static final int GAP = 6;
        private final double[] x;
        private final double[] y;
        private final List<String> labels;
        private final double[] vLines;
        private final double[] hLines;

        LabelPainter(double[] x, double[] y, List<String> labels, double[] vLines, double[] hLines) {
            super(false);
            this.x = x;
            this.y = y;
            this.labels = labels;
            this.vLines = vLines;
            this.hLines = hLines;
        }

        @Override
        public void paint(Graphics2D g) {
            int left = Math.min(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
            int right = Math.max(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
            int top = Math.min(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            int bottom = Math.max(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            Stroke before = g.getStroke();
            g.setColor(ChartStyle.REFERENCE);
            g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
            for (double v : vLines) {
                int sx = getXAxisScreenValue(v);
                g.drawLine(sx, top, sx, bottom);
            }
            for (double h : hLines) {
                int sy = getYAxisScreenValue(h);
                g.drawLine(left, sy, right, sy);
            }
            g.setStroke(before);

            g.setFont(ChartStyle.LABEL_FONT);
            g.setColor(ChartStyle.TEXT);
            FontMetrics fm = g.getFontMetrics();
            int r = styler.getMarkerSize() / 2 + 1;
            List<Rectangle2D> taken = new ArrayList<>();
            int[] px = new int[x.length];
            int[] py = new int[x.length];
            for (int i = 0; i < x.length; i++) {
                px[i] = getXAxisScreenValue(x[i]);
                py[i] = getYAxisScreenValue(y[i]);
                taken.add(new Rectangle2D.Double(px[i] - r, py[i] - r, 2 * r, 2 * r));
            }
            for (int i = 0; i < x.length; i++) {
                String text = labels.get(i);
                if (text.isEmpty()) {
                    continue;
                }
                int w = fm.stringWidth(text);
                int h = fm.getAscent() + fm.getDescent();
                Rectangle2D chosen = null;
                boolean displaced = false;
                for (int[] d : candidates(w, h, r)) {
                    Rectangle2D box = new Rectangle2D.Double(px[i] + d[0], py[i] + d[1], w, h);
                    boolean inside = box.getMinX() >= left && box.getMaxX() <= right
                            && box.getMinY() >= top && box.getMaxY() <= bottom;
                    if (inside && taken.stream().noneMatch(box::intersects)) {
                        chosen = box;
                        displaced = d[2] > 0;
                        break;
                    }
                }
                if (chosen == null) {
                    int[] d = px[i] + r + GAP + w <= right ? offsets(w, h, r)[0] : offsets(w, h, r)[1];
                    chosen = new Rectangle2D.Double(px[i] + d[0], py[i] + d[1], w, h);
                }
                if (displaced) {
                    // a thin leader from the point to the label moved away from it
                    g.setColor(ChartStyle.NEUTRAL);
                    double lx = Math.max(chosen.getMinX(), Math.min(px[i], chosen.getMaxX()));
                    double ly = Math.max(chosen.getMinY(), Math.min(py[i], chosen.getMaxY()));
                    g.drawLine(px[i], py[i], (int) lx, (int) ly);
                    g.setColor(ChartStyle.TEXT);
                }
                taken.add(chosen);
                g.drawString(text, (float) chosen.getX(), (float) (chosen.getY() + fm.getAscent()));
            }
        }

        /**
         * The eight places beside the point, then the same places moved one, two and three label heights further
         * away (marked by a third entry &gt; 0, so that a leader line is drawn).
         */
        private static List<int[]> candidates(int w, int h, int r) {
            List<int[]> out = new ArrayList<>();
            for (int ring = 0; ring <= 3; ring++) {
                int step = ring * (h + 2);
                for (int[] d : offsets(w, h, r)) {
                    int dx = d[0] == -w / 2 ? 0 : Integer.signum(d[0] + w / 2) * step;
                    int dy = Integer.signum(d[1] + h / 2) * step;
                    out.add(new int[] {d[0] + dx, d[1] + dy, ring});
                    if (ring > 0 && dy == 0) {
                        out.add(new int[] {d[0] + dx, d[1] - step, ring});
                        out.add(new int[] {d[0] + dx, d[1] + step, ring});
                    }
                }
            }
            return out;
        }

        /** Top-left corner offsets of the label box relative to the point, in order of preference. */
        private static int[][] offsets(int w, int h, int r) {
            int side = r + GAP / 2;
            return new int[][] {
                {side, -h / 2}, {-side - w, -h / 2}, {-w / 2, -side - h}, {-w / 2, side},
                {side, -side - h}, {side, side}, {-side - w, -side - h}, {-side - w, side}};
        }
    }
}

package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Box plots drawn from given percentiles. XChart's BoxChart computes its own quartiles from raw data, so
 * here a category chart supplies the axes (its one series is invisible: whisker-long error bars that only
 * set the value range) and an annotation paints box, whiskers and median at each category centre.
 */
final class BoxPlots {

    static final String LEGEND = "Box P25–P75 · line median · whiskers P5–P95";
    /** Half the box width, in category widths. */
    static final double HALF_BOX = 0.22;

    private BoxPlots() {
    }

    static CategoryChart boxPlot(String title, String yLabel, List<String> categories, List<FiveNumbers> summaries) {
        Checks.labels("categories", categories, summaries == null ? 0 : summaries.size());
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories is empty; give at least one box");
        }
        List<FiveNumbers> boxes = List.copyOf(summaries);
        CategoryChart chart = ChartStyle.categoryChart(title, "", yLabel);
        List<Double> mid = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        for (FiveNumbers b : boxes) {
            mid.add((b.p05() + b.p95()) / 2);
            half.add((b.p95() - b.p05()) / 2);
        }
        CategorySeries range = chart.addSeries(LEGEND, new ArrayList<>(categories), mid, half);
        range.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
        range.setMarker(SeriesMarkers.NONE);
        chart.getStyler().setErrorBarsColor(new Color(0, 0, 0, 0));
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        chart.getStyler().setLegendVisible(true);
        ChartStyle.categoryAxis(chart.getStyler(), categories.size(), ChartStyle.WIDTH - 120, true);
        chart.getStyler().setYAxisMin(lowerBound(boxes));
        chart.addAnnotation(new BoxPainter(boxes, ChartStyle.color(0)));
        return chart;
    }

    /**
     * Category charts start the value axis at zero; a box plot need not. Below the lowest whisker by 5 % of
     * the whisker range, or exactly zero when no value is negative and zero lies within half a range.
     */
    static double lowerBound(List<FiveNumbers> boxes) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (FiveNumbers b : boxes) {
            lo = Math.min(lo, b.p05());
            hi = Math.max(hi, b.p95());
        }
        double span = hi > lo ? hi - lo : Math.max(1, Math.abs(lo));
        double bound = lo - 0.05 * span;
        return lo >= 0 && lo < 0.5 * span ? 0 : bound;
    }

    /** Paints one box per category, centred on the category. */
    static final class BoxPainter extends Annotation {
        private final List<FiveNumbers> boxes;
        private final Color color;

        BoxPainter(List<FiveNumbers> boxes, Color color) {
            super(false);
            this.boxes = boxes;
            this.color = color;
        }

        @Override
        public void paint(Graphics2D g) {
            Stroke before = g.getStroke();
            Color fill = ChartStyle.lighten(color, 0.6);
            for (int i = 0; i < boxes.size(); i++) {
                FiveNumbers b = boxes.get(i);
                int cx = getXAxisScreenValue(i + 0.5);
                int left = getXAxisScreenValue(i + 0.5 - HALF_BOX);
                int right = getXAxisScreenValue(i + 0.5 + HALF_BOX);
                int capHalf = Math.max(3, (right - left) / 4);
                int y05 = getYAxisScreenValue(b.p05());
                int y25 = getYAxisScreenValue(b.p25());
                int y50 = getYAxisScreenValue(b.p50());
                int y75 = getYAxisScreenValue(b.p75());
                int y95 = getYAxisScreenValue(b.p95());
                g.setColor(ChartStyle.AXIS);
                g.setStroke(new BasicStroke(1.5f));
                g.drawLine(cx, y05, cx, y25);
                g.drawLine(cx, y75, cx, y95);
                g.drawLine(cx - capHalf, y05, cx + capHalf, y05);
                g.drawLine(cx - capHalf, y95, cx + capHalf, y95);
                int top = Math.min(y25, y75);
                int height = Math.max(1, Math.abs(y25 - y75));
                g.setColor(fill);
                g.fillRect(left, top, right - left, height);
                g.setColor(color);
                g.setStroke(new BasicStroke(1.5f));
                g.drawRect(left, top, right - left, height);
                g.setColor(ChartStyle.TEXT);
                g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                g.drawLine(left, y50, right, y50);
            }
            g.setStroke(before);
        }
    }
}

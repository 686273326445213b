package fi.foresight.job.types;

import fi.foresight.chart.ChartStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarSeries;

/**
 * Report charts with long labels (the model's driver labels) laid out horizontally, in the shared style: grouped
 * horizontal bars, categories from the top down in the order given.
 */
final class ReportCharts {
    /** Height of one bar (or range) row in pixels. */
    static final int ROW = 26;

    private ReportCharts() {
    }

    /** One bar per series in each category, the first category at the top. */
    static HorizontalBarChart bars(String title, String valueLabel, List<String> categories,
                                   Map<String, double[]> series) {
        int rows = categories.size() * Math.max(1, series.size());
        int height = Math.max(320, 150 + ROW * rows);
        HorizontalBarChart chart = ChartStyle.horizontalBarChart(title, valueLabel, "", ChartStyle.WIDTH, height);
        // XChart 4 reads the x tick-spacing hint for the category axis of horizontal bars too; a small hint keeps
        // every category label
        int perCategory = (int) (0.92 * (height - 150) / Math.max(1, categories.size()));
        chart.getStyler().setXAxisTickMarkSpacingHint(Math.max(8, Math.min(74, perCategory - 4)));
        chart.getStyler().setXAxisTickLabelsFormattingFunction(ReportCharts::tick);
        int i = 0;
        for (var e : series.entrySet()) {
            var values = new ArrayList<Double>();
            for (double v : e.getValue()) {
                values.add(Double.isFinite(v) ? v : 0.0);
            }
            HorizontalBarSeries s = chart.addSeries(e.getKey(), values, new ArrayList<>(categories));
            s.setFillColor(ChartStyle.color(i));
            i++;
        }
        chart.getStyler().setLegendVisible(series.size() > 1);
        return chart;
    }

    /** A tick label: up to 6 significant digits, a leading zero, no grouping. */
    static String tick(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}

package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarSeries;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Horizontal bars, one per category from the top down, some of them highlighted in the first palette colour and
 * the others grey (e.g. the impact balances of a CIB scenario with the chosen variants highlighted). XChart 4 gives
 * every series its own slot in a row, so the bars are one grey series and the highlighted ones are painted over it,
 * with a small legend, by an annotation.
 */
final class HighlightBars {
    private static final double FILL = 0.7;

    private HighlightBars() {
    }

    static HorizontalBarChart bars(String title, String xLabel, List<String> categories, double[] values,
            boolean[] highlight, String highlightName, String otherName) {
        Checks.finite("values", values);
        Checks.labels("categories", categories, values.length);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories is empty; give at least one category");
        }
        if (highlight == null || highlight.length != values.length) {
            throw new IllegalArgumentException("highlight needs one flag per category (" + values.length + ")");
        }
        int n = categories.size();
        int height = Math.max(ChartStyle.HEIGHT, 190 + 26 * n);
        int labels = HeatGrids.textWidth(ChartStyle.TICK_FONT, categories);
        int width = Math.max(ChartStyle.WIDTH, Math.max(labels + 480, HeatGrids.textWidth(ChartStyle.TITLE_FONT,
                List.of(ChartStyle.nullToEmpty(title))) + 60));
        HorizontalBarChart chart = ChartStyle.horizontalBarChart(title, xLabel, "", width, height);
        ChartStyle.categoryAxis(chart.getStyler(), n, height - 190, false);
        chart.getStyler().setAvailableSpaceFill(FILL);
        chart.getStyler().setLegendVisible(false);
        List<Double> all = new ArrayList<>();
        for (double v : values) {
            all.add(v);
        }
        HorizontalBarSeries s = chart.addSeries("values", all, List.copyOf(categories));
        s.setFillColor(ChartStyle.NEUTRAL);
        chart.getStyler().setXAxisTickLabelsFormattingFunction(BarPlots::tick);
        chart.addAnnotation(new Highlights(values.clone(), highlight.clone(), ChartStyle.nullToEmpty(highlightName),
                ChartStyle.nullToEmpty(otherName)));
        return chart;
    }

    /** Paints the highlighted bars, the line at 0 and a legend in the plot's lower right corner. */
    static final class Highlights extends Annotation {
        private final double[] values;
        private final boolean[] highlight;
        private final String highlightName;
        private final String otherName;

        Highlights(double[] values, boolean[] highlight, String highlightName, String otherName) {
            super(false);
            this.values = values;
            this.highlight = highlight;
            this.highlightName = highlightName;
            this.otherName = otherName;
        }

        @Override
        public void paint(Graphics2D g) {
            int top = Math.min(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            int bottom = Math.max(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            int zero = getXAxisScreenValue(0);
            // XChart 4 lays the categories out evenly over the plot content (plot height x content size, centred)
            double content = (bottom - top) * ((org.knowm.xchart.style.AxesChartStyler) styler).getPlotContentSize();
            double start = top + ((bottom - top) - content) / 2;
            double step = content / values.length;
            Stroke before = g.getStroke();
            g.setColor(ChartStyle.TEXT);
            g.setStroke(new BasicStroke(1.2f));
            g.drawLine(zero, top, zero, bottom);
            g.setStroke(before);
            g.setColor(ChartStyle.color(0));
            for (int i = 0; i < values.length; i++) {
                if (!highlight[i]) {
                    continue;
                }
                int x = getXAxisScreenValue(values[i]);
                double y = start + (i + (1 - FILL) / 2) * step;
                // a highlighted bar of length 0 still shows, as a short mark at 0
                double w = Math.max(6, Math.abs(x - zero));
                double left = Math.abs(x - zero) < 6 ? zero - 3 : Math.min(x, zero);
                g.fill(new java.awt.geom.Rectangle2D.Double(left, y, w, FILL * step));
            }
            legend(g, top);
        }

        /** The legend in one line at the top left, above the category labels. */
        private void legend(Graphics2D g, int top) {
            g.setFont(ChartStyle.LEGEND_FONT);
            FontMetrics fm = g.getFontMetrics();
            int box = 12;
            int x = 20;
            int y = top - box - 2;
            String[] names = {highlightName, otherName};
            Color[] colours = {ChartStyle.color(0), ChartStyle.NEUTRAL};
            for (int k = 0; k < 2; k++) {
                g.setColor(colours[k]);
                g.fillRect(x, y, box, box);
                g.setColor(ChartStyle.TEXT);
                g.drawString(names[k], x + box + 6, y + box - 1);
                x += box + 6 + fm.stringWidth(names[k]) + 18;
            }
        }
    }
}

package fi.foresight.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Tick-label fixes for XChart 4.0.3 quirks. */
final class Ticks {

    /** Name of the hidden series added by {@link #niceX}. */
    static final String HELPER = "tick helper";

    private Ticks() {
    }

    /**
     * A tick label for a nice axis value: up to 10 significant digits (so 0.30000000000000004 reads 0.3),
     * no grouping separators (years read 2030, not 2,030), a leading zero (0.05, not .05).
     */
    static String number(double v) {
        if (v == 0 || Math.abs(v) < 1e-12) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    static void plainX(AxesChartStyler s) {
        s.setXAxisTickLabelsFormattingFunction(Ticks::number);
    }

    static void plainY(AxesChartStyler s) {
        s.setYAxisTickLabelsFormattingFunction(Ticks::number);
    }

    /**
     * When every x value of a chart lies on one equally spaced grid (bin edges, years, run counts), XChart
     * 4 puts the x ticks on data values (e.g. "-0.5998, 2.4209, ...") instead of round numbers. One hidden,
     * marker-less point off the grid and inside the data range restores round-number ticks.
     */
    static void niceX(XYChart chart) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double y = Double.NaN;
        for (XYSeries s : chart.getSeriesCollection()) {
            for (double x : s.getXData()) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            if (Double.isNaN(y) && s.getYData().length > 0) {
                y = s.getYData()[0];
            }
        }
        if (!(max > min) || Double.isNaN(y)) {
            return;
        }
        XYSeries helper = chart.addSeries(HELPER, new double[] {min + (max - min) * 0.381966}, new double[] {y});
        helper.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        helper.setMarker(SeriesMarkers.NONE);
        helper.setShowInLegend(false);
    }

    /** Plain number labels on both axes and round-number x ticks: the finishing touch of XY factories. */
    static XYChart finish(XYChart chart) {
        plainX(chart.getStyler());
        plainY(chart.getStyler());
        niceX(chart);
        return chart;
    }
}

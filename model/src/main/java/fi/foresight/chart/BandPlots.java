package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Paths over an x axis (time, sample size): a line with a band, fan charts, overlays and spaghetti. */
final class BandPlots {

    private BandPlots() {
    }

    static XYChart lineWithBand(String title, String xLabel, String yLabel, double[] x, double[] line,
            double[] low, double[] high, String lineName, String bandName) {
        Checks.nonEmptyFinite("x", x);
        Checks.finite("line", line);
        Checks.finite("low", low);
        Checks.finite("high", high);
        Checks.sameLength("line", line.length, "x", x.length);
        Checks.sameLength("low", low.length, "x", x.length);
        Checks.sameLength("high", high.length, "x", x.length);
        for (int i = 0; i < x.length; i++) {
            if (low[i] > high[i]) {
                throw new IllegalArgumentException("low[" + i + "] (" + low[i] + ") > high[" + i + "] (" + high[i]
                        + "); the band needs low <= high");
            }
        }
        XYChart chart = ChartStyle.xyChart(title, xLabel, yLabel);
        Color c = ChartStyle.color(0);
        addBand(chart, bandName, x, low, high, ChartStyle.withAlpha(c, 0.25));
        addLine(chart, lineName, x, line, c, 2f);
        return Ticks.finish(chart);
    }

    static XYChart fan(String title, String xLabel, String yLabel, double[] x, FanBands bands) {
        Checks.nonEmptyFinite("x", x);
        Checks.sameLength("bands", bands.size(), "x", x.length);
        XYChart chart = ChartStyle.xyChart(title, xLabel, yLabel);
        Color c = ChartStyle.color(0);
        addBand(chart, "P5–P95", x, bands.p05(), bands.p95(), ChartStyle.withAlpha(c, 0.18));
        addBand(chart, "P25–P75", x, bands.p25(), bands.p75(), ChartStyle.withAlpha(c, 0.38));
        addLine(chart, "Median", x, bands.p50(), c.darker(), 2.5f);
        return Ticks.finish(chart);
    }

    static XYChart overlay(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> lines) {
        Checks.nonEmptyFinite("x", x);
        Checks.nonEmpty("lines", lines);
        XYChart chart = ChartStyle.xyChart(title, xLabel, yLabel);
        int i = 0;
        for (Map.Entry<String, double[]> e : lines.entrySet()) {
            String name = "lines['" + e.getKey() + "']";
            Checks.finite(name, e.getValue());
            Checks.sameLength(name, e.getValue().length, "x", x.length);
            addLine(chart, e.getKey(), x, e.getValue(), ChartStyle.color(i++), 2f);
        }
        return Ticks.finish(chart);
    }

    static XYChart spaghetti(String title, String xLabel, String yLabel, double[] x, double[][] paths) {
        Checks.nonEmptyFinite("x", x);
        if (paths == null || paths.length == 0) {
            throw new IllegalArgumentException("paths is empty; give at least one path");
        }
        XYChart chart = ChartStyle.xyChart(title, xLabel, yLabel);
        Color c = ChartStyle.withAlpha(ChartStyle.color(0), paths.length > 100 ? 0.12 : 0.3);
        for (int p = 0; p < paths.length; p++) {
            String name = "paths[" + p + "]";
            Checks.finite(name, paths[p]);
            Checks.sameLength(name, paths[p].length, "x", x.length);
            XYSeries s = addLine(chart, p == 0 ? "Sample paths (n = " + paths.length + ")" : "path " + p,
                    x, paths[p], c, 1f);
            s.setShowInLegend(p == 0);
        }
        return Ticks.finish(chart);
    }

    /** A closed polygon: along {@code high} forwards, back along {@code low}. */
    static XYSeries addBand(XYChart chart, String name, double[] x, double[] low, double[] high, Color fill) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = high[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = low[i];
        }
        XYSeries s = chart.addSeries(name, px, py);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(fill);
        s.setLineColor(fill);
        s.setLineStyle(new BasicStroke(0.5f));
        return s;
    }

    static XYSeries addLine(XYChart chart, String name, double[] x, double[] y, Color color, float width) {
        XYSeries s = chart.addSeries(name, x.clone(), y.clone());
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return s;
    }
}

package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Histograms, densities, CDFs and exceedance curves of one outcome, one series per scenario. */
final class DistributionPlots {

    static final String SHARE_LABEL = "Share of runs (%)";
    static final String DENSITY_LABEL = "Probability density";
    static final String CDF_LABEL = "Probability of a value at or below x";
    static final String EXCEEDANCE_LABEL = "Probability of exceeding x";
    /** Curves with more points than this are thinned to this many points (at evenly spaced ranks). */
    static final int MAX_CURVE_POINTS = 1000;
    static final int DENSITY_GRID = 401;

    private DistributionPlots() {
    }

    static XYChart histogram(String title, String xLabel, Map<String, double[]> samples, int bins) {
        Checks.nonEmpty("samples", samples);
        Checks.positive("bins", bins);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, double[]> e : samples.entrySet()) {
            Checks.nonEmptyFinite("samples['" + e.getKey() + "']", e.getValue());
            for (double v : e.getValue()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double[] edges = Densities.edges(min, max, bins);
        XYChart chart = ChartStyle.xyChart(title, xLabel, SHARE_LABEL);
        int i = 0;
        for (Map.Entry<String, double[]> e : samples.entrySet()) {
            double[] counts = Densities.counts(e.getValue(), edges);
            addBars(chart, e.getKey(), edges, shares(counts), i++);
        }
        finishHistogram(chart);
        return Ticks.finish(chart);
    }

    static XYChart histogramOfBins(String title, String xLabel, double[] edges, Map<String, double[]> counts) {
        Checks.finite("edges", edges);
        if (edges.length < 2) {
            throw new IllegalArgumentException("edges has " + edges.length + " values; give at least 2 (one bin)");
        }
        for (int k = 1; k < edges.length; k++) {
            if (!(edges[k] > edges[k - 1])) {
                throw new IllegalArgumentException("edges[" + k + "] (" + edges[k] + ") <= edges[" + (k - 1)
                        + "] (" + edges[k - 1] + "); edges must increase strictly");
            }
        }
        Checks.nonEmpty("counts", counts);
        XYChart chart = ChartStyle.xyChart(title, xLabel, SHARE_LABEL);
        int i = 0;
        for (Map.Entry<String, double[]> e : counts.entrySet()) {
            double[] c = Checks.finite("counts['" + e.getKey() + "']", e.getValue());
            Checks.sameLength("counts['" + e.getKey() + "']", c.length, "the bins (edges - 1)", edges.length - 1);
            for (int k = 0; k < c.length; k++) {
                if (c[k] < 0) {
                    throw new IllegalArgumentException("counts['" + e.getKey() + "'][" + k + "] (" + c[k]
                            + ") < 0; counts must be >= 0");
                }
            }
            addBars(chart, e.getKey(), edges, shares(c), i++);
        }
        finishHistogram(chart);
        return Ticks.finish(chart);
    }

    private static double[] shares(double[] counts) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] s = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            s[k] = total > 0 ? 100.0 * counts[k] / total : 0;
        }
        return s;
    }

    /** One step outline per series: up from zero at the first edge, across every bin, down at the last. */
    private static void addBars(XYChart chart, String name, double[] edges, double[] heights, int index) {
        int bins = heights.length;
        double[] x = new double[bins + 3];
        double[] y = new double[bins + 3];
        x[0] = edges[0];
        y[0] = 0;
        for (int k = 0; k < bins; k++) {
            x[k + 1] = edges[k];
            y[k + 1] = heights[k];
        }
        x[bins + 1] = edges[bins];
        y[bins + 1] = heights[bins - 1];
        x[bins + 2] = edges[bins];
        y[bins + 2] = 0;
        Color c = ChartStyle.color(index);
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.StepArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(c);
        s.setLineStyle(new BasicStroke(1.5f));
        s.setFillColor(ChartStyle.withAlpha(c, 0.3));
    }

    private static void finishHistogram(XYChart chart) {
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setLegendVisible(chart.getSeriesCollection().size() > 1);
    }

    static XYChart density(String title, String xLabel, Map<String, double[]> samples) {
        Checks.nonEmpty("samples", samples);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double widest = 0;
        Map<String, Double> bandwidths = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : samples.entrySet()) {
            double[] v = Checks.nonEmptyFinite("samples['" + e.getKey() + "']", e.getValue());
            for (double x : v) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            double h = Densities.silvermanBandwidth(v);
            bandwidths.put(e.getKey(), h);
            widest = Math.max(widest, h);
        }
        double[] grid = Densities.grid(min - 3 * widest, max + 3 * widest, DENSITY_GRID);
        XYChart chart = ChartStyle.xyChart(title, xLabel, DENSITY_LABEL);
        int i = 0;
        for (Map.Entry<String, double[]> e : samples.entrySet()) {
            double[] d = Densities.kde(e.getValue(), bandwidths.get(e.getKey()), grid);
            Color c = ChartStyle.color(i++);
            XYSeries s = chart.addSeries(e.getKey(), grid, d);
            s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Area);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(c);
            s.setFillColor(ChartStyle.withAlpha(c, 0.15));
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendVisible(samples.size() > 1);
        return Ticks.finish(chart);
    }

    static XYChart cdf(String title, String xLabel, Map<String, double[]> samples, boolean exceedance) {
        Checks.nonEmpty("samples", samples);
        XYChart chart = ChartStyle.xyChart(title, xLabel, exceedance ? EXCEEDANCE_LABEL : CDF_LABEL);
        for (Map.Entry<String, double[]> e : samples.entrySet()) {
            double[] sorted = Densities.sortedCopy(
                    Checks.nonEmptyFinite("samples['" + e.getKey() + "']", e.getValue()));
            double[][] xy = empiricalCurve(sorted, exceedance);
            addCurve(chart, e.getKey(), xy[0], xy[1]);
        }
        finishProbabilityAxis(chart);
        return Ticks.finish(chart);
    }

    /**
     * Points of the empirical CDF (or 1 - CDF) of sorted values: exact steps for up to
     * {@value #MAX_CURVE_POINTS} values, otherwise the curve through that many evenly spaced order statistics.
     */
    static double[][] empiricalCurve(double[] sorted, boolean exceedance) {
        int n = sorted.length;
        if (n <= MAX_CURVE_POINTS) {
            double[] x = new double[2 * n];
            double[] y = new double[2 * n];
            for (int i = 0; i < n; i++) {
                x[2 * i] = sorted[i];
                x[2 * i + 1] = sorted[i];
                y[2 * i] = prob((double) i / n, exceedance);
                y[2 * i + 1] = prob((double) (i + 1) / n, exceedance);
            }
            return new double[][] {x, y};
        }
        int m = MAX_CURVE_POINTS;
        double[] x = new double[m];
        double[] y = new double[m];
        for (int j = 0; j < m; j++) {
            int i = (int) Math.round((double) j * (n - 1) / (m - 1));
            x[j] = sorted[i];
            y[j] = prob((double) (i + 1) / n, exceedance);
        }
        return new double[][] {x, y};
    }

    private static double prob(double cdf, boolean exceedance) {
        return exceedance ? 1 - cdf : cdf;
    }

    static XYChart cdfOfQuantiles(String title, String xLabel, double[] probabilities,
            Map<String, double[]> quantiles, boolean exceedance) {
        Checks.nonEmptyFinite("probabilities", probabilities);
        for (int k = 0; k < probabilities.length; k++) {
            if (probabilities[k] < 0 || probabilities[k] > 1) {
                throw new IllegalArgumentException("probabilities[" + k + "] (" + probabilities[k]
                        + ") is outside [0, 1]");
            }
            if (k > 0 && !(probabilities[k] > probabilities[k - 1])) {
                throw new IllegalArgumentException("probabilities[" + k + "] (" + probabilities[k]
                        + ") <= probabilities[" + (k - 1) + "]; they must increase strictly");
            }
        }
        Checks.nonEmpty("quantiles", quantiles);
        XYChart chart = ChartStyle.xyChart(title, xLabel, exceedance ? EXCEEDANCE_LABEL : CDF_LABEL);
        for (Map.Entry<String, double[]> e : quantiles.entrySet()) {
            String name = "quantiles['" + e.getKey() + "']";
            double[] q = Checks.finite(name, e.getValue());
            Checks.sameLength(name, q.length, "probabilities", probabilities.length);
            for (int k = 1; k < q.length; k++) {
                if (q[k] < q[k - 1]) {
                    throw new IllegalArgumentException(name + "[" + k + "] (" + q[k] + ") < " + name + "["
                            + (k - 1) + "] (" + q[k - 1] + "); quantiles must not decrease");
                }
            }
            double[] y = new double[q.length];
            for (int k = 0; k < q.length; k++) {
                y[k] = prob(probabilities[k], exceedance);
            }
            addCurve(chart, e.getKey(), q.clone(), y);
        }
        finishProbabilityAxis(chart);
        return Ticks.finish(chart);
    }

    private static void addCurve(XYChart chart, String name, double[] x, double[] y) {
        int index = chart.getSeriesCollection().size();
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(ChartStyle.color(index));
    }

    private static void finishProbabilityAxis(XYChart chart) {
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setLegendVisible(chart.getSeriesCollection().size() > 1);
    }
}

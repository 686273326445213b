package fi.foresight.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The curves of distribution charts: histogram steps, empirical and quantile CDFs, kernel densities. */
final class Curves {
    /** Most points of an empirical CDF curve (one per pixel column of a default chart, or so). */
    static final int MAX_CURVE_POINTS = 1000;
    static final int DENSITY_GRID = 401;
    static final Text SHARE = Text.of("Share of runs (%)", "Osuus ajoista (%)");
    static final Text DENSITY = Text.of("Density", "Tiheys");
    static final Text CDF = Text.of("Cumulative probability", "Kertymä");
    static final Text EXCEEDANCE = Text.of("Probability of exceeding", "Ylittymisen todennäköisyys");

    private Curves() {
    }

    /** A histogram curve of shares (%) per bin: x are the edges, y the share of each bin and a repeat. */
    static XySpec.Curve steps(Text name, double[] edges, double[] counts, int colour) {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] y = new double[edges.length];
        for (int k = 0; k < counts.length; k++) {
            y[k] = total > 0 ? 100.0 * counts[k] / total : 0;
        }
        y[counts.length] = y[counts.length - 1];
        return new XySpec.Curve(name, edges.clone(), y, XySpec.Look.STEPS, colour);
    }

    static XySpec histogramOfBins(Text title, Text xLabel, double[] edges, Map<Text, double[]> counts) {
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
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("counts is empty; give at least one series");
        }
        List<XySpec.Curve> curves = new ArrayList<>();
        for (var e : counts.entrySet()) {
            double[] c = Checks.finite("counts['" + e.getKey().en() + "']", e.getValue());
            Checks.sameLength("counts['" + e.getKey().en() + "']", c.length, "the bins (edges - 1)", edges.length - 1);
            for (int k = 0; k < c.length; k++) {
                if (c[k] < 0) {
                    throw new IllegalArgumentException("counts['" + e.getKey().en() + "'][" + k + "] (" + c[k]
                            + ") < 0; counts must be >= 0");
                }
            }
            curves.add(steps(e.getKey(), edges, c, curves.size()));
        }
        return XySpec.of(title, xLabel, SHARE, curves).withYRange(0, Double.NaN);
    }

    static XySpec histogram(Text title, Text xLabel, Map<Text, double[]> samples, int bins) {
        Checks.positive("bins", bins);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (var e : samples.entrySet()) {
            Checks.nonEmptyFinite("samples['" + e.getKey().en() + "']", e.getValue());
            for (double v : e.getValue()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("samples is empty; give at least one series");
        }
        double[] edges = Densities.edges(min, max, bins);
        var counts = new java.util.LinkedHashMap<Text, double[]>();
        samples.forEach((k, v) -> counts.put(k, Densities.counts(v, edges)));
        return histogramOfBins(title, xLabel, edges, counts);
    }

    static XySpec density(Text title, Text xLabel, Map<Text, double[]> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("samples is empty; give at least one series");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double widest = 0;
        var bandwidths = new java.util.LinkedHashMap<Text, Double>();
        for (var e : samples.entrySet()) {
            double[] v = Checks.nonEmptyFinite("samples['" + e.getKey().en() + "']", e.getValue());
            for (double x : v) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
            double h = Densities.silvermanBandwidth(v);
            bandwidths.put(e.getKey(), h);
            widest = Math.max(widest, h);
        }
        double[] grid = Densities.grid(min - 3 * widest, max + 3 * widest, DENSITY_GRID);
        List<XySpec.Curve> curves = new ArrayList<>();
        for (var e : samples.entrySet()) {
            double[] d = Densities.kde(e.getValue(), bandwidths.get(e.getKey()), grid);
            curves.add(new XySpec.Curve(e.getKey(), grid, d, XySpec.Look.LINE, curves.size()));
        }
        return XySpec.of(title, xLabel, DENSITY, curves).withYRange(0, Double.NaN);
    }

    static XySpec cdf(Text title, Text xLabel, Map<Text, double[]> samples, boolean exceedance) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("samples is empty; give at least one series");
        }
        List<XySpec.Curve> curves = new ArrayList<>();
        for (var e : samples.entrySet()) {
            double[] sorted = Densities.sortedCopy(Checks.nonEmptyFinite("samples['" + e.getKey().en() + "']",
                    e.getValue()));
            double[][] xy = empiricalCurve(sorted, exceedance);
            curves.add(new XySpec.Curve(e.getKey(), xy[0], xy[1], XySpec.Look.LINE, curves.size()));
        }
        return XySpec.of(title, xLabel, exceedance ? EXCEEDANCE : CDF, curves).withYRange(0, 1);
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

    static XySpec cdfOfQuantiles(Text title, Text xLabel, double[] probabilities, Map<Text, double[]> quantiles,
                                 boolean exceedance) {
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
        if (quantiles.isEmpty()) {
            throw new IllegalArgumentException("quantiles is empty; give at least one series");
        }
        List<XySpec.Curve> curves = new ArrayList<>();
        for (var e : quantiles.entrySet()) {
            String name = "quantiles['" + e.getKey().en() + "']";
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
            curves.add(new XySpec.Curve(e.getKey(), q.clone(), y, XySpec.Look.LINE, curves.size()));
        }
        return XySpec.of(title, xLabel, exceedance ? EXCEEDANCE : CDF, curves).withYRange(0, 1);
    }
}

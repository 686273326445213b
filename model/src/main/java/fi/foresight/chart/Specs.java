package fi.foresight.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds the specs behind {@link Charts}' factories, with the input checks of each. */
final class Specs {
    static final Text P5_P95 = Text.of("P5–P95", "P5–P95");
    static final Text P25_P75 = Text.of("P25–P75", "P25–P75");
    static final Text MEDIAN = Text.of("Median", "Mediaani");
    static final Text SAMPLE_PATHS = Text.of("Sample paths", "Esimerkkipolkuja");

    private Specs() {
    }

    static BoxSpec boxPlot(Text title, Text yLabel, List<Text> categories, List<FiveNumbers> summaries) {
        Checks.sameLength("summaries", summaries.size(), "categories", categories.size());
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories is empty; give at least one category");
        }
        return new BoxSpec(title, yLabel, categories, List.of(Text.EMPTY), List.of(summaries));
    }

    static XySpec lineWithBand(Text title, Text xLabel, Text yLabel, double[] x, double[] line, double[] low,
                               double[] high, Text lineName, Text bandName) {
        Checks.nonEmptyFinite("x", x);
        Checks.sameLength("line", line.length, "x", x.length);
        Checks.sameLength("low", low.length, "x", x.length);
        Checks.sameLength("high", high.length, "x", x.length);
        for (int i = 0; i < x.length; i++) {
            if (low[i] > high[i]) {
                throw new IllegalArgumentException("low[" + i + "] (" + low[i] + ") > high[" + i + "] (" + high[i]
                        + "); the band's lower edge must not lie above its upper edge");
            }
        }
        double[][] t = Thin.band(x, line, low, high, Thin.COLUMNS);
        return new XySpec(title, xLabel, yLabel, List.of(new XySpec.Curve(lineName, t[0], t[1], XySpec.Look.LINE, 0)),
                List.of(new XySpec.Band(bandName, t[0], t[2], t[3], 0, 0.25)), List.of(), Double.NaN, Double.NaN,
                false);
    }

    static XySpec fan(Text title, Text xLabel, Text yLabel, double[] x, FanBands b) {
        Checks.sameLength("bands", b.size(), "x", x.length);
        return new XySpec(title, xLabel, yLabel, List.of(new XySpec.Curve(MEDIAN, x.clone(), b.p50(),
                XySpec.Look.LINE, 0)), List.of(new XySpec.Band(P5_P95, x.clone(), b.p05(), b.p95(), 0, 0.18),
                new XySpec.Band(P25_P75, x.clone(), b.p25(), b.p75(), 0, 0.35)), List.of(), Double.NaN, Double.NaN,
                false);
    }

    static XySpec overlay(Text title, Text xLabel, Text yLabel, double[] x, Map<Text, double[]> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("lines is empty; give at least one line");
        }
        List<XySpec.Curve> curves = new ArrayList<>();
        for (var e : lines.entrySet()) {
            Checks.sameLength("lines['" + e.getKey().en() + "']", e.getValue().length, "x", x.length);
            double[][] t = Thin.curve(x, e.getValue(), Thin.COLUMNS);
            curves.add(new XySpec.Curve(e.getKey(), t[0], t[1], XySpec.Look.LINE, curves.size()));
        }
        return XySpec.of(title, xLabel, yLabel, curves);
    }

    static XySpec spaghetti(Text title, Text xLabel, Text yLabel, double[] x, double[][] paths) {
        List<XySpec.Curve> curves = new ArrayList<>();
        for (int k = 0; k < paths.length; k++) {
            Checks.sameLength("paths[" + k + "]", paths[k].length, "x", x.length);
            double[][] t = Thin.curve(x, paths[k], Thin.COLUMNS);
            curves.add(new XySpec.Curve(k == 0 ? SAMPLE_PATHS.plus(" (n = " + paths.length + ")") : null, t[0], t[1],
                    XySpec.Look.THIN, 0));
        }
        return XySpec.of(title, xLabel, yLabel, curves);
    }

    static BarSpec bars(Text title, Text yLabel, List<Text> categories, Map<Text, double[]> series,
                        Map<Text, double[]> low, Map<Text, double[]> high) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("series is empty; give at least one series");
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories is empty; give at least one category");
        }
        boolean whiskers = low != null || high != null;
        if (whiskers && (low == null || high == null)) {
            throw new IllegalArgumentException("give both low and high whiskers, or neither");
        }
        List<BarSpec.BarSeries> out = new ArrayList<>();
        for (var e : series.entrySet()) {
            double[] v = Checks.finite("series['" + e.getKey().en() + "']", e.getValue()).clone();
            Checks.sameLength("series['" + e.getKey().en() + "']", v.length, "categories", categories.size());
            double[] lo = low == null ? null : low.get(e.getKey());
            double[] hi = high == null ? null : high.get(e.getKey());
            if (whiskers && (lo == null || hi == null)) {
                throw new IllegalArgumentException("series '" + e.getKey().en() + "' has no low or high whiskers; "
                        + "give both for every series");
            }
            if (lo != null && hi != null) {
                for (int k = 0; k < v.length; k++) {
                    if (lo[k] > v[k] || hi[k] < v[k]) {
                        throw new IllegalArgumentException("whiskers of '" + e.getKey().en() + "' at '"
                                + categories.get(k).en() + "' are [" + lo[k] + ", " + hi[k] + "] but the bar is "
                                + v[k] + "; low <= value <= high is needed");
                    }
                }
            }
            out.add(new BarSpec.BarSeries(e.getKey(), v, lo == null ? null : lo.clone(), hi == null ? null : hi.clone()));
        }
        return BarSpec.of(title, yLabel, categories, out, false);
    }

    static BarSpec tornado(Text title, Text xLabel, List<Text> variables, double[] lowOutputs, double[] highOutputs,
                           double base) {
        Checks.finite("lowOutputs", lowOutputs);
        Checks.finite("highOutputs", highOutputs);
        Checks.sameLength("variables", variables.size(), "lowOutputs", lowOutputs.length);
        Checks.sameLength("highOutputs", highOutputs.length, "lowOutputs", lowOutputs.length);
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("variables is empty; give at least one variable");
        }
        if (!Double.isFinite(base)) {
            throw new IllegalArgumentException("base is " + base + "; it must be a finite number");
        }
        Integer[] order = new Integer[variables.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(Math.abs(highOutputs[b] - lowOutputs[b]),
                Math.abs(highOutputs[a] - lowOutputs[a])));
        List<Text> names = new ArrayList<>();
        double[] lo = new double[order.length];
        double[] hi = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            names.add(variables.get(order[k]));
            lo[k] = lowOutputs[order[k]];
            hi[k] = highOutputs[order[k]];
        }
        return new BarSpec(title, xLabel, names, List.of(new BarSpec.BarSeries(Charts.LOW_INPUT, lo, null, null),
                new BarSpec.BarSeries(Charts.HIGH_INPUT, hi, null, null)), true, base, Double.NaN, null, null,
                Double.NaN, Double.NaN);
    }

    static BarSpec highlightBars(Text title, Text xLabel, List<Text> categories, double[] values, boolean[] highlight,
                                 Text highlightName, Text otherName) {
        Checks.finite("values", values);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories is empty; give at least one category");
        }
        if (highlight == null || highlight.length != values.length) {
            throw new IllegalArgumentException("highlight needs one flag per category (" + values.length + ")");
        }
        return new BarSpec(title, xLabel, categories, List.of(new BarSpec.BarSeries(Text.EMPTY, values.clone(), null,
                null)), true, 0, Double.NaN, highlight.clone(), List.of(highlightName == null ? Text.EMPTY
                : highlightName, otherName == null ? Text.EMPTY : otherName), Double.NaN, Double.NaN);
    }

    static ScatterSpec scatterLabelled(Text title, Text xLabel, Text yLabel, double[] x, double[] y, List<Text> labels,
                                       double[] verticalLines, double[] horizontalLines) {
        return new ScatterSpec(title, xLabel, yLabel, x.clone(), y.clone(), labels, verticalLines, horizontalLines,
                List.of(), false);
    }

    static GridSpec heatGrid(Text title, List<Text> rows, List<Text> columns, double[][] values) {
        for (int i = 0; i < values.length; i++) {
            Checks.finite("values[" + i + "]", values[i]);
            Checks.sameLength("values[" + i + "]", values[i].length, "columns", columns.size());
        }
        return new GridSpec(title, rows, columns, values, null, null);
    }

    static GridSpec heatGrid(Text title, List<Text> rows, List<Text> columns, Text[][] texts, int[][] colours) {
        for (int i = 0; i < texts.length; i++) {
            Checks.sameLength("texts[" + i + "]", texts[i].length, "columns", columns.size());
            for (int j = 0; colours != null && j < colours[i].length; j++) {
                if (colours[i][j] < 0 || colours[i][j] >= GridCharts.TEXT_CELLS.length) {
                    throw new IllegalArgumentException("colourIndex[" + i + "][" + j + "] (" + colours[i][j]
                            + ") is outside [0, " + (GridCharts.TEXT_CELLS.length - 1) + "]");
                }
            }
        }
        return new GridSpec(title, rows, columns, null, texts, colours);
    }

    static SlopeSpec displacement(Text title, List<Text> labels, int[] rankA, int[] rankB, Text nameA, Text nameB) {
        if (rankA == null || rankB == null) {
            throw new IllegalArgumentException("both rank arrays are needed");
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("labels is empty; give at least one variable");
        }
        Checks.sameLength("rankA", rankA.length, "labels", labels.size());
        for (int i = 0; i < rankA.length; i++) {
            if (rankA[i] < 1 || rankB[i] < 1) {
                throw new IllegalArgumentException("ranks of '" + labels.get(i).en() + "' are " + rankA[i] + " and "
                        + rankB[i] + "; ranks start at 1");
            }
        }
        return new SlopeSpec(title, labels, rankA.clone(), rankB.clone(), nameA, nameB);
    }
}

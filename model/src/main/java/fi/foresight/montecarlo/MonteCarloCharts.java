package fi.foresight.montecarlo;

import fi.foresight.chart.ChartStyle;
import fi.foresight.chart.Charts;
import fi.foresight.chart.FiveNumbers;
import fi.foresight.model.Model;
import fi.foresight.model.Outcome;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Charts of a {@link MonteCarloResult} in the shared style of {@link fi.foresight.chart}: one series (or box)
 * per scenario × lever.
 *
 * <pre>{@code
 * MonteCarloResult r = MonteCarlo.of(model).samples(100_000).run();
 * Charts.show(MonteCarloCharts.histogram(r, "index"));
 * ChartExport.png(MonteCarloCharts.boxPlot(r, "index"), Path.of("index-box.png"), 150);
 * }</pre>
 */
public final class MonteCarloCharts {
    /** Bins of the histogram chart. */
    public static final int BINS = 40;
    /** Points of the CDF and exceedance curves. */
    public static final int CURVE_POINTS = 403;

    private MonteCarloCharts() {
    }

    /**
     * For every outcome (not the per-panel columns of a pooled index): histogram, CDF and exceedance curves
     * of the scenarios under the first lever, a box plot across all scenarios × levers, and convergence of
     * the mean in the first scenario × lever. Keys are file stems such as {@code montecarlo-histogram-index}.
     *
     * @param result a Monte Carlo result
     * @return chart name → chart, in a stable order
     */
    public static Map<String, Chart<?, ?>> all(MonteCarloResult result) {
        var charts = new LinkedHashMap<String, Chart<?, ?>>();
        MonteCarloResult firstLever = result.select(result.settings().scenarios(),
                List.of(result.settings().levers().get(0)));
        for (String o : result.outcomes()) {
            if (o.contains(".")) {
                continue;
            }
            charts.put("montecarlo-histogram-" + o, histogram(firstLever, o));
            charts.put("montecarlo-cdf-" + o, cdf(firstLever, o));
            charts.put("montecarlo-exceedance-" + o, exceedance(firstLever, o));
            charts.put("montecarlo-boxplot-" + o, boxPlot(result, o));
            RunResult first = result.runs().get(0);
            charts.put("montecarlo-convergence-" + o, convergence(result, first.scenario(), first.lever(), o));
        }
        return charts;
    }

    /**
     * Overlaid histograms of an outcome, one per scenario × lever, on common bins over all runs' range.
     *
     * @param result  a Monte Carlo result
     * @param outcome an outcome column of the result
     * @return the chart
     */
    public static XYChart histogram(MonteCarloResult result, String outcome) {
        result.checkOutcome(outcome);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (RunResult r : result.runs()) {
            lo = Math.min(lo, r.statistics(outcome).min());
            hi = Math.max(hi, r.statistics(outcome).max());
        }
        if (!(hi > lo)) {
            double half = lo == 0 ? 0.5 : Math.abs(lo) * 0.01;
            lo -= half;
            hi += half;
        }
        double[] edges = new double[BINS + 1];
        for (int b = 0; b <= BINS; b++) {
            edges[b] = b == BINS ? hi : lo + (hi - lo) * b / BINS;
        }
        var counts = new LinkedHashMap<String, double[]>();
        for (RunResult r : result.runs()) {
            counts.put(seriesName(result, r), r.statistics(outcome).histogram(edges).counts());
        }
        return Charts.histogramOfBins("Distribution of " + label(result.model(), outcome), axis(result, outcome),
                edges, counts);
    }

    /**
     * Cumulative distribution curves of an outcome, one per scenario × lever.
     *
     * @param result  a Monte Carlo result
     * @param outcome an outcome column of the result
     * @return the chart
     */
    public static XYChart cdf(MonteCarloResult result, String outcome) {
        result.checkOutcome(outcome);
        return Charts.cdfOfQuantiles("Cumulative distribution of " + label(result.model(), outcome),
                axis(result, outcome), probabilities(), quantiles(result, outcome));
    }

    /**
     * Exceedance curves P(outcome &gt; x), one per scenario × lever, with the model's thresholds for this
     * outcome as dashed vertical lines.
     *
     * @param result  a Monte Carlo result
     * @param outcome an outcome column of the result
     * @return the chart
     */
    public static XYChart exceedance(MonteCarloResult result, String outcome) {
        result.checkOutcome(outcome);
        XYChart chart = Charts.exceedanceOfQuantiles("How likely " + label(result.model(), outcome)
                + " exceeds a value", axis(result, outcome), probabilities(), quantiles(result, outcome));
        for (Target t : result.model().targets()) {
            if (!t.outcome().equals(outcome)) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                double x = side == 0 ? t.atLeast() : t.atMost();
                if (Double.isNaN(x)) {
                    continue;
                }
                String name = (side == 0 ? "Target: at least " : "Target: at most ")
                        + new java.math.BigDecimal(x).round(new java.math.MathContext(6)).stripTrailingZeros()
                                .toPlainString();
                final String n = name;
                if (chart.getSeriesCollection().stream().anyMatch(series -> series.getName().equals(n))) {
                    name += " (" + x + ")";
                }
                XYSeries line = chart.addSeries(name, new double[] {x, x}, new double[] {0, 1});
                line.setMarker(SeriesMarkers.NONE);
                line.setLineStyle(SeriesLines.DASH_DASH);
                line.setLineColor(new java.awt.Color(0x555555));
            }
        }
        return chart;
    }

    /**
     * Box plots (P5, P25, median, P75, P95) of an outcome across scenarios × levers. Box names that would not
     * fit under their box are shortened with "…" (and kept level), so that no name overlaps another.
     *
     * @param result  a Monte Carlo result
     * @param outcome an outcome column of the result
     * @return the chart
     */
    public static CategoryChart boxPlot(MonteCarloResult result, String outcome) {
        result.checkOutcome(outcome);
        var names = new ArrayList<String>();
        var boxes = new ArrayList<FiveNumbers>();
        for (RunResult r : result.runs()) {
            OutcomeStatistics s = r.statistics(outcome);
            names.add(seriesName(result, r));
            boxes.add(new FiveNumbers(s.percentile(5), s.percentile(25), s.percentile(50), s.percentile(75),
                    s.percentile(95)));
        }
        boolean manyScenarios = result.settings().scenarios().size() > 1;
        boolean manyLevers = result.settings().levers().size() > 1;
        String across = manyScenarios && manyLevers ? "across scenarios and levers"
                : manyLevers ? "across levers (" + result.model().scenario(result.runs().get(0).scenario()).label() + ")"
                : "across scenarios (" + result.model().lever(result.runs().get(0).lever()).label() + ")";
        CategoryChart chart = Charts.boxPlot(label(result.model(), outcome) + " " + across, axis(result, outcome),
                fitted(names, ChartStyle.WIDTH - 120), boxes);
        chart.getStyler().setXAxisLabelRotation(0);
        return chart;
    }

    /**
     * Names shortened with "…" to fit an equal share of the axis length each, in the tick-label font; in a
     * "scenario · lever" name the longer part is shortened first, so both stay recognisable.
     */
    static List<String> fitted(List<String> names, int axisLength) {
        var g = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            var metrics = g.getFontMetrics(new java.awt.Font(ChartStyle.FONT_FAMILY, java.awt.Font.PLAIN, 12));
            int room = axisLength / Math.max(1, names.size()) - 12;
            var out = new ArrayList<String>();
            for (String name : names) {
                String[] parts = name.split(" · ", 2);
                int[] keep = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    keep[i] = parts[i].length();
                }
                String n = name;
                while (metrics.stringWidth(n) > room) {
                    int longest = parts.length == 2 && keep[1] > keep[0] ? 1 : 0;
                    if (keep[longest] <= 2) {
                        break;
                    }
                    keep[longest]--;
                    n = shorten(parts[0], keep[0]) + (parts.length == 2 ? " · " + shorten(parts[1], keep[1]) : "");
                }
                out.add(out.contains(n) ? n + " " + (out.size() + 1) : n);
            }
            return out;
        } finally {
            g.dispose();
        }
    }

    private static String shorten(String s, int keep) {
        return keep >= s.length() ? s : s.substring(0, keep).strip() + "…";
    }

    /**
     * The running mean of an outcome with its 95% confidence interval, in one scenario × lever.
     *
     * @param result   a Monte Carlo result
     * @param scenario a scenario id that was run
     * @param lever    a lever id that was run
     * @param outcome  an outcome column of the result
     * @return the chart
     */
    public static XYChart convergence(MonteCarloResult result, String scenario, String lever, String outcome) {
        List<ConvergencePoint> points = result.statistics(scenario, lever, outcome).convergence();
        var usable = points.stream().filter(p -> Double.isFinite(p.se())).toList();
        if (usable.isEmpty()) {
            usable = points;
        }
        int m = usable.size();
        double[] n = new double[m];
        double[] mean = new double[m];
        double[] low = new double[m];
        double[] high = new double[m];
        for (int i = 0; i < m; i++) {
            ConvergencePoint p = usable.get(i);
            n[i] = p.n();
            mean[i] = p.mean();
            low[i] = Double.isFinite(p.se()) ? p.lower() : p.mean();
            high[i] = Double.isFinite(p.se()) ? p.upper() : p.mean();
        }
        RunResult r = result.run(scenario, lever);
        return Charts.lineWithBand("Convergence of the mean of " + label(result.model(), outcome) + " ("
                        + seriesName(result, r) + ")", "Samples",
                ChartStyle.axis("Mean of " + label(result.model(), outcome), unit(result.model(), outcome)),
                n, mean, low, high);
    }

    /**
     * Probabilities of the curve points: 0, Φ(z) for z = −4, −3.98, …, 4, and 1 — denser in the tails, where
     * exceedance questions are asked, than an even grid.
     */
    private static double[] probabilities() {
        double[] p = new double[CURVE_POINTS];
        p[CURVE_POINTS - 1] = 1;
        for (int i = 1; i < CURVE_POINTS - 1; i++) {
            double z = -4 + 8.0 * (i - 1) / (CURVE_POINTS - 3);
            p[i] = 0.5 * org.apache.commons.math3.special.Erf.erfc(-z / Math.sqrt(2));
        }
        return p;
    }

    private static Map<String, double[]> quantiles(MonteCarloResult result, String outcome) {
        double[] ps = probabilities();
        var q = new LinkedHashMap<String, double[]>();
        for (RunResult r : result.runs()) {
            OutcomeStatistics s = r.statistics(outcome);
            double[] v = new double[ps.length];
            for (int i = 0; i < ps.length; i++) {
                v[i] = s.quantile(ps[i]);
                if (i > 0 && v[i] < v[i - 1]) {
                    v[i] = v[i - 1]; // interpolation rounding must not make the curve step back
                }
            }
            q.put(seriesName(result, r), v);
        }
        return q;
    }

    /** "Scenario label · lever label", dropping the part that does not vary in this result. */
    static String seriesName(MonteCarloResult result, RunResult r) {
        Model m = result.model();
        String s = m.scenario(r.scenario()).label();
        String l = m.lever(r.lever()).label();
        boolean manyScenarios = result.settings().scenarios().size() > 1;
        boolean manyLevers = result.settings().levers().size() > 1;
        if (manyScenarios && manyLevers) {
            return s + " · " + l;
        }
        return manyLevers ? l : s;
    }

    /** The outcome's label; a per-panel column adds the panel's label. */
    static String label(Model m, String column) {
        int dot = column.indexOf('.');
        String id = dot < 0 ? column : column.substring(0, dot);
        String label = m.outcome(id).map(Outcome::label).orElse(id);
        if (dot >= 0) {
            String panel = column.substring(dot + 1);
            label += " (" + m.panel(panel).map(p -> p.label()).orElse(panel) + ")";
        }
        return label;
    }

    static String unit(Model m, String column) {
        int dot = column.indexOf('.');
        String id = dot < 0 ? column : column.substring(0, dot);
        return m.outcome(id).map(Outcome::unit).orElse(null);
    }

    private static String axis(MonteCarloResult result, String outcome) {
        return ChartStyle.axis(label(result.model(), outcome), unit(result.model(), outcome));
    }
}

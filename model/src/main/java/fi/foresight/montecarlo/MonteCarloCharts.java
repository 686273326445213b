package fi.foresight.montecarlo;

import fi.foresight.chart.ChartStyle;
import fi.foresight.chart.Charts;
import fi.foresight.chart.FiveNumbers;
import fi.foresight.model.Model;
import fi.foresight.model.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
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

    /** Overlaid histograms of an outcome, one per scenario × lever, on common bins over all runs' range. */
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

    /** Cumulative distribution curves of an outcome, one per scenario × lever. */
    public static XYChart cdf(MonteCarloResult result, String outcome) {
        result.checkOutcome(outcome);
        return Charts.cdfOfQuantiles("Cumulative distribution of " + label(result.model(), outcome),
                axis(result, outcome), probabilities(), quantiles(result, outcome));
    }

    /** Exceedance curves P(outcome &gt; x), one per scenario × lever. */
    public static XYChart exceedance(MonteCarloResult result, String outcome) {
        result.checkOutcome(outcome);
        return Charts.exceedanceOfQuantiles("How likely " + label(result.model(), outcome) + " exceeds a value",
                axis(result, outcome), probabilities(), quantiles(result, outcome));
    }

    /** Box plots (P5, P25, median, P75, P95) of an outcome across scenarios × levers. */
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
        return Charts.boxPlot(label(result.model(), outcome) + " across scenarios and levers", axis(result, outcome),
                names, boxes);
    }

    /** The running mean of an outcome with its 95% confidence interval, in one scenario × lever. */
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

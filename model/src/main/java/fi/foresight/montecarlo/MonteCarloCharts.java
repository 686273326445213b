package fi.foresight.montecarlo;

import fi.foresight.statistics.OutcomeStatistics;
import fi.foresight.statistics.ConvergencePoint;
import fi.foresight.analysis.ModelTexts;
import fi.foresight.chart.BoxSpec;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.FiveNumbers;
import fi.foresight.chart.Text;
import fi.foresight.chart.XySpec;
import fi.foresight.model.Model;
import fi.foresight.model.OutcomeColumn;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Charts of a {@link MonteCarloResult} in the shared style of {@link fi.foresight.chart}: one series (or box)
 * per scenario × lever (box plots: scenarios along the axis, levers as colours). Texts in English and
 * Finnish from the model's labels.
 *
 * <pre>{@code
 * MonteCarloResult r = MonteCarlo.of(model).samples(100_000).run();
 * Charts.show(MonteCarloCharts.histogram(r, "index"));
 * ChartExport.png(MonteCarloCharts.boxPlot(r, "index"), "fi", Path.of("index-box.png"), 150);
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
    public static Map<String, ChartSpec> all(MonteCarloResult result) {
        var charts = new LinkedHashMap<String, ChartSpec>();
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
    public static XySpec histogram(MonteCarloResult result, String outcome) {
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
        var counts = new LinkedHashMap<Text, double[]>();
        for (RunResult r : result.runs()) {
            counts.put(seriesName(result, r), r.statistics(outcome).histogram(edges).counts());
        }
        return Charts.histogramOfBins(Text.of("Distribution of ", "Jakauma: ").plus(label(result.model(), outcome)),
                axis(result, outcome), edges, counts);
    }

    /**
     * Cumulative distribution curves of an outcome, one per scenario × lever.
     *
     * @param result  a Monte Carlo result
     * @param outcome an outcome column of the result
     * @return the chart
     */
    public static XySpec cdf(MonteCarloResult result, String outcome) {
        result.checkOutcome(outcome);
        return Charts.cdfOfQuantiles(Text.of("Cumulative distribution of ", "Kertymäfunktio: ")
                        .plus(label(result.model(), outcome)),
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
    public static XySpec exceedance(MonteCarloResult result, String outcome) {
        result.checkOutcome(outcome);
        Text label = label(result.model(), outcome);
        XySpec chart = Charts.exceedanceOfQuantiles(Text.of("How likely ", "Todennäköisyys, että ").plus(label)
                .plus(Text.of(" exceeds a value", " ylittää arvon")), axis(result, outcome), probabilities(),
                quantiles(result, outcome));
        for (Target t : result.model().targets()) {
            if (!t.outcome().equals(outcome)) {
                continue;
            }
            for (int side = 0; side < 2; side++) {
                double x = side == 0 ? t.atLeast() : t.atMost();
                if (Double.isNaN(x)) {
                    continue;
                }
                String value = new java.math.BigDecimal(x).round(new java.math.MathContext(4)).stripTrailingZeros()
                        .toPlainString();
                Text name = (side == 0 ? Text.of("Target: at least ", "Tavoite: vähintään ")
                        : Text.of("Target: at most ", "Tavoite: enintään "))
                        .plus(new Text(value, value.replace('.', ',')));
                chart = chart.withReference(name, x);
            }
        }
        return chart;
    }

    /**
     * Box plots (P5, P25, median, P75, P95) of an outcome: scenarios along the axis, levers as colours (with one
     * scenario, the levers along the axis), so that many scenario × lever pairs stay legible.
     *
     * @param result  a Monte Carlo result
     * @param outcome an outcome column of the result
     * @return the chart
     */
    public static BoxSpec boxPlot(MonteCarloResult result, String outcome) {
        result.checkOutcome(outcome);
        Model m = result.model();
        List<String> scenarios = result.settings().scenarios();
        List<String> levers = result.settings().levers();
        var boxes = new ArrayList<List<FiveNumbers>>();
        for (String lever : levers) {
            var row = new ArrayList<FiveNumbers>();
            for (String scenario : scenarios) {
                OutcomeStatistics s = result.run(scenario, lever).statistics(outcome);
                row.add(new FiveNumbers(s.percentile(5), s.percentile(25), s.percentile(50), s.percentile(75),
                        s.percentile(95)));
            }
            boxes.add(row);
        }
        boolean manyScenarios = scenarios.size() > 1;
        boolean manyLevers = levers.size() > 1;
        Text across = manyScenarios && manyLevers ? Text.of(" by scenario and lever", " skenaarioittain ja keinoittain")
                : manyLevers ? Text.of(" by lever (", " keinoittain (").plus(ModelTexts.scenario(m, scenarios.get(0)))
                        .plus(")")
                : Text.of(" by scenario (", " skenaarioittain (").plus(ModelTexts.lever(m, levers.get(0))).plus(")");
        List<Text> categories = scenarios.stream().map(id -> ModelTexts.scenario(m, id)).toList();
        List<Text> groups = levers.stream().map(id -> ModelTexts.lever(m, id)).toList();
        if (!manyScenarios && manyLevers) {
            // one scenario: the levers go along the axis, in one colour
            var flat = new ArrayList<FiveNumbers>();
            boxes.forEach(r -> flat.add(r.get(0)));
            return Charts.boxPlot(label(m, outcome).plus(across), axis(result, outcome), groups,
                    List.of(Text.EMPTY), List.of(flat));
        }
        return Charts.boxPlot(label(m, outcome).plus(across), axis(result, outcome), categories,
                manyLevers ? groups : List.of(Text.EMPTY), boxes);
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
    public static XySpec convergence(MonteCarloResult result, String scenario, String lever, String outcome) {
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
        Text label = label(result.model(), outcome);
        return Charts.lineWithBand(Text.of("Convergence of the mean of ", "Keskiarvon suppeneminen: ").plus(label)
                        .plus(" (").plus(seriesName(result, r)).plus(")"), Text.of("Samples", "Otoksia"),
                Text.axis(Text.of("Mean of ", "Keskiarvo: ").plus(label), unit(result.model(), outcome)),
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

    private static Map<Text, double[]> quantiles(MonteCarloResult result, String outcome) {
        double[] ps = probabilities();
        var q = new LinkedHashMap<Text, double[]>();
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
    static Text seriesName(MonteCarloResult result, RunResult r) {
        Model m = result.model();
        Text s = ModelTexts.scenario(m, r.scenario());
        Text l = ModelTexts.lever(m, r.lever());
        boolean manyScenarios = result.settings().scenarios().size() > 1;
        boolean manyLevers = result.settings().levers().size() > 1;
        if (manyScenarios && manyLevers) {
            return s.plus(" · ").plus(l);
        }
        return manyLevers ? l : s;
    }

    /** The outcome's label; a per-panel column adds the panel's label. */
    static Text label(Model m, String column) {
        return ModelTexts.outcome(m, column);
    }

    static String unit(Model m, String column) {
        return m.outcome(OutcomeColumn.parse(column).outcome()).map(o -> o.unit()).orElse(null);
    }

    private static Text axis(MonteCarloResult result, String outcome) {
        return ModelTexts.outcomeAxis(result.model(), outcome);
    }
}

package fi.foresight.sensitivity;

import fi.foresight.chart.Charts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;

/** Charts of the sensitivity results, built with the shared factories of {@link Charts}. */
final class SensitivityCharts {
    private SensitivityCharts() {
    }

    /** A file-name-safe form of an outcome id ({@code index.entrepreneurs} → {@code index-entrepreneurs}). */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "outcome" : s;
    }

    /** S1 and ST side by side per input, with their percentile intervals as whiskers when there are any. */
    static Chart<?, ?> sobol(SobolResult r, String outcome) {
        List<SobolIndex> list = r.indices(outcome);
        int k = list.size();
        double[] s1 = new double[k];
        double[] st = new double[k];
        double[][] ends = new double[4][k];
        boolean whiskers = true;
        for (int i = 0; i < k; i++) {
            SobolIndex x = list.get(i);
            s1[i] = finite(x.s1());
            st[i] = finite(x.st());
            // a percentile interval need not contain the point estimate; the whisker is widened to reach it
            ends[0][i] = Math.min(x.s1Low(), s1[i]);
            ends[1][i] = Math.max(x.s1High(), s1[i]);
            ends[2][i] = Math.min(x.stLow(), st[i]);
            ends[3][i] = Math.max(x.stHigh(), st[i]);
            whiskers &= Double.isFinite(x.s1Low()) && Double.isFinite(x.stLow());
        }
        var labels = list.stream().map(SobolIndex::label).toList();
        var series = new LinkedHashMap<String, double[]>();
        series.put("First order S1", s1);
        series.put("Total ST", st);
        String title = "Sobol' indices: " + outcome;
        String y = "Share of output variance";
        if (!whiskers) {
            return Charts.bars(title, y, labels, series);
        }
        var low = Map.of("First order S1", ends[0], "Total ST", ends[2]);
        var high = Map.of("First order S1", ends[1], "Total ST", ends[3]);
        return Charts.bars(title + " (" + pct(r.settings().confidence()) + " % intervals)", y, labels, series, low,
                high);
    }

    /** mu* against sigma, points labelled by input. */
    static Chart<?, ?> morris(MorrisResult r, String outcome) {
        List<MorrisEffect> list = r.effects(outcome);
        double[] mu = list.stream().mapToDouble(MorrisEffect::muStar).map(SensitivityCharts::finite).toArray();
        double[] sigma = list.stream().mapToDouble(MorrisEffect::sigma).map(SensitivityCharts::finite).toArray();
        return Charts.scatterLabelled("Morris screening: " + outcome, "μ* (mean |elementary effect|)",
                "σ (spread of effects)", mu, sigma, list.stream().map(MorrisEffect::label).toList());
    }

    /** Bars from the base value to the outcome at each input's low and high quantile, largest swing on top. */
    static Chart<?, ?> tornado(TornadoResult r, String outcome) {
        List<Swing> list = r.swings(outcome);
        var s = r.settings();
        return Charts.tornado("Tornado: " + outcome + " (P" + Math.round(s.low() * 100) + "–P"
                        + Math.round(s.high() * 100) + ", others at " + s.others() + ")", outcome,
                list.stream().map(Swing::label).toList(),
                list.stream().mapToDouble(Swing::lowOutput).toArray(),
                list.stream().mapToDouble(Swing::highOutput).toArray(), r.base(outcome));
    }

    /** The outcome against the percentile of each input, one line per input. */
    static Chart<?, ?> spider(TornadoResult r, String outcome) {
        var lines = new LinkedHashMap<String, double[]>();
        double[] x = new double[Tornado.SPIDER.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = Math.round(Tornado.SPIDER[j] * 100);
        }
        for (Swing s : r.swings(outcome)) {
            lines.put(s.label(), r.spider(outcome).stream().filter(p -> p.variable().equals(s.variable()))
                    .mapToDouble(SpiderPoint::output).toArray());
        }
        return Charts.overlay("Spider: " + outcome + " (others at " + r.settings().others() + ")",
                "Percentile of the input", outcome, x, lines);
    }

    /** Spearman correlation and SRC per input. */
    static Chart<?, ?> importance(List<ImportanceMeasure> list) {
        var series = new LinkedHashMap<String, double[]>();
        series.put("Spearman rank correlation", list.stream().mapToDouble(ImportanceMeasure::spearman).toArray());
        double[] src = list.stream().mapToDouble(ImportanceMeasure::src).toArray();
        if (java.util.Arrays.stream(src).allMatch(Double::isFinite)) {
            series.put("Standardised regression coefficient", src);
        }
        return Charts.bars("Importance: " + list.get(0).outcome(), "Correlation / coefficient",
                list.stream().map(ImportanceMeasure::label).toList(), series);
    }

    /**
     * Current weights as pairs of bars: the whiskers of the first span the range over which the whole ranking stays
     * the same, those of the second the range over which the best alternative stays the best.
     */
    static Chart<?, ?> weightStability(List<WeightInterval> list, String outcome) {
        double[] w = list.stream().mapToDouble(WeightInterval::weight).toArray();
        var labels = list.stream().map(i -> i.panel() + ": " + i.variable()).toList();
        String ranking = "Whole ranking unchanged";
        String best = "Best alternative unchanged";
        var series = new LinkedHashMap<String, double[]>();
        series.put(ranking, w);
        series.put(best, w.clone());
        var low = new LinkedHashMap<String, double[]>();
        low.put(ranking, list.stream().mapToDouble(WeightInterval::low).toArray());
        low.put(best, list.stream().mapToDouble(WeightInterval::bestLow).toArray());
        var high = new LinkedHashMap<String, double[]>();
        high.put(ranking, list.stream().mapToDouble(WeightInterval::high).toArray());
        high.put(best, list.stream().mapToDouble(WeightInterval::bestHigh).toArray());
        var chart = Charts.bars("Weight stability: " + outcome + " (bar: current weight; whiskers: stable range)",
                "Weight (share of the panel)", labels, series, low, high);
        // shares live in [0, 1] ([-1, 1] with negative weights); the factory pads the axis symmetrically
        boolean negative = list.stream().anyMatch(i -> i.bestLow() < 0);
        chart.getStyler().setYAxisMin(negative ? -1.0 : 0.0);
        chart.getStyler().setYAxisMax(1.0);
        return chart;
    }

    /** Probability of ranking first per alternative under uncertain weights. */
    static Chart<?, ?> rankAcceptability(List<String> alternatives, double[] firstProbability, String outcome) {
        return Charts.bars("Probability of ranking first under uncertain weights: " + outcome, "Probability",
                alternatives, Map.of("Ranked first", firstProbability));
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static String pct(double level) {
        return new java.math.BigDecimal(level * 100).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}

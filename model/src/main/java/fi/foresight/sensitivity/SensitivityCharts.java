package fi.foresight.sensitivity;

import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Charts of the sensitivity results, built with the shared factories of {@link Charts}. */
final class SensitivityCharts {
    private SensitivityCharts() {
    }

    /** S1 and ST side by side per input, with their percentile intervals as whiskers when there are any. */
    static ChartSpec sobol(SobolResult r, String outcome) {
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
        var labels = Text.plain(list.stream().map(SobolIndex::label).toList());
        Text first = Text.of("First order S1", "Ensimmäinen kertaluku S1");
        Text total = Text.of("Total ST", "Kokonaisindeksi ST");
        var series = new LinkedHashMap<Text, double[]>();
        series.put(first, s1);
        series.put(total, st);
        Text title = Text.of("Sobol' indices: ", "Sobolin indeksit: ").plus(outcome);
        Text y = Text.of("Share of output variance", "Osuus tuloksen varianssista");
        if (!whiskers) {
            return Charts.bars(title, y, labels, series);
        }
        var low = Map.of(first, ends[0], total, ends[2]);
        var high = Map.of(first, ends[1], total, ends[3]);
        return Charts.bars(title.plus(" (" + pct(r.settings().confidence())).plus(Text.of(" % intervals)",
                " %:n välit)")), y, labels, series, low, high);
    }

    /** mu* against sigma, points labelled by input. */
    static ChartSpec morris(MorrisResult r, String outcome) {
        List<MorrisEffect> list = r.effects(outcome);
        double[] mu = list.stream().mapToDouble(MorrisEffect::muStar).map(SensitivityCharts::finite).toArray();
        double[] sigma = list.stream().mapToDouble(MorrisEffect::sigma).map(SensitivityCharts::finite).toArray();
        return Charts.scatterLabelled(Text.of("Morris screening: ", "Morrisin seulonta: ").plus(outcome),
                Text.of("μ* (mean |elementary effect|)", "μ* (alkeisvaikutusten itseisarvojen keskiarvo)"),
                Text.of("σ (spread of effects)", "σ (vaikutusten hajonta)"), mu, sigma,
                Text.plain(list.stream().map(MorrisEffect::label).toList()));
    }

    /** Bars from the base value to the outcome at each input's low and high quantile, largest swing on top. */
    static ChartSpec tornado(TornadoResult r, String outcome) {
        List<Swing> list = r.swings(outcome);
        var s = r.settings();
        return Charts.tornado(Text.of("Tornado: ", "Tornado: ").plus(outcome + " (P" + Math.round(s.low() * 100)
                        + "–P" + Math.round(s.high() * 100)).plus(Text.of(", others at ", ", muut: "))
                        .plus(s.others() + ")"), Text.plain(outcome),
                Text.plain(list.stream().map(Swing::label).toList()),
                list.stream().mapToDouble(Swing::lowOutput).toArray(),
                list.stream().mapToDouble(Swing::highOutput).toArray(), r.base(outcome));
    }

    /** The outcome against the percentile of each input, one line per input. */
    static ChartSpec spider(TornadoResult r, String outcome) {
        var lines = new LinkedHashMap<Text, double[]>();
        double[] x = new double[Tornado.SPIDER.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = Math.round(Tornado.SPIDER[j] * 100);
        }
        for (Swing s : r.swings(outcome)) {
            lines.put(Text.plain(s.label()), r.spider(outcome).stream().filter(p -> p.variable().equals(s.variable()))
                    .mapToDouble(SpiderPoint::output).toArray());
        }
        return Charts.overlay(Text.of("Spider: ", "Hämähäkki: ").plus(outcome).plus(Text.of(" (others at ",
                " (muut: ")).plus(r.settings().others() + ")"), Text.of("Percentile of the input",
                "Syötteen persentiili"), Text.plain(outcome), x, lines);
    }

    /** Spearman correlation and SRC per input. */
    static ChartSpec importance(List<ImportanceMeasure> list) {
        var series = new LinkedHashMap<Text, double[]>();
        series.put(Text.of("Spearman rank correlation", "Spearmanin järjestyskorrelaatio"), list.stream().mapToDouble(ImportanceMeasure::spearman).toArray());
        double[] src = list.stream().mapToDouble(ImportanceMeasure::src).toArray();
        if (java.util.Arrays.stream(src).allMatch(Double::isFinite)) {
            series.put(Text.of("Standardised regression coefficient", "Standardoitu regressiokerroin"), src);
        }
        return Charts.bars(Text.of("Importance: ", "Tärkeys: ").plus(list.get(0).outcome()),
                Text.of("Correlation / coefficient", "Korrelaatio / kerroin"),
                Text.plain(list.stream().map(ImportanceMeasure::label).toList()), series);
    }

    /**
     * Current weights as pairs of bars: the whiskers of the first span the range over which the whole ranking stays
     * the same, those of the second the range over which the best alternative stays the best.
     */
    static ChartSpec weightStability(List<WeightInterval> list, String outcome) {
        double[] w = list.stream().mapToDouble(WeightInterval::weight).toArray();
        var labels = list.stream().map(i -> Text.plain(i.panel() + ": " + i.variable())).toList();
        Text ranking = Text.of("Whole ranking unchanged", "Koko järjestys ennallaan");
        Text best = Text.of("Best alternative unchanged", "Paras vaihtoehto ennallaan");
        var series = new LinkedHashMap<Text, double[]>();
        series.put(ranking, w);
        series.put(best, w.clone());
        var low = new LinkedHashMap<Text, double[]>();
        low.put(ranking, list.stream().mapToDouble(WeightInterval::low).toArray());
        low.put(best, list.stream().mapToDouble(WeightInterval::bestLow).toArray());
        var high = new LinkedHashMap<Text, double[]>();
        high.put(ranking, list.stream().mapToDouble(WeightInterval::high).toArray());
        high.put(best, list.stream().mapToDouble(WeightInterval::bestHigh).toArray());
        var chart = Charts.bars(Text.of("Weight stability: ", "Painojen vakaus: ").plus(outcome).plus(Text.of(
                " (bar: current weight; whiskers: stable range)", " (pylväs: nykyinen paino; viikset: vakaa väli)")),
                Text.of("Weight (share of the panel)", "Paino (osuus paneelista)"), labels, series, low, high);
        // shares live in [0, 1] ([-1, 1] with negative weights); the factory pads the axis symmetrically
        boolean negative = list.stream().anyMatch(i -> i.bestLow() < 0);
        return chart.withValueRange(negative ? -1.0 : 0.0, 1.0);
    }

    /** Probability of ranking first per alternative under uncertain weights. */
    static ChartSpec rankAcceptability(List<String> alternatives, double[] firstProbability, String outcome) {
        return Charts.bars(Text.of("Probability of ranking first under uncertain weights: ",
                "Todennäköisyys olla paras, kun painot vaihtelevat: ").plus(outcome),
                Text.of("Probability", "Todennäköisyys"), Text.plain(alternatives),
                Map.of(Text.of("Ranked first", "Ensimmäisenä"), firstProbability));
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static String pct(double level) {
        return new java.math.BigDecimal(level * 100).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}

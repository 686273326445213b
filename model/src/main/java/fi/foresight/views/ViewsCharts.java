package fi.foresight.views;

import fi.foresight.analysis.ModelTexts;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Text;
import fi.foresight.chart.XySpec;
import fi.foresight.chart.XySpec.Curve;
import fi.foresight.chart.XySpec.Look;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Elicited;
import fi.foresight.distributions.Fitted;
import fi.foresight.distributions.Pooled;
import fi.foresight.distributions.fit.Goodness;
import fi.foresight.model.Driver;
import fi.foresight.model.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of {@link Views}: a Q–Q chart of each fit ({@code views-qq-1}, …), each elicited distribution's CDF
 * through the asked quantiles ({@code views-elicited-1}, …) and each pool's density with its experts' in one chart
 * ({@code views-pool-1}, …), numbered in the model's order of the drivers of that kind.
 */
final class ViewsCharts {
    /** Points of a Q–Q chart. */
    static final int QQ_POINTS = 99;
    /** Points of a density or CDF curve. */
    static final int CURVE_POINTS = 301;

    private ViewsCharts() {
    }

    static Map<String, ChartSpec> of(Model model, List<Driver> drivers) {
        Map<String, ChartSpec> out = new LinkedHashMap<>();
        int fitted = 0;
        int elicited = 0;
        int pooled = 0;
        for (Driver d : drivers) {
            Text label = ModelTexts.driver(model, d.id());
            if (d.distribution() instanceof Fitted f) {
                out.put("views-qq-" + ++fitted, qq(label, d.unit(), f));
            } else if (d.distribution() instanceof Elicited e) {
                out.put("views-elicited-" + ++elicited, elicited(label, d.unit(), e));
            } else if (d.distribution() instanceof Pooled p) {
                out.put("views-pool-" + ++pooled, pool(label, d.unit(), p));
            }
        }
        return out;
    }

    /** The observed quantiles against the fit's; a good fit lies on the dashed diagonal. */
    static XySpec qq(Text label, String unit, Fitted f) {
        double[][] points = Goodness.qq(f.data(), f.distribution(), QQ_POINTS);
        double lo = Math.min(points[0][0], points[1][0]);
        double hi = Math.max(points[0][QQ_POINTS - 1], points[1][QQ_POINTS - 1]);
        Text family = Text.plain(f.distribution().type());
        return XySpec.of(Text.of("Q–Q chart of the fit: ", "Sovituksen Q–Q-kuvio: ").plus(label),
                Text.axis(Text.of("Quantile of the fitted ", "Sovitetun jakauman (").plus(family)
                        .plus(Text.of("", ") kvanttiili")), unit),
                Text.axis(Text.of("Quantile of the observed values", "Havaintojen kvanttiili"), unit),
                List.of(new Curve(Text.of("Observed against fitted", "Havaitut sovitettua vasten"), points[0],
                                points[1], Look.LINE, 0),
                        new Curve(Text.of("Perfect fit", "Täydellinen sovitus"), new double[] {lo, hi},
                                new double[] {lo, hi}, Look.DASHED, 1)));
    }

    /** The matched CDF and the asked quantiles (probability against value). */
    static XySpec elicited(Text label, String unit, Elicited e) {
        Distribution d = e.distribution();
        double[] v = e.values();
        double lo = Math.min(v[0], d.quantile(0.005));
        double hi = Math.max(v[v.length - 1], d.quantile(0.995));
        double[] x = grid(lo, hi);
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = d.cdf(x[i]);
        }
        var curves = new ArrayList<Curve>();
        curves.add(new Curve(Text.of("Matched ", "Sovitettu ").plus(Text.plain(d.type())), x, y, Look.LINE, 0));
        double[] p = e.probabilities();
        for (int i = 0; i < v.length; i++) {   // a corner at each asked quantile: the CDF should pass through it
            curves.add(new Curve(i == 0 ? Text.of("Asked quantiles", "Kysytyt kvantiilit") : null,
                    new double[] {lo, v[i], v[i]}, new double[] {p[i], p[i], 0}, Look.DASHED, 1));
        }
        return XySpec.of(Text.of("Elicited distribution: ", "Asiantuntijalta kysytty jakauma: ").plus(label),
                Text.axis(label, unit), Text.of("Probability of a lower value", "Pienemmän arvon todennäköisyys"),
                curves).withYRange(0, 1);
    }

    /** Each expert's density (dashed) and the pool's (solid) on one axis. */
    static XySpec pool(Text label, String unit, Pooled p) {
        double lo = p.quantile(0.005);
        double hi = p.quantile(0.995);
        for (Distribution d : p.opinions()) {
            lo = Math.min(lo, d.quantile(0.005));
            hi = Math.max(hi, d.quantile(0.995));
        }
        double[] x = grid(lo, hi);
        var curves = new ArrayList<Curve>();
        Text method = p.method().equals("linear") ? Text.of("Linear pool", "Lineaarinen yhdistelmä")
                : Text.of("Logarithmic pool", "Logaritminen yhdistelmä");
        curves.add(new Curve(method, x, density(p, x), Look.LINE, 0));
        double[] w = p.weights();
        for (int i = 0; i < w.length; i++) {
            String weight = String.format(java.util.Locale.ROOT, "%.2f", w[i]);
            Text name = Text.plain(p.experts().get(i)).plus(Text.of(" (weight " + weight + ")",
                    " (paino " + weight.replace('.', ',') + ")"));
            curves.add(new Curve(name, x, density(p.opinions().get(i), x), Look.DASHED, i + 1));
        }
        return XySpec.of(Text.of("Experts and their pool: ", "Asiantuntijat ja heidän yhdistetty näkemyksensä: ")
                .plus(label), Text.axis(label, unit), Text.of("Density", "Tiheys"), curves).withYRange(0, Double.NaN);
    }

    /** The density at each x as the probability of the cell around it over the cell's width. */
    static double[] density(Distribution d, double[] x) {
        double half = (x[1] - x[0]) / 2;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.max(0, d.cdf(x[i] + half) - d.cdf(x[i] - half)) / (2 * half);
        }
        return y;
    }

    private static double[] grid(double lo, double hi) {
        double[] x = new double[CURVE_POINTS];
        for (int i = 0; i < x.length; i++) {
            x[i] = lo + (hi - lo) * i / (x.length - 1);
        }
        return x;
    }
}

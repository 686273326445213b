package fi.foresight.distributions.fit;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Empirical;

/**
 * How well a distribution fits observed values: the Kolmogorov–Smirnov distance and the points of a Q–Q chart.
 *
 * <pre>{@code
 * double d = Goodness.ks(Empirical.of(1, 2, 3), Uniform.of(0, 4));   // sup |F_n - F|
 * }</pre>
 */
public final class Goodness {
    private Goodness() {
    }

    /**
     * The Kolmogorov–Smirnov distance {@code sup |F_n(x) - F(x)|} between the values' empirical CDF (counts as
     * weights; tied values as one step) and the distribution's CDF, evaluated on both sides of every step. For
     * values counted once each it equals commons-math3's {@code kolmogorovSmirnovStatistic}.
     *
     * @param data the observed values
     * @param fit  the distribution
     * @return the distance, in [0, 1]
     */
    public static double ks(Empirical data, Distribution fit) {
        double[] v = data.values();
        double[] c = data.counts();
        double n = data.total();
        double before = 0;
        double d = 0;
        for (int i = 0; i < v.length; i++) {
            double f = fit.cdf(v[i]);
            double after = before + c[i];
            d = Math.max(d, Math.max(Math.abs(f - before / n), Math.abs(after / n - f)));
            before = after;
        }
        return Math.min(1, d);
    }

    /**
     * The points of a Q–Q chart: the values' quantiles (y) against the fitted distribution's quantiles (x) at
     * {@code points} evenly spaced probabilities {@code (i + 0.5) / points}; a good fit lies on the diagonal.
     *
     * @param data   the observed values
     * @param fit    the fitted distribution
     * @param points how many points (at least 2)
     * @return {@code {fitted quantiles, observed quantiles}}
     */
    public static double[][] qq(Empirical data, Distribution fit, int points) {
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            double p = (i + 0.5) / points;
            x[i] = fit.quantile(p);
            y[i] = data.quantile(p);
        }
        return new double[][] {x, y};
    }
}

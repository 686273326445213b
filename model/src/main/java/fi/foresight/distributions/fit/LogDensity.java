package fi.foresight.distributions.fit;

import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Derived;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Gamma;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.TruncatedNormal;
import fi.foresight.distributions.Uniform;

/**
 * The logarithm of a distribution's density in closed form, for the continuous families that have one; NaN for
 * the others (whose density the caller takes from CDF differences).
 *
 * <pre>{@code
 * LogDensity.of(Normal.of(0, 1), 0);   // -0.5 log(2 pi)
 * }</pre>
 */
public final class LogDensity {
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private LogDensity() {
    }

    /**
     * log f(x), -infinity outside the support, NaN when the family has no closed form here.
     *
     * @param d a distribution
     * @param x a value
     * @return the log density
     */
    public static double of(Distribution d, double x) {
        if (d instanceof Derived derived) {
            return of(derived.distribution(), x);
        } else if (d instanceof Normal n) {
            double z = (x - n.mean()) / n.sd();
            return -HALF_LOG_TWO_PI - Math.log(n.sd()) - z * z / 2;
        } else if (d instanceof LogNormal n) {
            if (!(x > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            double z = (Math.log(x) - n.mu()) / n.sigma();
            return -HALF_LOG_TWO_PI - Math.log(n.sigma()) - Math.log(x) - z * z / 2;
        } else if (d instanceof Beta b) {
            return beta(b.alpha(), b.beta(), b.min(), b.max(), x);
        } else if (d instanceof Pert p) {
            return beta(p.alpha(), p.beta(), p.min(), p.max(), x);
        } else if (d instanceof Uniform u) {
            return x < u.min() || x > u.max() ? Double.NEGATIVE_INFINITY : -Math.log(u.max() - u.min());
        } else if (d instanceof Triangular t) {
            return triangular(t, x);
        } else if (d instanceof TruncatedNormal t) {
            if (x < t.min() || x > t.max()) {
                return Double.NEGATIVE_INFINITY;
            }
            Normal parent = new Normal(t.mu(), t.sigma());
            return of(parent, x) - Math.log(parent.cdf(t.max()) - parent.cdf(t.min()));
        } else if (d instanceof Gamma g) {
            if (!(x > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            return (g.shape() - 1) * Math.log(x) - x / g.scale() - org.apache.commons.math3.special.Gamma.logGamma(
                    g.shape()) - g.shape() * Math.log(g.scale());
        }
        return Double.NaN;
    }

    /** log density of Beta(alpha, beta) on [min, max]. */
    static double beta(double alpha, double beta, double min, double max, double x) {
        if (x < min || x > max) {
            return Double.NEGATIVE_INFINITY;
        }
        double width = max - min;
        double u = (x - min) / width;
        double a = alpha == 1 ? 0 : (alpha - 1) * Math.log(u);
        double b = beta == 1 ? 0 : (beta - 1) * Math.log1p(-u);
        return a + b - logBeta(alpha, beta) - Math.log(width);
    }

    /** log B(alpha, beta). */
    static double logBeta(double alpha, double beta) {
        return org.apache.commons.math3.special.Gamma.logGamma(alpha)
                + org.apache.commons.math3.special.Gamma.logGamma(beta)
                - org.apache.commons.math3.special.Gamma.logGamma(alpha + beta);
    }

    private static double triangular(Triangular t, double x) {
        if (x < t.min() || x > t.max()) {
            return Double.NEGATIVE_INFINITY;
        }
        double width = t.max() - t.min();
        double f = x <= t.mode()
                ? (t.mode() == t.min() ? 2 / width : 2 * (x - t.min()) / (width * (t.mode() - t.min())))
                : (t.max() == t.mode() ? 2 / width : 2 * (t.max() - x) / (width * (t.max() - t.mode())));
        return Math.log(f);
    }
}

package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A normal distribution cut to [min, max] and renormalised: a central estimate with symmetric doubt that
 * cannot leave a physical range (a share in [0, 1], a non-negative price).
 *
 * <p>{@code mu} and {@code sigma} are the mean and standard deviation of the <em>parent</em> normal before
 * truncation; the truncated distribution's own {@link #mean()} and {@link #sd()} differ from them unless the
 * cut is symmetric (mean) or far away (both). In model files the keys are {@code mean} and {@code sd} (the
 * parent's), the components are named {@code mu} and {@code sigma} so that they do not clash with
 * {@link #mean()} and {@link #variance()}.
 *
 * <pre>{@code
 * // YAML: {type: truncated_normal, mean: 0.9, sd: 0.1, min: 0, max: 1}
 * Distribution share = TruncatedNormal.of(0.9, 0.1, 0, 1);
 * share.mean();   // about 0.871, below the parent's 0.9 because the cut at 1 removes the upper tail
 * }</pre>
 *
 * <p>Either end may be infinite (a one-sided cut). Probabilities are computed on the side of the parent's
 * mean where they are small, so windows several standard deviations into a tail keep their precision.
 *
 * @param mu    mean of the parent normal (finite)
 * @param sigma standard deviation of the parent normal (finite, &gt; 0)
 * @param min   lower cut (may be -infinity)
 * @param max   upper cut (may be +infinity, &gt; min)
 */
public record TruncatedNormal(double mu, double sigma, double min, double max) implements Distribution {

    /**
     * Validates the parent, {@code min < max}, and that the window holds probability mass.
     *
     * @param mu    mean of the parent normal (finite)
     * @param sigma standard deviation of the parent normal (finite, &gt; 0)
     * @param min   lower cut (may be -infinity)
     * @param max   upper cut (may be +infinity, &gt; min)
     */
    public TruncatedNormal {
        Check.finite("mean", mu);
        Check.positive("sd", sigma);
        if (Double.isNaN(min) || min == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("min (" + min + ") is not a number below +infinity; min must be"
                    + " finite or -infinity");
        }
        if (Double.isNaN(max) || max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("max (" + max + ") is not a number above -infinity; max must be"
                    + " finite or +infinity");
        }
        Check.ordered("min", min, "max", max);
        if (!(Window.of(mu, sigma, min, max).mass > 0)) {
            throw new IllegalArgumentException("[min, max] = [" + min + ", " + max + "] holds no probability under"
                    + " the parent Normal(mean " + mu + ", sd " + sigma + "); the window must lie within about 37"
                    + " sd of the mean");
        }
    }

    /**
     * The normal with parent mean {@code mu} and sd {@code sigma}, truncated to [min, max].
     *
     * @param mu    mean of the parent normal (finite)
     * @param sigma standard deviation of the parent normal (finite, &gt; 0)
     * @param min   lower cut (may be -infinity)
     * @param max   upper cut (may be +infinity, &gt; min)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static TruncatedNormal of(double mu, double sigma, double min, double max) {
        return new TruncatedNormal(mu, sigma, min, max);
    }

    @Override
    public String type() {
        return "truncated_normal";
    }

    @Override
    public double mean() {
        double alpha = (min - mu) / sigma;
        double beta = (max - mu) / sigma;
        double mass = Window.of(mu, sigma, min, max).mass;
        return clamp(mu + sigma * (Gaussian.pdf(alpha) - Gaussian.pdf(beta)) / mass);
    }

    @Override
    public double variance() {
        double alpha = (min - mu) / sigma;
        double beta = (max - mu) / sigma;
        double mass = Window.of(mu, sigma, min, max).mass;
        double shift = (Gaussian.pdf(alpha) - Gaussian.pdf(beta)) / mass;
        double spread = (zPdf(alpha) - zPdf(beta)) / mass;
        return Math.max(0, sigma * sigma * (1 + spread - shift * shift));
    }

    @Override
    public Support support() {
        return new Support(min, max);
    }

    @Override
    public double cdf(double x) {
        if (x <= min) {
            return 0;
        }
        if (x >= max) {
            return 1;
        }
        return Window.of(mu, sigma, min, max).cdf(x);
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        return Window.of(mu, sigma, min, max).quantile(p);
    }

    @Override
    public double sample(UniformRandomProvider rng) {
        return Window.of(mu, sigma, min, max).quantile(rng.nextDouble());
    }

    @Override
    public void sample(UniformRandomProvider rng, double[] out, int n) {
        Check.columns(out, n);
        Window window = Window.of(mu, sigma, min, max);
        for (int i = 0; i < n; i++) {
            out[i] = window.quantile(rng.nextDouble());
        }
    }

    @Override
    public void quantiles(double[] u, double[] out, int n) {
        Check.columns(out, n);
        Check.columns(u, n);
        Window window = Window.of(mu, sigma, min, max);
        for (int i = 0; i < n; i++) {
            out[i] = window.quantile(Check.level(u[i]));
        }
    }

    private double clamp(double x) {
        return Math.max(min, Math.min(max, x));
    }

    /** z * phi(z), with the limit 0 at infinite z. */
    private static double zPdf(double z) {
        return Double.isInfinite(z) ? 0 : z * Gaussian.pdf(z);
    }

    /**
     * The window in standard units, mirrored when it lies mostly above the parent mean so that every
     * probability is taken in the lower tail, where small values keep full relative precision.
     */
    private static final class Window {
        final double mu;
        final double sigma;
        final double min;
        final double max;
        /** -1 when mirrored (z = (mu - x) / sigma), else +1. */
        final double sign;
        final double cdfLow;
        final double cdfHigh;
        final double mass;

        private Window(double mu, double sigma, double min, double max) {
            this.mu = mu;
            this.sigma = sigma;
            this.min = min;
            this.max = max;
            double alpha = (min - mu) / sigma;
            double beta = (max - mu) / sigma;
            boolean mirrored = alpha + beta > 0;
            this.sign = mirrored ? -1 : 1;
            this.cdfLow = Gaussian.cdf(mirrored ? -beta : alpha);
            this.cdfHigh = Gaussian.cdf(mirrored ? -alpha : beta);
            this.mass = cdfHigh - cdfLow;
        }

        static Window of(double mu, double sigma, double min, double max) {
            return new Window(mu, sigma, min, max);
        }

        double cdf(double x) {
            double phi = Gaussian.cdf(sign * (x - mu) / sigma);
            double p = sign > 0 ? (phi - cdfLow) / mass : (cdfHigh - phi) / mass;
            return Math.max(0, Math.min(1, p));
        }

        double quantile(double p) {
            if (p <= 0) {
                return min;
            }
            if (p >= 1) {
                return max;
            }
            double level = sign > 0 ? cdfLow + p * mass : cdfHigh - p * mass;
            double x = mu + sign * sigma * Gaussian.inverse(level);
            return Math.max(min, Math.min(max, x));
        }
    }
}

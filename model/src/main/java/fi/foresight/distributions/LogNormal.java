package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The lognormal distribution: a positive quantity whose logarithm is normal, e.g. costs, market sizes and
 * multipliers with a long right tail.
 *
 * <p>The components {@code mu} and {@code sigma} are the mean and standard deviation of the <em>underlying
 * normal</em> {@code ln X}, not of X itself; the median of X is {@code exp(mu)}. To specify X by its own mean
 * and standard deviation use {@link #ofMeanSd(double, double)}.
 *
 * <pre>{@code
 * Distribution cost = LogNormal.ofMeanSd(100, 30);   // X has mean 100 and sd 30
 * Distribution mult = LogNormal.of(0, 0.25);         // YAML: {type: lognormal, mu: 0, sigma: 0.25}; median 1
 * }</pre>
 *
 * @param mu    mean of ln X (finite)
 * @param sigma standard deviation of ln X (finite, &gt; 0)
 */
public record LogNormal(double mu, double sigma) implements Distribution {

    /**
     * Validates a finite mu and a positive, finite sigma.
     *
     * @param mu    mean of ln X (finite)
     * @param sigma standard deviation of ln X (finite, &gt; 0)
     */
    public LogNormal {
        Check.finite("mu", mu);
        Check.positive("sigma", sigma);
    }

    /**
     * The lognormal whose logarithm is Normal(mu, sigma).
     *
     * @param mu    mean of ln X (finite)
     * @param sigma standard deviation of ln X (finite, &gt; 0)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static LogNormal of(double mu, double sigma) {
        return new LogNormal(mu, sigma);
    }

    /**
     * The lognormal whose own mean and standard deviation are {@code mean} and {@code sd}: {@code sigma^2 =
     * ln(1 + sd^2 / mean^2)} and {@code mu = ln(mean) - sigma^2 / 2}.
     *
     * @param mean expectation of X (finite, &gt; 0)
     * @param sd   standard deviation of X (finite, &gt; 0)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static LogNormal ofMeanSd(double mean, double sd) {
        Check.positive("mean", mean);
        Check.positive("sd", sd);
        double ratio = sd / mean;
        double sigma2 = Math.log1p(ratio * ratio);
        return new LogNormal(Math.log(mean) - 0.5 * sigma2, Math.sqrt(sigma2));
    }

    @Override
    public String type() {
        return "lognormal";
    }

    @Override
    public double mean() {
        return Math.exp(mu + 0.5 * sigma * sigma);
    }

    @Override
    public double variance() {
        double s2 = sigma * sigma;
        return Math.expm1(s2) * Math.exp(2 * mu + s2);
    }

    /**
     * The median of X, {@code exp(mu)}.
     *
     * @return the median
     */
    public double median() {
        return Math.exp(mu);
    }

    @Override
    public Support support() {
        return new Support(0, Double.POSITIVE_INFINITY);
    }

    @Override
    public double cdf(double x) {
        if (x <= 0) {
            return 0;
        }
        return Gaussian.cdf((Math.log(x) - mu) / sigma);
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        return at(p, mu, sigma);
    }

    @Override
    public double sample(UniformRandomProvider rng) {
        return at(rng.nextDouble(), mu, sigma);
    }

    @Override
    public void sample(UniformRandomProvider rng, double[] out, int n) {
        Check.columns(out, n);
        double m = mu;
        double s = sigma;
        for (int i = 0; i < n; i++) {
            out[i] = at(rng.nextDouble(), m, s);
        }
    }

    private static double at(double p, double mu, double sigma) {
        return Math.exp(mu + sigma * Gaussian.inverse(p));
    }
}

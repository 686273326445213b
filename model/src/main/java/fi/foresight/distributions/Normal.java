package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The normal (Gaussian) distribution: symmetric uncertainty around a central estimate, unbounded.
 *
 * <pre>{@code
 * Distribution growth = Normal.of(0.02, 0.01);   // YAML: {type: normal, mean: 0.02, sd: 0.01}
 * growth.quantile(0.975);                        // about 0.0396
 * }</pre>
 *
 * @param mean expectation (finite)
 * @param sd   standard deviation (finite, &gt; 0)
 */
public record Normal(double mean, double sd) implements Distribution {

    /**
     * Validates a finite mean and a positive, finite sd.
     *
     * @param mean expectation (finite)
     * @param sd   standard deviation (finite, &gt; 0)
     */
    public Normal {
        Check.finite("mean", mean);
        Check.positive("sd", sd);
    }

    /**
     * The normal distribution with the given mean and standard deviation.
     *
     * @param mean expectation (finite)
     * @param sd   standard deviation (finite, &gt; 0)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Normal of(double mean, double sd) {
        return new Normal(mean, sd);
    }

    @Override
    public String type() {
        return "normal";
    }

    @Override
    public double variance() {
        return sd * sd;
    }

    @Override
    public Support support() {
        return new Support(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    @Override
    public double cdf(double x) {
        return Gaussian.cdf((x - mean) / sd);
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        return at(p, mean, sd);
    }

    @Override
    public double sample(UniformRandomProvider rng) {
        return at(rng.nextDouble(), mean, sd);
    }

    @Override
    public void sample(UniformRandomProvider rng, double[] out, int n) {
        Check.columns(out, n);
        double m = mean;
        double s = sd;
        for (int i = 0; i < n; i++) {
            out[i] = at(rng.nextDouble(), m, s);
        }
    }

    private static double at(double p, double mean, double sd) {
        return mean + sd * Gaussian.inverse(p);
    }
}

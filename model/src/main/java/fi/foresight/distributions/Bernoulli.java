package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * An event that happens (1) with the given probability and otherwise does not (0): a wildcard, a
 * disruption, a policy that may or may not pass.
 *
 * <pre>{@code
 * Distribution breakthrough = Bernoulli.of(0.15);   // YAML: {type: bernoulli, probability: 0.15}
 * breakthrough.mean();                             // 0.15
 * }</pre>
 *
 * @param probability chance of the event, in [0, 1]
 */
public record Bernoulli(double probability) implements Distribution {

    /**
     * Validates {@code 0 <= probability <= 1}.
     *
     * @param probability chance of the event, in [0, 1]
     */
    public Bernoulli {
        Check.probability("probability", probability);
    }

    /**
     * The event with the given probability.
     *
     * @param probability chance of the event, in [0, 1]
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Bernoulli of(double probability) {
        return new Bernoulli(probability);
    }

    @Override
    public String type() {
        return "bernoulli";
    }

    @Override
    public double mean() {
        return probability;
    }

    @Override
    public double variance() {
        return probability * (1 - probability);
    }

    @Override
    public Support support() {
        return new Support(probability == 1 ? 1 : 0, probability == 0 ? 0 : 1);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 0;
        }
        return x < 1 ? 1 - probability : 1;
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        return at(p, 1 - probability);
    }

    @Override
    public double sample(UniformRandomProvider rng) {
        return at(rng.nextDouble(), 1 - probability);
    }

    @Override
    public void sample(UniformRandomProvider rng, double[] out, int n) {
        Check.columns(out, n);
        double none = 1 - probability;
        for (int i = 0; i < n; i++) {
            out[i] = at(rng.nextDouble(), none);
        }
    }

    @Override
    public void quantiles(double[] u, double[] out, int n) {
        Check.columns(out, n);
        Check.columns(u, n);
        double none = 1 - probability;
        for (int i = 0; i < n; i++) {
            out[i] = at(Check.level(u[i]), none);
        }
    }

    /** 0 while p stays within P(X = 0), else 1; a certain event (P(X = 0) = 0) always gives 1. */
    private static double at(double p, double none) {
        return p <= none && none > 0 ? 0.0 : 1.0;
    }
}

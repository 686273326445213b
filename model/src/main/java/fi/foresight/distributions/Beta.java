package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The beta distribution stretched onto [min, max] (default [0, 1]): shares, probabilities and proportions
 * whose uncertainty is known as a shape, e.g. from a survey.
 *
 * <pre>{@code
 * Distribution share = Beta.fromCounts(42, 58);     // 42 of 100 panellists agreed: Beta(43, 59)
 * Distribution cost  = Beta.of(2, 5, 10, 30);       // YAML: {type: beta, alpha: 2, beta: 5, min: 10, max: 30}
 * }</pre>
 *
 * <p><b>Sampling differs from inversion.</b> {@link #sample(UniformRandomProvider)} and
 * {@link #sample(UniformRandomProvider, double[], int)} use exact rejection samplers instead of inverting the
 * incomplete beta function (30–100 times slower): when both shapes are at least 1, the ratio X / (X + Y) of two
 * Marsaglia–Tsang gamma draws X ~ Gamma(alpha), Y ~ Gamma(beta); otherwise Cheng's (1978) algorithm BC
 * (commons-rng's {@code ChengBetaSampler}). The draws follow the same distribution and a column equals the same
 * number of single draws, but they are not {@code quantile(u)} of any single uniform and consume a varying
 * number of uniforms. {@link #quantile(double)} and {@link #quantiles(double[], double[], int)} still invert
 * exactly, for stratified designs.
 *
 * @param alpha first shape parameter (&gt; 0)
 * @param beta  second shape parameter (&gt; 0)
 * @param min   lower end of the range (finite)
 * @param max   upper end of the range (finite, &gt; min)
 */
public record Beta(double alpha, double beta, double min, double max) implements Distribution {

    /**
     * Validates positive shapes and a finite range {@code min < max}.
     *
     * @param alpha first shape parameter (&gt; 0)
     * @param beta  second shape parameter (&gt; 0)
     * @param min   lower end of the range (finite)
     * @param max   upper end of the range (finite, &gt; min)
     */
    public Beta {
        Check.positive("alpha", alpha);
        Check.positive("beta", beta);
        Check.finite("min", min);
        Check.finite("max", max);
        Check.ordered("min", min, "max", max);
    }

    /**
     * Beta(alpha, beta) on [0, 1].
     *
     * @param alpha first shape parameter (&gt; 0)
     * @param beta  second shape parameter (&gt; 0)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Beta of(double alpha, double beta) {
        return new Beta(alpha, beta, 0, 1);
    }

    /**
     * Beta(alpha, beta) stretched onto [min, max].
     *
     * @param alpha first shape parameter (&gt; 0)
     * @param beta  second shape parameter (&gt; 0)
     * @param min   lower end of the range (finite)
     * @param max   upper end of the range (finite, &gt; min)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Beta of(double alpha, double beta, double min, double max) {
        return new Beta(alpha, beta, min, max);
    }

    /**
     * The uncertainty of a share after observing {@code successes} and {@code failures} (e.g. panellists who
     * agreed and disagreed): the posterior Beta(successes + 1, failures + 1) under a uniform prior, on [0, 1].
     * Counts may be fractional (weighted answers) but must be finite and &gt;= 0.
     *
     * @param successes observed successes, {@literal >=} 0
     * @param failures  observed failures, {@literal >=} 0
     * @return Beta(successes + 1, failures + 1)
     * @throws IllegalArgumentException when a count is negative or not finite
     */
    public static Beta fromCounts(double successes, double failures) {
        Check.finite("successes", successes);
        Check.finite("failures", failures);
        if (successes < 0 || failures < 0) {
            throw new IllegalArgumentException("counts (successes " + successes + ", failures " + failures
                    + ") include a negative number; counts must be >= 0");
        }
        return new Beta(successes + 1, failures + 1, 0, 1);
    }

    @Override
    public String type() {
        return "beta";
    }

    @Override
    public double mean() {
        return min + (max - min) * alpha / (alpha + beta);
    }

    @Override
    public double variance() {
        double width = max - min;
        double sum = alpha + beta;
        return width * width * alpha * beta / (sum * sum * (sum + 1));
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
        return UnitBeta.cdf((x - min) / (max - min), alpha, beta);
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        return scale(new UnitBeta(alpha, beta).quantile(p), min, max);
    }

    @Override
    public void quantiles(double[] u, double[] out, int n) {
        Check.columns(out, n);
        Check.columns(u, n);
        UnitBeta unit = new UnitBeta(alpha, beta);
        for (int i = 0; i < n; i++) {
            out[i] = scale(unit.quantile(Check.level(u[i])), min, max);
        }
    }

    /** One draw by rejection sampling (not by inversion; see the class comment). */
    @Override
    public double sample(UniformRandomProvider rng) {
        return scale(BetaSampler.of(rng, alpha, beta).sample(), min, max);
    }

    /** {@code n} draws by rejection sampling, equal to {@code n} calls of {@link #sample(UniformRandomProvider)}. */
    @Override
    public void sample(UniformRandomProvider rng, double[] out, int n) {
        sampleScaled(BetaSampler.of(rng, alpha, beta), out, n, min, max);
    }

    /** Fills {@code out[0..n)} with draws of a unit beta sampler mapped onto [min, max]. */
    static void sampleScaled(ContinuousSampler unit, double[] out, int n, double min, double max) {
        Check.columns(out, n);
        for (int i = 0; i < n; i++) {
            out[i] = scale(unit.sample(), min, max);
        }
    }

    /** Maps a value of [0, 1] onto [min, max], clamped against rounding. */
    static double scale(double unitValue, double min, double max) {
        return Math.max(min, Math.min(max, min + unitValue * (max - min)));
    }
}

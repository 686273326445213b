package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The uncertain value of a driver: a closed family of univariate distributions.
 *
 * <p>Every member validates its parameters in its constructor (an invalid distribution never exists),
 * knows its closed-form mean, variance and support, its CDF and quantile (inverse CDF), and samples from a
 * random stream handed to it, so one distribution can be re-bound to any stream.
 *
 * <pre>{@code
 * Distribution d = Triangular.of(0.3, 0.5, 0.7);
 * d.mean();            // 0.5
 * d.quantile(0.9);     // P90
 * d.sample(rng);       // one draw from the given stream
 * }</pre>
 */
public sealed interface Distribution
        permits Uniform, Triangular, Pert, Normal, TruncatedNormal, LogNormal, Beta, Gamma,
                Discrete, Bernoulli, Fixed, Empirical {

    /** The name of this family in model files ({@code type: triangular}). */
    String type();

    /** Closed-form expectation. */
    double mean();

    /** Closed-form variance. */
    double variance();

    /** Standard deviation, {@code sqrt(variance())}. */
    default double sd() {
        return Math.sqrt(variance());
    }

    /** Smallest and largest possible values (may be infinite). */
    Support support();

    /** P(X &le; x). */
    double cdf(double x);

    /**
     * Inverse CDF: the smallest x with {@code cdf(x) >= p}, for p in [0, 1]. Throws
     * {@link IllegalArgumentException} for p outside [0, 1] or NaN.
     */
    double quantile(double p);

    /** One draw from {@code rng}. */
    default double sample(UniformRandomProvider rng) {
        return quantile(rng.nextDouble());
    }

    /**
     * Fills {@code out[0..n)} with independent draws from {@code rng}, in order. This is the column-wise hot
     * path of Monte Carlo; families override it with a faster loop where they can. The draws must equal
     * {@code n} successive calls of {@link #sample(UniformRandomProvider)} on the same stream.
     */
    default void sample(UniformRandomProvider rng, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
    }

    /**
     * Column-wise inverse CDF: {@code out[i] = quantile(u[i])} for i in [0, n). Used by stratified designs
     * (Latin hypercube, Sobol' sequences) that produce uniforms first. {@code u} and {@code out} may be the
     * same array.
     */
    default void quantiles(double[] u, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = quantile(u[i]);
        }
    }
}

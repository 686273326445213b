package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The uncertain value of a driver: a closed family of univariate distributions.
 *
 * <p>Every member validates its parameters in its constructor (an invalid distribution never exists),
 * knows its closed-form mean, variance and support, its CDF and quantile (inverse CDF), and samples from a
 * random stream handed to it, so one distribution can be re-bound to any stream.
 *
 * <p>Draws are inverse-CDF draws, one uniform each, for every family except {@link Gamma}, {@link Beta} and
 * {@link Pert} (exact rejection samplers, much faster than their numerical inverses; see there): swapping one driver's distribution for another, or fixing it, leaves the draws of
 * the other drivers on a shared stream unchanged, and stratified designs can use
 * {@link #quantiles(double[], double[], int)} on their own uniforms. The YAML names of the families are
 * listed by {@link Distributions#types()}.
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
                PointMasses, Bernoulli, Fixed, Mixture, Tabulated, Derived {

    /**
     * The name of this family in model files ({@code type: triangular}).
     *
     * @return the family name
     */
    String type();

    /**
     * Closed-form expectation.
     *
     * @return the mean
     */
    double mean();

    /**
     * Closed-form variance.
     *
     * @return the variance
     */
    double variance();

    /**
     * Standard deviation, {@code sqrt(variance())}.
     *
     * @return the standard deviation
     */
    default double sd() {
        return Math.sqrt(variance());
    }

    /**
     * Smallest and largest possible values (may be infinite).
     *
     * @return the support
     */
    Support support();

    /**
     * P(X &le; x): 0 at -infinity, 1 at +infinity, NaN for NaN.
     *
     * @param x a value
     * @return the probability, in [0, 1]
     */
    double cdf(double x);

    /**
     * Inverse CDF: the smallest x with {@code cdf(x) >= p}, for p in [0, 1]. Throws
     * {@link IllegalArgumentException} for p outside [0, 1] or NaN.
     *
     * @param p a probability, in [0, 1]
     * @return the quantile
     * @throws IllegalArgumentException when {@code p} is outside [0, 1] or NaN
     */
    double quantile(double p);

    /**
     * One draw from {@code rng}: {@code quantile(rng.nextDouble())}, consuming exactly one uniform, for every
     * family except {@link Gamma}, {@link Beta} and {@link Pert}, which draw by rejection sampling (same
     * distribution, a varying number of uniforms, not the inverse CDF of one uniform).
     *
     * @param rng the random stream
     * @return the draw
     */
    default double sample(UniformRandomProvider rng) {
        return quantile(rng.nextDouble());
    }

    /**
     * Fills {@code out[0..n)} with independent draws from {@code rng}, in order. This is the column-wise hot
     * path of Monte Carlo; families override it with a faster loop where they can. The draws equal
     * {@code n} successive calls of {@link #sample(UniformRandomProvider)} on the same stream, bit for bit.
     * For every family except {@link Gamma}, {@link Beta} and {@link Pert} they therefore also equal
     * {@code quantile(u)} of the next {@code n} uniforms of the stream; those three families' column and single
     * draws use rejection samplers (see {@link Gamma}, {@link Beta}), so only the distribution, not the
     * inverse-CDF mapping, is shared with
     * {@link #quantiles(double[], double[], int)}.
     *
     * @param rng the random stream
     * @param out where the draws go
     * @param n   the number of draws
     * @throws IllegalArgumentException when {@code n} is negative or larger than {@code out.length}
     */
    default void sample(UniformRandomProvider rng, double[] out, int n) {
        Check.columns(out, n);
        for (int i = 0; i < n; i++) {
            out[i] = sample(rng);
        }
    }

    /**
     * Column-wise inverse CDF: {@code out[i] = quantile(u[i])} for i in [0, n). Used by stratified designs
     * (Latin hypercube, Sobol' sequences) that produce uniforms first. {@code u} and {@code out} may be the
     * same array.
     *
     * @param u   probabilities, each in [0, 1]
     * @param out where the quantiles go
     * @param n   how many
     * @throws IllegalArgumentException when some {@code u[i]} lies outside [0, 1] or is NaN, or {@code n} does
     *                                  not fit the arrays
     */
    default void quantiles(double[] u, double[] out, int n) {
        Check.columns(out, n);
        Check.columns(u, n);
        for (int i = 0; i < n; i++) {
            out[i] = quantile(u[i]);
        }
    }
}

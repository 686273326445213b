package fi.foresight.distributions;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * The gamma distribution: positive, right-skewed quantities (durations, intensities) and, internally, the
 * building block of Dirichlet weight uncertainty (normalised independent gammas).
 *
 * <pre>{@code
 * Distribution delay = Gamma.of(2, 1.5);   // YAML: {type: gamma, shape: 2, scale: 1.5}; mean 3, variance 4.5
 * }</pre>
 *
 * <p><b>Sampling differs from inversion.</b> {@link #sample(UniformRandomProvider)} and
 * {@link #sample(UniformRandomProvider, double[], int)} use the fast rejection samplers of commons-rng
 * (Marsaglia–Tsang for shape &ge; 1, Ahrens–Dieter below 1) instead of {@code quantile(rng.nextDouble())},
 * whose numerical inversion would be orders of magnitude slower. Their draws follow the same distribution
 * and a column equals the same number of single draws, but they are not {@code quantile(u)} of any single
 * uniform and consume a varying number of uniforms per draw. Stratified designs that need inversion call
 * {@link #quantile(double)} / {@link #quantiles(double[], double[], int)}, which do invert.
 *
 * @param shape shape k (finite, &gt; 0)
 * @param scale scale theta (finite, &gt; 0); the rate is 1 / scale
 */
public record Gamma(double shape, double scale) implements Distribution {

    /**
     * Absolute accuracy handed to the commons-math solver of the inverse: negligible, so that its relative
     * accuracy (about 1e-14) governs and tiny quantiles (shape &lt; 1 near 0) keep their significant digits.
     */
    private static final double SOLVER_ABSOLUTE_ACCURACY = Double.MIN_NORMAL;

    /**
     * Validates positive, finite shape and scale.
     *
     * @param shape shape k (finite, &gt; 0)
     * @param scale scale theta (finite, &gt; 0); the rate is 1 / scale
     */
    public Gamma {
        Check.positive("shape", shape);
        Check.positive("scale", scale);
    }

    /**
     * The gamma distribution with the given shape and scale.
     *
     * @param shape shape k (finite, &gt; 0)
     * @param scale scale theta (finite, &gt; 0); the rate is 1 / scale
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Gamma of(double shape, double scale) {
        return new Gamma(shape, scale);
    }

    @Override
    public String type() {
        return "gamma";
    }

    @Override
    public double mean() {
        return shape * scale;
    }

    @Override
    public double variance() {
        return shape * scale * scale;
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
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return org.apache.commons.math3.special.Gamma.regularizedGammaP(shape, x / scale);
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        return at(inverse(), p);
    }

    @Override
    public void quantiles(double[] u, double[] out, int n) {
        Check.columns(out, n);
        Check.columns(u, n);
        GammaDistribution inverse = inverse();
        for (int i = 0; i < n; i++) {
            out[i] = at(inverse, Check.level(u[i]));
        }
    }

    /** One draw by rejection sampling (not by inversion; see the class comment). */
    @Override
    public double sample(UniformRandomProvider rng) {
        return sampler(rng).sample();
    }

    /** {@code n} draws by rejection sampling, equal to {@code n} calls of {@link #sample(UniformRandomProvider)}. */
    @Override
    public void sample(UniformRandomProvider rng, double[] out, int n) {
        Check.columns(out, n);
        ContinuousSampler sampler = sampler(rng);
        for (int i = 0; i < n; i++) {
            out[i] = sampler.sample();
        }
    }

    private ContinuousSampler sampler(UniformRandomProvider rng) {
        return AhrensDieterMarsagliaTsangGammaSampler.of(rng, shape, scale);
    }

    private GammaDistribution inverse() {
        return new GammaDistribution((RandomGenerator) null, shape, scale, SOLVER_ABSOLUTE_ACCURACY);
    }

    private static double at(GammaDistribution inverse, double p) {
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return inverse.inverseCumulativeProbability(p);
    }
}

package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Beta-PERT: a three-point estimate (lowest, most likely, highest) smoothed into a beta distribution whose
 * mean is {@code (min + shape * mode + max) / (shape + 2)}. With the classic {@code shape = 4} it weights the
 * mode four times as much as each end; larger shapes concentrate the mass around the mode.
 *
 * <pre>{@code
 * Distribution growth = Pert.of(0.0, 0.02, 0.08);   // YAML: {type: pert, min: 0, mode: 0.02, max: 0.08}
 * growth.mean();                                   // (0 + 4 * 0.02 + 0.08) / 6
 * }</pre>
 *
 * <p>It is Beta(alpha, beta) on [min, max] with {@code alpha = 1 + shape (mode - min) / (max - min)} and
 * {@code beta = 1 + shape (max - mode) / (max - min)}.
 *
 * <p><b>Sampling differs from inversion</b>, as for {@link Beta}: draws are X / (X + Y) of two exact
 * Marsaglia–Tsang gamma draws X ~ Gamma(alpha), Y ~ Gamma(beta) (both shapes of a PERT are at least 1), not {@code quantile(nextDouble())}; {@link #quantile(double)} and
 * {@link #quantiles(double[], double[], int)} invert exactly.
 *
 * @param min   lowest possible value (finite)
 * @param mode  most likely value, in [min, max]
 * @param max   highest possible value (finite, &gt; min)
 * @param shape weight of the mode (finite, &gt; 0; 4 in the classic PERT)
 */
public record Pert(double min, double mode, double max, double shape) implements Distribution {

    /** The classic PERT weight of the mode. */
    public static final double DEFAULT_SHAPE = 4;

    /**
     * Validates {@code min <= mode <= max}, {@code min < max} and {@code shape > 0}.
     *
     * @param min   lowest possible value (finite)
     * @param mode  most likely value, in [min, max]
     * @param max   highest possible value (finite, &gt; min)
     * @param shape weight of the mode (finite, &gt; 0; 4 in the classic PERT)
     */
    public Pert {
        Check.finite("min", min);
        Check.finite("mode", mode);
        Check.finite("max", max);
        Check.ordered("min", min, "max", max);
        Check.modeWithin(min, mode, max);
        Check.positive("shape", shape);
    }

    /**
     * The classic beta-PERT with shape 4.
     *
     * @param min  lowest possible value (finite)
     * @param mode most likely value, in [min, max]
     * @param max  highest possible value (finite, &gt; min)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Pert of(double min, double mode, double max) {
        return new Pert(min, mode, max, DEFAULT_SHAPE);
    }

    /**
     * Beta-PERT with a chosen shape.
     *
     * @param min   lowest possible value (finite)
     * @param mode  most likely value, in [min, max]
     * @param max   highest possible value (finite, &gt; min)
     * @param shape weight of the mode (finite, &gt; 0; 4 in the classic PERT)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Pert of(double min, double mode, double max, double shape) {
        return new Pert(min, mode, max, shape);
    }

    /**
     * First shape parameter of the underlying beta, {@code 1 + shape (mode - min) / (max - min)}.
     *
     * @return the first shape parameter of the underlying beta
     */
    public double alpha() {
        return 1 + shape * (mode - min) / (max - min);
    }

    /**
     * Second shape parameter of the underlying beta, {@code 1 + shape (max - mode) / (max - min)}.
     *
     * @return the second shape parameter of the underlying beta
     */
    public double beta() {
        return 1 + shape * (max - mode) / (max - min);
    }

    /**
     * The same distribution as a {@link Beta} on [min, max].
     *
     * @return the equivalent beta on [min, max]
     */
    public Beta asBeta() {
        return new Beta(alpha(), beta(), min, max);
    }

    @Override
    public String type() {
        return "pert";
    }

    @Override
    public double mean() {
        return (min + shape * mode + max) / (shape + 2);
    }

    @Override
    public double variance() {
        double mean = mean();
        return (mean - min) * (max - mean) / (shape + 3);
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
        return UnitBeta.cdf((x - min) / (max - min), alpha(), beta());
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        return Beta.scale(new UnitBeta(alpha(), beta()).quantile(p), min, max);
    }

    @Override
    public void quantiles(double[] u, double[] out, int n) {
        Check.columns(out, n);
        Check.columns(u, n);
        UnitBeta unit = new UnitBeta(alpha(), beta());
        for (int i = 0; i < n; i++) {
            out[i] = Beta.scale(unit.quantile(Check.level(u[i])), min, max);
        }
    }

    /** One draw by the gamma-ratio sampler of Beta(alpha, beta) (not by inversion; see {@link Beta}). */
    @Override
    public double sample(UniformRandomProvider rng) {
        return Beta.scale(BetaSampler.of(rng, alpha(), beta()).sample(), min, max);
    }

    /** {@code n} draws by rejection sampling, equal to {@code n} calls of {@link #sample(UniformRandomProvider)}. */
    @Override
    public void sample(UniformRandomProvider rng, double[] out, int n) {
        Beta.sampleScaled(BetaSampler.of(rng, alpha(), beta()), out, n, min, max);
    }
}

package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Every value in [min, max] equally likely: the honest choice when only a range is known.
 *
 * <pre>{@code
 * Distribution share = Uniform.of(0.2, 0.6);   // YAML: {type: uniform, min: 0.2, max: 0.6}
 * share.mean();                                // 0.4
 * }</pre>
 *
 * @param min lowest possible value (finite)
 * @param max highest possible value (finite, &gt; min)
 */
public record Uniform(double min, double max) implements Distribution {

    /**
     * Validates {@code min < max}, both finite.
     *
     * @param min lowest possible value (finite)
     * @param max highest possible value (finite, &gt; min)
     */
    public Uniform {
        Check.finite("min", min);
        Check.finite("max", max);
        Check.ordered("min", min, "max", max);
    }

    /**
     * The uniform distribution on [min, max].
     *
     * @param min lowest possible value (finite)
     * @param max highest possible value (finite, &gt; min)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Uniform of(double min, double max) {
        return new Uniform(min, max);
    }

    @Override
    public String type() {
        return "uniform";
    }

    @Override
    public double mean() {
        return 0.5 * (min + max);
    }

    @Override
    public double variance() {
        double width = max - min;
        return width * width / 12;
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
        return (x - min) / (max - min);
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        return at(p, min, max - min, max);
    }

    @Override
    public double sample(UniformRandomProvider rng) {
        return at(rng.nextDouble(), min, max - min, max);
    }

    @Override
    public void sample(UniformRandomProvider rng, double[] out, int n) {
        Check.columns(out, n);
        double lo = min;
        double width = max - min;
        double hi = max;
        for (int i = 0; i < n; i++) {
            out[i] = at(rng.nextDouble(), lo, width, hi);
        }
    }

    @Override
    public void quantiles(double[] u, double[] out, int n) {
        Check.columns(out, n);
        Check.columns(u, n);
        double lo = min;
        double width = max - min;
        double hi = max;
        for (int i = 0; i < n; i++) {
            out[i] = at(Check.level(u[i]), lo, width, hi);
        }
    }

    /** The one formula shared by every path, so single and column draws agree bit for bit. */
    private static double at(double p, double lo, double width, double hi) {
        return Math.min(hi, lo + p * width);
    }
}

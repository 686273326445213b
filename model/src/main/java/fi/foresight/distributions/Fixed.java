package fi.foresight.distributions;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A value without uncertainty: a driver held constant (e.g. by a scenario override or a lever).
 *
 * <pre>{@code
 * Distribution population = Fixed.of(5.6e6);   // YAML: {type: fixed, value: 5.6e6}
 * }</pre>
 *
 * <p>Its draws still consume one uniform each, like every inverted family, so fixing one driver leaves the
 * draws of the others on a shared stream unchanged (common random numbers across scenarios).
 *
 * @param value the value (finite)
 */
public record Fixed(double value) implements Distribution {

    /**
     * Validates a finite value.
     *
     * @param value the value (finite)
     */
    public Fixed {
        Check.finite("value", value);
    }

    /**
     * The constant {@code value}.
     *
     * @param value the value (finite)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Fixed of(double value) {
        return new Fixed(value);
    }

    @Override
    public String type() {
        return "fixed";
    }

    @Override
    public double mean() {
        return value;
    }

    @Override
    public double variance() {
        return 0;
    }

    @Override
    public Support support() {
        return new Support(value, value);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        return x >= value ? 1 : 0;
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        return value;
    }

    @Override
    public double sample(UniformRandomProvider rng) {
        rng.nextDouble();
        return value;
    }

    @Override
    public void sample(UniformRandomProvider rng, double[] out, int n) {
        Check.columns(out, n);
        for (int i = 0; i < n; i++) {
            rng.nextDouble();
        }
        Arrays.fill(out, 0, n, value);
    }

    @Override
    public void quantiles(double[] u, double[] out, int n) {
        Check.columns(out, n);
        Check.columns(u, n);
        for (int i = 0; i < n; i++) {
            Check.level(u[i]);
        }
        Arrays.fill(out, 0, n, value);
    }
}

package fi.foresight.distributions;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A weighted mixture of distributions: the linear opinion pool of several experts. With probability
 * {@code weights[i]} a value comes from {@code components[i]}.
 *
 * <pre>{@code
 * Mixture pool = new Mixture(List.of(Normal.of(0, 1), Normal.of(4, 2)), new double[] {2, 1});
 * pool.mean();       // (2 * 0 + 1 * 4) / 3
 * pool.variance();   // sum of w (sd^2 + mean^2) minus the mean squared
 * }</pre>
 *
 * <p>Mean and variance are the mixture's closed forms. <b>Sampling differs from inversion</b>: a draw picks a
 * component by weight with one uniform, then draws from that component (as it draws itself);
 * {@link #quantile(double)} inverts the mixture's CDF numerically (bisection to the last bit, between the
 * components' own quantiles).
 *
 * @param components the mixed distributions (at least one)
 * @param weights    one non-negative weight per component, positive total; normalised to sum to 1
 */
public record Mixture(List<Distribution> components, double[] weights) implements Distribution {

    /**
     * Validates and normalises the weights.
     *
     * @param components the mixed distributions (at least one)
     * @param weights    one non-negative weight per component, positive total
     */
    public Mixture {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a mixture needs at least one distribution");
        }
        if (weights.length != components.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + components.size()
                    + " distributions; give one weight per distribution");
        }
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            Check.finite("weights[" + i + "]", weights[i]);
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[" + i + "] (" + weights[i] + ") is negative; weights"
                        + " must be >= 0");
            }
            total += weights[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the weights sum to " + total + "; at least one must be positive");
        }
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] / total;
        }
        weights = w;
    }

    /**
     * A copy of the normalised weights.
     *
     * @return the weights, summing to 1
     */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public String type() {
        return "mixture";
    }

    @Override
    public double mean() {
        double m = 0;
        for (int i = 0; i < weights.length; i++) {
            m += weights[i] * components.get(i).mean();
        }
        return m;
    }

    @Override
    public double variance() {
        double mean = mean();
        double v = 0;
        for (int i = 0; i < weights.length; i++) {
            double d = components.get(i).mean() - mean;
            v += weights[i] * (components.get(i).variance() + d * d);
        }
        return v;
    }

    @Override
    public Support support() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                lo = Math.min(lo, components.get(i).support().min());
                hi = Math.max(hi, components.get(i).support().max());
            }
        }
        return new Support(lo, hi);
    }

    @Override
    public double cdf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        Support s = support();
        if (x >= s.max()) {
            return 1;
        }
        if (x < s.min()) {
            return 0;
        }
        double f = 0;
        for (int i = 0; i < weights.length; i++) {
            f += weights[i] * components.get(i).cdf(x);
        }
        return Math.min(1, f);
    }

    @Override
    public double quantile(double p) {
        Check.level(p);
        if (p == 0 || p == 1) {
            return p == 0 ? support().min() : support().max();
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                double q = components.get(i).quantile(p);
                lo = Math.min(lo, q);
                hi = Math.max(hi, q);
            }
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || cdf(lo) >= p) {
            return lo;
        }
        for (int k = 0; k < 200 && Math.nextUp(lo) < hi; k++) {
            double mid = lo + (hi - lo) / 2;
            if (cdf(mid) >= p) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** One draw: a component chosen by weight with one uniform, then that component's own draw. */
    @Override
    public double sample(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        int last = weights.length - 1;
        int pick = last;
        double cumulative = 0;
        for (int i = 0; i < last; i++) {
            cumulative += weights[i];
            if (u < cumulative) {
                pick = i;
                break;
            }
        }
        return components.get(pick).sample(rng);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mixture m && components.equals(m.components) && Arrays.equals(weights, m.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(components, Arrays.hashCode(weights));
    }

    @Override
    public String toString() {
        return "Mixture[components=" + components + ", weights=" + Arrays.toString(weights) + "]";
    }
}

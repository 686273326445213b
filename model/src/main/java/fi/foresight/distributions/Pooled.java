package fi.foresight.distributions;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Several experts' distributions for one driver pooled into one ({@code {type: pooled, experts: {anna: …, ben: …},
 * method: linear, weights: {anna: 2, ben: 1}}}): a linear pool is the {@link Mixture} of the experts' distributions,
 * a logarithmic pool the normalised weighted geometric mean of their densities, {@link Tabulated} on a fine grid.
 * The experts' own distributions stay here so that the report can draw them beside the pool.
 *
 * <pre>{@code
 * Pooled p = Pools.pooled(List.of("anna", "ben"), List.of(Normal.of(0, 1), Normal.of(2, 1)),
 *         new double[] {1, 1}, "linear");    // fi.foresight.distributions.fit
 * p.mean();                                  // 1
 * }</pre>
 *
 * @param distribution the pool (sampled)
 * @param experts      the experts' names, in the order of the model file
 * @param opinions     each expert's distribution, aligned with {@code experts}
 * @param weights      each expert's weight, normalised to sum to 1
 * @param method       {@code linear} or {@code logarithmic}
 */
public record Pooled(Distribution distribution, List<String> experts, List<Distribution> opinions,
                     double[] weights, String method) implements Derived {

    /**
     * Checks that the parts line up and copies them.
     *
     * @param distribution the pool (sampled)
     * @param experts      the experts' names
     * @param opinions     each expert's distribution
     * @param weights      each expert's weight, normalised to sum to 1
     * @param method       {@code linear} or {@code logarithmic}
     */
    public Pooled {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(method, "method");
        experts = List.copyOf(experts);
        opinions = List.copyOf(opinions);
        if (experts.size() != opinions.size() || weights.length != experts.size()) {
            throw new IllegalArgumentException(experts.size() + " experts, " + opinions.size() + " distributions and "
                    + weights.length + " weights; give one distribution and one weight per expert");
        }
        weights = weights.clone();
    }

    /**
     * A copy of the experts' normalised weights.
     *
     * @return the weights, summing to 1
     */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public String type() {
        return "pooled";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Pooled p && distribution.equals(p.distribution) && experts.equals(p.experts)
                && opinions.equals(p.opinions) && Arrays.equals(weights, p.weights) && method.equals(p.method);
    }

    @Override
    public int hashCode() {
        return Objects.hash(distribution, experts, opinions, Arrays.hashCode(weights), method);
    }

    @Override
    public String toString() {
        return "Pooled[" + method + ", experts=" + experts + ", weights=" + Arrays.toString(weights) + ", pool="
                + distribution + "]";
    }
}

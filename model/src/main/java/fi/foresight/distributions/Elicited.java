package fi.foresight.distributions;

import java.util.Arrays;
import java.util.Objects;

/**
 * A distribution matched to an expert's quantiles ({@code {type: elicited, quantiles: {0.1: 2, 0.5: 5, 0.9: 12},
 * family: lognormal}}) by least squares, as SHELF does; the asked quantiles stay here so that the report can set
 * the achieved quantiles beside them.
 *
 * <pre>{@code
 * Elicited e = Elicitation.elicited(new double[] {0.1, 0.5, 0.9}, new double[] {2, 5, 12}, "lognormal",
 *         Double.NaN, Double.NaN);             // fi.foresight.distributions.fit
 * e.distribution().quantile(0.9);              // close to 12
 * }</pre>
 *
 * @param distribution  the matched distribution (sampled)
 * @param probabilities the elicited probabilities, increasing, in (0, 1)
 * @param values        the elicited values, one per probability, increasing
 * @param family        the family asked for: {@code pert}, {@code beta}, {@code normal}, {@code lognormal} or
 *                      {@code auto}
 * @param min           the lower bound of the support given with the quantiles, NaN when not given
 * @param max           the upper bound of the support given with the quantiles, NaN when not given
 */
public record Elicited(Distribution distribution, double[] probabilities, double[] values, String family,
                       double min, double max)
        implements Derived {

    /**
     * Checks the parts and copies the arrays.
     *
     * @param distribution  the matched distribution (sampled)
     * @param probabilities the elicited probabilities
     * @param values        the elicited values, one per probability
     * @param family        the family asked for
     * @param min           the lower bound of the support, NaN when not given
     * @param max           the upper bound of the support, NaN when not given
     */
    public Elicited {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(family, "family");
        if (probabilities.length != values.length) {
            throw new IllegalArgumentException("probabilities have " + probabilities.length + " entries for "
                    + values.length + " values; give one value per probability");
        }
        probabilities = probabilities.clone();
        values = values.clone();
    }

    /**
     * A copy of the elicited probabilities.
     *
     * @return the probabilities
     */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * A copy of the elicited values.
     *
     * @return the values
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The quantiles the matched distribution achieves at the elicited probabilities.
     *
     * @return one achieved quantile per elicited probability
     */
    public double[] achieved() {
        double[] out = new double[probabilities.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = distribution.quantile(probabilities[i]);
        }
        return out;
    }

    @Override
    public String type() {
        return "elicited";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Elicited e && distribution.equals(e.distribution) && family.equals(e.family)
                && Arrays.equals(probabilities, e.probabilities) && Arrays.equals(values, e.values)
                && Double.compare(min, e.min) == 0 && Double.compare(max, e.max) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(distribution, family, Arrays.hashCode(probabilities), Arrays.hashCode(values), min, max);
    }

    @Override
    public String toString() {
        return "Elicited[distribution=" + distribution + ", probabilities=" + Arrays.toString(probabilities)
                + ", values=" + Arrays.toString(values) + ", family=" + family + "]";
    }
}

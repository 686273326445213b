package fi.foresight.distributions;

import java.util.Arrays;

/**
 * A finite list of possible values with their probabilities: the variants of a driver as a number (e.g.
 * 0 = no regulation, 1 = partial, 2 = full) or a step-wise expert judgement.
 *
 * <pre>{@code
 * // YAML: {type: discrete, values: [0, 1, 2], probabilities: [0.5, 0.3, 0.2]}
 * Distribution regulation = Discrete.of(new double[] {0, 1, 2}, new double[] {0.5, 0.3, 0.2});
 * regulation.quantile(0.6);   // 1.0, the smallest value whose cdf reaches 0.6
 * }</pre>
 *
 * <p>The record keeps a canonical copy: values sorted in increasing order (probabilities moved along) and
 * probabilities divided by their sum, so that they add up to 1 up to rounding. Two discrete distributions
 * with the same points are therefore equal whatever order they were listed in. Values with probability 0
 * are kept but are never drawn.
 *
 * @param values        distinct finite values
 * @param probabilities probabilities &gt;= 0 aligned with {@code values}, summing to 1 within 1e-9
 */
public record Discrete(double[] values, double[] probabilities) implements PointMasses {

    /** How far the probabilities may sum from 1 before they are rejected. */
    public static final double SUM_TOLERANCE = 1e-9;

    /**
     * Validates and canonicalises (sorted copies, probabilities normalised to sum 1).
     *
     * @param values        distinct finite values
     * @param probabilities probabilities &gt;= 0 aligned with {@code values}, summing to 1 within 1e-9
     */
    public Discrete {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values are missing; a discrete distribution needs at least one"
                    + " value");
        }
        if (probabilities == null || probabilities.length != values.length) {
            throw new IllegalArgumentException("probabilities have " + (probabilities == null ? 0
                    : probabilities.length) + " entries for " + values.length + " values; give one probability"
                    + " per value");
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            Check.finite("values[" + i + "]", values[i]);
            Check.probability("probabilities[" + i + "]", probabilities[i]);
            sum += probabilities[i];
        }
        if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
            throw new IllegalArgumentException("probabilities sum to " + sum + "; they must sum to 1 (within "
                    + SUM_TOLERANCE + ")");
        }
        double[][] sorted = Points.sortByValue(values, probabilities);
        Points.requireDistinct(sorted[0]);
        values = sorted[0];
        probabilities = sorted[1];
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= sum;
        }
    }

    /**
     * The discrete distribution putting {@code probabilities[i]} on {@code values[i]}.
     *
     * @param values        distinct finite values
     * @param probabilities probabilities &gt;= 0 aligned with {@code values}, summing to 1 within 1e-9
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Discrete of(double[] values, double[] probabilities) {
        return new Discrete(values, probabilities);
    }

    /**
     * A copy of the sorted values.
     *
     * @return the values
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * A copy of the probabilities, aligned with {@link #values()}.
     *
     * @return the probabilities
     */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * Number of listed values (including any with probability 0).
     *
     * @return the number of values
     */
    public int size() {
        return values.length;
    }

    @Override
    public String type() {
        return "discrete";
    }

    @Override
    public double mean() {
        return Points.mean(values, probabilities);
    }

    @Override
    public double variance() {
        return Points.variance(values, probabilities);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Discrete d && Arrays.equals(values, d.values)
                && Arrays.equals(probabilities, d.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "Discrete[values=" + Arrays.toString(values) + ", probabilities=" + Arrays.toString(probabilities)
                + "]";
    }
}

package fi.foresight.distributions;

import java.util.Arrays;

/**
 * Observed values resampled as they are: e.g. the Likert answers of a survey panel, or a series of past
 * outcomes. Drawing from it is the bootstrap: each distinct value comes up with probability proportional to
 * how often it was observed.
 *
 * <pre>{@code
 * Distribution answers = Empirical.of(3, 4, 4, 5, 2, 4);                 // raw answers
 * Distribution likert  = Empirical.ofCounts(new double[] {1, 2, 3, 4, 5},  // answer options
 *                                           new double[] {2, 5, 9, 12, 4}); // how many chose each
 * // YAML: {type: empirical, values: [1, 2, 3, 4, 5], counts: [2, 5, 9, 12, 4]}
 * }</pre>
 *
 * <p>The record keeps a canonical copy: distinct values in increasing order with their aggregated counts, so
 * {@code Empirical.of(4, 3, 4)} equals {@code Empirical.ofCounts(new double[] {3, 4}, new double[] {1, 2})}.
 * {@link #variance()} is the variance of the resampling distribution (the population variance of the data,
 * dividing by the total count).
 *
 * @param values observed values (finite, repeats allowed on input)
 * @param counts how often each value was observed (finite, &gt;= 0, positive total); {@code null} or empty
 *               means each listed value once
 */
public record Empirical(double[] values, double[] counts) implements PointMasses {

    /**
     * Validates and canonicalises (distinct sorted values, aggregated counts).
     *
     * @param values observed values (finite, repeats allowed on input)
     * @param counts how often each value was observed (finite, &gt;= 0, positive total); {@code null} or empty
     *               means each listed value once
     */
    public Empirical {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values are missing; an empirical distribution needs at least one"
                    + " observed value");
        }
        if (counts != null && counts.length != 0 && counts.length != values.length) {
            throw new IllegalArgumentException("counts have " + counts.length + " entries for " + values.length
                    + " values; give one count per value, or none to count each value once");
        }
        double[] weights = new double[values.length];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            Check.finite("values[" + i + "]", values[i]);
            double c = counts == null || counts.length == 0 ? 1 : counts[i];
            Check.finite("counts[" + i + "]", c);
            if (c < 0) {
                throw new IllegalArgumentException("counts[" + i + "] (" + c + ") is negative; counts must be"
                        + " >= 0");
            }
            weights[i] = c;
            total += c;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("counts sum to " + total + "; at least one value must have a"
                    + " positive count");
        }
        double[][] sorted = Points.sortByValue(values, weights);
        int distinct = 0;
        double[] v = new double[values.length];
        double[] c = new double[values.length];
        for (int i = 0; i < sorted[0].length; i++) {
            if (distinct > 0 && v[distinct - 1] == sorted[0][i]) {
                c[distinct - 1] += sorted[1][i];
            } else {
                v[distinct] = sorted[0][i];
                c[distinct] = sorted[1][i];
                distinct++;
            }
        }
        values = Arrays.copyOf(v, distinct);
        counts = Arrays.copyOf(c, distinct);
    }

    /**
     * Each observation counted once; repeated values weigh more.
     *
     * @param values observed values (finite, repeats allowed on input)
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Empirical of(double... values) {
        return new Empirical(values, null);
    }

    /**
     * {@code counts[i]} observations of {@code values[i]}.
     *
     * @param values observed values (finite, repeats allowed on input)
     * @param counts how often each value was observed (finite, &gt;= 0, positive total); {@code null} or empty
     *               means each listed value once
     * @return the distribution
     * @throws IllegalArgumentException when a parameter is out of its range
     */
    public static Empirical ofCounts(double[] values, double[] counts) {
        return new Empirical(values, counts);
    }

    /**
     * A copy of the distinct observed values, increasing.
     *
     * @return the values
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * A copy of the counts, aligned with {@link #values()}.
     *
     * @return the counts
     */
    @Override
    public double[] counts() {
        return counts.clone();
    }

    /**
     * Total number of observations (sum of counts).
     *
     * @return the number of observations
     */
    public double total() {
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        return total;
    }

    /**
     * The same distribution as a {@link Discrete} with probabilities {@code counts / total}.
     *
     * @return the discrete distribution
     */
    public Discrete asDiscrete() {
        double total = total();
        double[] p = new double[counts.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = counts[i] / total;
        }
        return new Discrete(values, p);
    }

    @Override
    public String type() {
        return "empirical";
    }

    @Override
    public double mean() {
        return Points.mean(values, counts);
    }

    @Override
    public double variance() {
        return Points.variance(values, counts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Empirical e && Arrays.equals(values, e.values) && Arrays.equals(counts, e.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Empirical[values=" + Arrays.toString(values) + ", counts=" + Arrays.toString(counts) + "]";
    }
}

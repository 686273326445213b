package fi.foresight.time;

import fi.foresight.model.Target;
import java.util.Arrays;

/**
 * How often a target is met in each year of the horizon (in that year, whatever happened before).
 *
 * @param scenario scenario id
 * @param lever    lever id
 * @param target   the model's target
 * @param years    the horizon's years
 * @param met      paths meeting the target in each year
 * @param n        paths run
 */
public record TargetExceedance(String scenario, String lever, Target target, int[] years, long[] met, long n) {
    /**
     * Checks and copies the arrays.
     *
     * @param scenario scenario id
     * @param lever    lever id
     * @param target   the model's target
     * @param years    the horizon's years
     * @param met      paths meeting the target in each year
     * @param n        paths run
     * @throws IllegalArgumentException when there is not one count per year or {@code n < 1}
     */
    public TargetExceedance {
        if (years.length != met.length || n < 1) {
            throw new IllegalArgumentException("one count per year and n >= 1 are needed");
        }
        years = years.clone();
        met = met.clone();
    }

    /**
     * The horizon's years.
     *
     * @return a copy of the years
     */
    @Override
    public int[] years() {
        return years.clone();
    }

    /**
     * Paths meeting the target in each year.
     *
     * @return a copy of the counts, one per year
     */
    @Override
    public long[] met() {
        return met.clone();
    }

    /**
     * The estimated probability of meeting the target in year index t.
     *
     * @param t a year index, 0 for the first year
     * @return the probability, in [0, 1]
     */
    public double probability(int t) {
        return (double) met[t] / n;
    }

    /**
     * Binomial standard error of {@link #probability(int)}.
     *
     * @param t a year index, 0 for the first year
     * @return the standard error
     */
    public double se(int t) {
        double p = probability(t);
        return Math.sqrt(p * (1 - p) / n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TargetExceedance e && e.scenario.equals(scenario) && e.lever.equals(lever)
                && e.target.equals(target) && Arrays.equals(e.years, years) && Arrays.equals(e.met, met) && e.n == n;
    }

    @Override
    public int hashCode() {
        return target.hashCode() * 31 + Arrays.hashCode(met);
    }
}

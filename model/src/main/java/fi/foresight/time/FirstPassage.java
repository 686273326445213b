package fi.foresight.time;

import fi.foresight.model.Target;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * When a target is first reached: for each year of the horizon the number of paths that meet the target in that
 * year for the first time, and the number that never meet it on the horizon. Counts are exact.
 *
 * <pre>{@code
 * FirstPassage f = result.firstPassage("base", "none", "internationalised_smes");
 * f.probability(2025);          // share of paths first reaching it in 2025
 * f.reachedBy(2030);            // share reaching it at some year up to 2030
 * f.notReached();               // share never reaching it on the horizon
 * f.medianYear();               // first year by which at least half the paths have reached it, if any
 * }</pre>
 *
 * @param scenario   scenario id
 * @param lever      lever id
 * @param target     the model's target
 * @param years      the horizon's years
 * @param counts     paths first meeting the target in each year
 * @param notReached paths never meeting it on the horizon
 */
public record FirstPassage(String scenario, String lever, Target target, int[] years, long[] counts, long notReached) {
    /**
     * Checks and copies the arrays.
     *
     * @param scenario   scenario id
     * @param lever      lever id
     * @param target     the model's target
     * @param years      the horizon's years
     * @param counts     paths first meeting the target in each year
     * @param notReached paths never meeting it on the horizon
     * @throws IllegalArgumentException when there are no years or not one count per year
     */
    public FirstPassage {
        if (years.length != counts.length || years.length == 0) {
            throw new IllegalArgumentException("one count per year is needed; got " + counts.length + " counts for "
                    + years.length + " years");
        }
        years = years.clone();
        counts = counts.clone();
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
     * Paths first meeting the target in each year.
     *
     * @return a copy of the counts, one per year
     */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /**
     * Paths run.
     *
     * @return the number of paths
     */
    public long n() {
        long n = notReached;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /**
     * The share of paths that first reach the target in {@code year}.
     *
     * @param year a year of the horizon
     * @return the share, in [0, 1]
     */
    public double probability(int year) {
        return (double) counts[index(year)] / n();
    }

    /**
     * The share of paths that have reached the target in some year up to and including {@code year}.
     *
     * @param year a year
     * @return the share, in [0, 1]
     */
    public double reachedBy(int year) {
        long c = 0;
        for (int i = 0; i <= index(year); i++) {
            c += counts[i];
        }
        return (double) c / n();
    }

    /**
     * The share of paths that never reach the target on the horizon.
     *
     * @return the share, in [0, 1]
     */
    public double notReachedShare() {
        return (double) notReached / n();
    }

    /**
     * The first year by which at least half of the paths have reached the target, or empty.
     *
     * @return the year, or empty when fewer than half the paths reach the target on the horizon
     */
    public OptionalInt medianYear() {
        long c = 0;
        long n = n();
        for (int i = 0; i < years.length; i++) {
            c += counts[i];
            if (2 * c >= n) {
                return OptionalInt.of(years[i]);
            }
        }
        return OptionalInt.empty();
    }

    private int index(int year) {
        for (int i = 0; i < years.length; i++) {
            if (years[i] == year) {
                return i;
            }
        }
        throw new IllegalArgumentException("year " + year + " is not on the horizon " + years[0] + "–"
                + years[years.length - 1]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FirstPassage f && f.scenario.equals(scenario) && f.lever.equals(lever)
                && f.target.equals(target) && Arrays.equals(f.years, years) && Arrays.equals(f.counts, counts)
                && f.notReached == notReached;
    }

    @Override
    public int hashCode() {
        return target.hashCode() * 31 + Arrays.hashCode(counts);
    }
}

package fi.foresight.statistics;

/**
 * Statistics of an outcome's values that carry their {@link Moments}: the count, mean, spread and range read from
 * them, so that each kind of statistic (a Monte Carlo outcome, a year of trajectories) states them once.
 *
 * <pre>{@code
 * MomentStatistics s = mc.statistics("base", "none", "index");
 * double halfWidth = 1.96 * s.se();
 * }</pre>
 */
public interface MomentStatistics {
    /**
     * The moments the other statistics are read from.
     *
     * @return count, mean, sum of squared deviations, min and max
     */
    Moments moments();

    /**
     * The number of values (samples or paths).
     *
     * @return the count
     */
    default long n() {
        return moments().n();
    }

    /**
     * The mean, in the outcome's unit.
     *
     * @return the mean (NaN without values)
     */
    default double mean() {
        return moments().mean();
    }

    /**
     * The sample standard deviation (divisor n − 1): how widely the futures spread.
     *
     * @return the standard deviation (NaN with fewer than 2 values)
     */
    default double sd() {
        return moments().sd();
    }

    /**
     * The sample variance (divisor n − 1).
     *
     * @return the variance (NaN with fewer than 2 values)
     */
    default double variance() {
        return moments().variance();
    }

    /**
     * The standard error of the mean, sd / √n: how precisely the run pins down the mean.
     *
     * @return the standard error (NaN with fewer than 2 values)
     */
    default double se() {
        return moments().se();
    }

    /**
     * The smallest value (exact).
     *
     * @return the minimum
     */
    default double min() {
        return moments().min();
    }

    /**
     * The largest value (exact).
     *
     * @return the maximum
     */
    default double max() {
        return moments().max();
    }
}

package fi.foresight.time;

import fi.foresight.statistics.MomentStatistics;
import fi.foresight.statistics.Moments;
import fi.foresight.statistics.OutcomeStatistics;
import java.util.Arrays;

/**
 * The statistics of one outcome in one year of one scenario × lever: moments and the nine percentiles of
 * {@link OutcomeStatistics#PERCENTILES} (1, 5, 10, 25, 50, 75, 90, 95, 99), exact while fewer than
 * {@value fi.foresight.statistics.QuantileSketch#EXACT_LIMIT} paths were run, else from the deterministic
 * quantile sketch with the given rank-error bound.
 *
 * @param year           the year
 * @param moments        count, mean, sum of squared deviations, min and max
 * @param percentiles    the nine percentiles in {@link OutcomeStatistics#PERCENTILES} order
 * @param exact          whether every value was retained
 * @param rankErrorBound guaranteed rank error of the percentiles as a fraction of n (0 when exact)
 */
public record YearStatistics(int year, Moments moments, double[] percentiles, boolean exact, double rankErrorBound)
        implements MomentStatistics {
    /**
     * Checks and copies the percentiles.
     *
     * @param year           the year
     * @param moments        count, mean, sum of squared deviations, min and max
     * @param percentiles    the nine percentiles in {@link OutcomeStatistics#PERCENTILES} order
     * @param exact          whether every value was retained
     * @param rankErrorBound guaranteed rank error of the percentiles as a fraction of n (0 when exact)
     * @throws IllegalArgumentException when the moments are null or there are not nine percentiles
     */
    public YearStatistics {
        if (moments == null || percentiles == null || percentiles.length != OutcomeStatistics.PERCENTILES.length) {
            throw new IllegalArgumentException("year statistics need moments and " + OutcomeStatistics.PERCENTILES.length
                    + " percentiles");
        }
        percentiles = percentiles.clone();
    }

    /**
     * The nine percentiles, in {@link OutcomeStatistics#PERCENTILES} order.
     *
     * @return a copy of the percentiles
     */
    @Override
    public double[] percentiles() {
        return percentiles.clone();
    }

    /**
     * One of the nine percentiles, e.g. {@code percentile(95)}.
     *
     * @param percent 1, 5, 10, 25, 50, 75, 90, 95 or 99
     * @return the percentile
     * @throws IllegalArgumentException when {@code percent} is not kept
     */
    public double percentile(int percent) {
        return percentiles[OutcomeStatistics.percentileIndex(percent)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearStatistics s && s.year == year && s.moments.equals(moments)
                && Arrays.equals(s.percentiles, percentiles) && s.exact == exact
                && Double.compare(s.rankErrorBound, rankErrorBound) == 0;
    }

    @Override
    public int hashCode() {
        return year * 31 + moments.hashCode();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d: n=%d mean=%.6g p05=%.6g p50=%.6g p95=%.6g", year, n(), mean(),
                percentile(5), percentile(50), percentile(95));
    }
}

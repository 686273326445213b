package fi.foresight.montecarlo;

import java.util.Objects;

/**
 * Where a {@link PrecisionGoal} left one scenario × lever: the statistic, its standard error when sampling ended and
 * whether that met the goal.
 *
 * @param outcome   outcome column
 * @param statistic {@code mean}, {@code pXX} or {@code exceedance}
 * @param estimate  the statistic when sampling ended
 * @param se        its standard error then
 * @param wanted    the goal's standard error
 * @param samples   samples drawn
 * @param reached   whether {@code se <= wanted}
 */
public record PrecisionCheck(String outcome, String statistic, double estimate, double se, double wanted,
                             long samples, boolean reached) {
    /**
     * Checks the parts.
     *
     * @param outcome   outcome column
     * @param statistic {@code mean}, {@code pXX} or {@code exceedance}
     * @param estimate  the statistic when sampling ended
     * @param se        its standard error then
     * @param wanted    the goal's standard error
     * @param samples   samples drawn
     * @param reached   whether {@code se <= wanted}
     * @throws NullPointerException when the outcome or statistic is null
     */
    public PrecisionCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(statistic, "statistic");
    }
}

package fi.foresight.time;

import fi.foresight.statistics.Moments;
import java.util.Objects;

/**
 * How a time event (a wild card) shifts an outcome at the horizon's end, from the trajectories already drawn: the
 * outcome's mean in the last year over the paths where the event has happened by then and over those where it has
 * not. A conditional tornado with the event as the input: the one-at-a-time tornado cannot show an event whose
 * chance is below 10 %, and the static analyses do not draw events at all.
 *
 * @param scenario scenario id
 * @param lever    lever id
 * @param event    event id
 * @param outcome  outcome column
 * @param year     the horizon's last year
 * @param with     the outcome's moments over the paths where the event has happened by {@code year}
 * @param without  the outcome's moments over the other paths
 */
public record EventEffect(String scenario, String lever, String event, String outcome, int year, Moments with,
                          Moments without) {
    /** Fewer paths on either side leave the effect undefined (NaN). */
    public static final int MIN_PATHS = 30;

    /**
     * Checks the parts.
     *
     * @param scenario scenario id
     * @param lever    lever id
     * @param event    event id
     * @param outcome  outcome column
     * @param year     the horizon's last year
     * @param with     the outcome's moments where the event has happened
     * @param without  the outcome's moments where it has not
     * @throws NullPointerException when a part is null
     */
    public EventEffect {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(lever, "lever");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(with, "with");
        Objects.requireNonNull(without, "without");
    }

    /**
     * The share of paths where the event has happened by the horizon's end.
     *
     * @return the share, in [0, 1]
     */
    public double share() {
        long n = with.n() + without.n();
        return n == 0 ? Double.NaN : (double) with.n() / n;
    }

    /**
     * The effect: the outcome's mean where the event has happened minus where it has not; NaN when either side has
     * fewer than {@value #MIN_PATHS} paths.
     *
     * @return the effect
     */
    public double effect() {
        return with.n() < MIN_PATHS || without.n() < MIN_PATHS ? Double.NaN : with.mean() - without.mean();
    }

    /**
     * The standard error of {@link #effect()} (the two means' errors combined).
     *
     * @return the standard error, NaN when the effect is
     */
    public double se() {
        return Double.isNaN(effect()) ? Double.NaN : Math.hypot(with.se(), without.se());
    }
}

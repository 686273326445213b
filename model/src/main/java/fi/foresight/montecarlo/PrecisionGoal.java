package fi.foresight.montecarlo;

import java.util.Locale;

/**
 * A stopping rule on a standard error: stop sampling a scenario × lever once the standard error of one statistic
 * of one outcome is at most {@code se}, checked after every block in block order (so the stop is the same on any
 * number of threads), and in any case at {@code maxSamples}.
 *
 * <ul>
 *   <li>{@link Statistic#MEAN}: the standard error of the mean, s / √n.</li>
 *   <li>{@link Statistic#PERCENTILE} at level p: the distribution-free estimate from the order statistics,
 *       (Q(p + d) − Q(p − d)) / (2 · 1.96) with d = 1.96 · √(p(1 − p) / n), read from a quantile sketch of the
 *       outcome built block by block.</li>
 *   <li>{@link Statistic#EXCEEDANCE}: the chance of meeting the model's target on the outcome, with the
 *       Agresti–Coull standard error √(p̃(1 − p̃) / (n + 4)), p̃ = (met + 2) / (n + 4), which is never 0, so a
 *       target that no early sample meets does not stop the run at once.</li>
 * </ul>
 *
 * <pre>{@code
 * MonteCarlo.of(model).precision(PrecisionGoal.mean("index", 0.001, 1_000_000)).run();
 * }</pre>
 *
 * @param outcome    an outcome column of the model
 * @param statistic  the statistic whose standard error is watched
 * @param level      the percentile level in (0, 1) for {@link Statistic#PERCENTILE}, else NaN
 * @param se         the wanted standard error, &gt; 0
 * @param maxSamples the most samples to draw, &ge; 2
 */
public record PrecisionGoal(String outcome, Statistic statistic, double level, double se, long maxSamples) {
    /** The statistics a goal can watch. */
    public enum Statistic {
        /** The outcome's mean. */
        MEAN,
        /** A percentile of the outcome. */
        PERCENTILE,
        /** The chance of meeting the model's target on the outcome. */
        EXCEEDANCE
    }

    /**
     * Checks the parts.
     *
     * @param outcome    an outcome column of the model
     * @param statistic  the statistic whose standard error is watched
     * @param level      the percentile level in (0, 1) for {@link Statistic#PERCENTILE}, else ignored (NaN)
     * @param se         the wanted standard error, &gt; 0
     * @param maxSamples the most samples to draw, &ge; 2
     * @throws IllegalArgumentException when a part is missing or out of range
     */
    public PrecisionGoal {
        if (outcome == null || outcome.isBlank() || statistic == null) {
            throw new IllegalArgumentException("a precision goal needs an outcome column and a statistic");
        }
        if (statistic == Statistic.PERCENTILE && !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("percentile level is " + level + "; must be in (0, 1), e.g. 0.9");
        }
        level = statistic == Statistic.PERCENTILE ? level : Double.NaN;
        if (!(se > 0 && Double.isFinite(se))) {
            throw new IllegalArgumentException("standard error is " + se + "; must be a positive number");
        }
        if (maxSamples < 2) {
            throw new IllegalArgumentException("maxSamples is " + maxSamples + "; must be >= 2");
        }
    }

    /**
     * A goal on the standard error of the mean.
     *
     * @param outcome    an outcome column
     * @param se         the wanted standard error
     * @param maxSamples the most samples to draw
     * @return the goal
     */
    public static PrecisionGoal mean(String outcome, double se, long maxSamples) {
        return new PrecisionGoal(outcome, Statistic.MEAN, Double.NaN, se, maxSamples);
    }

    /**
     * The statistic as a job file writes it: {@code mean}, {@code p90} or {@code exceedance}.
     *
     * @return the name
     */
    public String statisticName() {
        return switch (statistic) {
            case MEAN -> "mean";
            case EXCEEDANCE -> "exceedance";
            case PERCENTILE -> "p" + java.math.BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros()
                    .toPlainString().toLowerCase(Locale.ROOT);
        };
    }
}

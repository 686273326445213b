package fi.foresight.model;

/**
 * A threshold an outcome should reach ({@code targets: {index: {at_least: 0.6}}}); Monte Carlo reports the
 * probability of meeting it.
 *
 * @param outcome an outcome column ({@code index} or {@code index.entrepreneurs})
 * @param atLeast lower threshold or NaN
 * @param atMost  upper threshold or NaN
 */
public record Target(String outcome, double atLeast, double atMost) {
    /**
     * Checks the thresholds.
     *
     * @param outcome an outcome column ({@code index} or {@code index.entrepreneurs})
     * @param atLeast lower threshold or NaN
     * @param atMost  upper threshold or NaN
     * @throws IllegalArgumentException when the outcome is missing, both thresholds are NaN, a threshold is infinite
     *                                  or {@code atLeast > atMost}
     */
    public Target {
        if (outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("a target needs an outcome");
        }
        if (Double.isNaN(atLeast) && Double.isNaN(atMost)) {
            throw new IllegalArgumentException("a target needs at_least or at_most (or both)");
        }
        if (Double.isInfinite(atLeast) || Double.isInfinite(atMost)) {
            throw new IllegalArgumentException("target thresholds must be finite numbers");
        }
        if (!Double.isNaN(atLeast) && !Double.isNaN(atMost) && atLeast > atMost) {
            throw new IllegalArgumentException("at_least (" + atLeast + ") > at_most (" + atMost + "); the target can never be met");
        }
    }

    /**
     * The target "outcome at least threshold", e.g. {@code Target.atLeast("index", 0.6)}.
     *
     * @param outcome   an outcome column ({@code index} or {@code index.entrepreneurs})
     * @param threshold the lowest acceptable value, finite
     * @return the target
     * @throws IllegalArgumentException when the outcome is missing or the threshold is not finite
     */
    public static Target atLeast(String outcome, double threshold) {
        return new Target(outcome, threshold, Double.NaN);
    }

    /**
     * The target "outcome at most threshold".
     *
     * @param outcome   an outcome column ({@code index} or {@code index.entrepreneurs})
     * @param threshold the highest acceptable value, finite
     * @return the target
     * @throws IllegalArgumentException when the outcome is missing or the threshold is not finite
     */
    public static Target atMost(String outcome, double threshold) {
        return new Target(outcome, Double.NaN, threshold);
    }

    /**
     * True when {@code value} meets the target.
     *
     * @param value the outcome's value
     * @return true when the value lies within the target's bound(s), inclusive
     */
    public boolean isMet(double value) {
        return (Double.isNaN(atLeast) || value >= atLeast) && (Double.isNaN(atMost) || value <= atMost);
    }

    /**
     * A short text such as {@code index >= 0.6}.
     *
     * @return the outcome and its bound(s), e.g. {@code index >= 0.6}
     */
    public String describe() {
        if (Double.isNaN(atMost)) {
            return outcome + " >= " + atLeast;
        }
        if (Double.isNaN(atLeast)) {
            return outcome + " <= " + atMost;
        }
        return atLeast + " <= " + outcome + " <= " + atMost;
    }
}

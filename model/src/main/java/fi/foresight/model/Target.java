package fi.foresight.model;

/**
 * A threshold an outcome should reach ({@code targets: {index: {at_least: 0.6}}}); Monte Carlo reports the
 * probability of meeting it.
 *
 * @param outcome an outcome column ({@code index} or {@code index.entrepreneurs})
 * @param atLeast lower threshold or NaN
 * @param atMost  upper threshold or NaN
 * @param label   what reaching it means in words, e.g. "2000 internationalised SMEs", or null
 * @param labelFi the same in Finnish, or null
 */
public record Target(String outcome, double atLeast, double atMost, String label, String labelFi) {
    /**
     * Checks the thresholds.
     *
     * @param outcome an outcome column ({@code index} or {@code index.entrepreneurs})
     * @param atLeast lower threshold or NaN
     * @param atMost  upper threshold or NaN
     * @param label   what reaching it means in words, or null
     * @param labelFi the same in Finnish, or null
     * @throws IllegalArgumentException when the outcome is missing, both thresholds are NaN, a threshold is infinite
     *                                  or {@code atLeast > atMost}
     */
    public Target {
        label = Texts.missing(label) ? null : label;
        labelFi = Texts.missing(labelFi) ? null : labelFi;
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
     * A target without labels.
     *
     * @param outcome an outcome column ({@code index} or {@code index.entrepreneurs})
     * @param atLeast lower threshold or NaN
     * @param atMost  upper threshold or NaN
     * @throws IllegalArgumentException when the thresholds are not valid (see the canonical constructor)
     */
    public Target(String outcome, double atLeast, double atMost) {
        this(outcome, atLeast, atMost, null, null);
    }

    /**
     * The same target with labels.
     *
     * @param label   what reaching it means in words, or null
     * @param labelFi the same in Finnish, or null
     * @return the changed copy
     */
    public Target labelled(String label, String labelFi) {
        return new Target(outcome, atLeast, atMost, label, labelFi);
    }

    /**
     * The target's label in a language (the Finnish one for {@code "fi"} where given, else the English one), or
     * null when the model gives it no label (a report then says it in its own words).
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the label or null
     */
    public String labelIn(String language) {
        return Texts.in(language, label, labelFi);
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

package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * Morris measures of one input for one outcome, in outcome units per whole range of the input (see
 * {@link Morris}).
 *
 * @param outcome    outcome column
 * @param variable   input id: a driver, or {@code weight:panel:driver}
 * @param label      the input's human label
 * @param mu         mean elementary effect (signed; effects of opposite sign cancel)
 * @param muStar     mean absolute elementary effect: the input's overall importance
 * @param sigma      standard deviation of the effects: interactions or non-linearity
 * @param muStarLow  lower end of the bootstrap percentile interval of mu* (NaN without bootstrap)
 * @param muStarHigh upper end of that interval
 */
public record MorrisEffect(String outcome, String variable, String label, double mu, double muStar, double sigma,
                           double muStarLow, double muStarHigh) {
    /**
     * Checks the parts; a null label becomes the variable id.
     *
     * @param outcome    outcome column
     * @param variable   input id: a driver, or {@code weight:panel:driver}
     * @param label      the input's human label
     * @param mu         mean elementary effect (signed; effects of opposite sign cancel)
     * @param muStar     mean absolute elementary effect: the input's overall importance
     * @param sigma      standard deviation of the effects: interactions or non-linearity
     * @param muStarLow  lower end of the bootstrap percentile interval of mu* (NaN without bootstrap)
     * @param muStarHigh upper end of that interval
     * @throws NullPointerException when the outcome or variable is null
     */
    public MorrisEffect {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable, "variable");
        label = label == null ? variable : label;
    }
}

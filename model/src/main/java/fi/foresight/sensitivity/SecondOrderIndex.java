package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * The second-order Sobol' index of a pair of inputs for one outcome: the share of output variance due to their
 * interaction alone, with a bootstrap percentile interval (NaN when no bootstrap was asked for).
 */
public record SecondOrderIndex(String outcome, String variable1, String variable2, double s2, double low,
                               double high) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the outcome or a variable is null
     */
    public SecondOrderIndex {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable1, "variable1");
        Objects.requireNonNull(variable2, "variable2");
    }
}

package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * The second-order Sobol' index of a pair of inputs for one outcome: the share of output variance due to their
 * interaction alone, with its interval (NaN when no intervals were asked for).
 *
 * @param outcome   outcome column
 * @param variable1 first input id
 * @param variable2 second input id
 * @param s2        the second-order index
 * @param low       lower end of the interval, or NaN
 * @param high      upper end of the interval, or NaN
 */
public record SecondOrderIndex(String outcome, String variable1, String variable2, double s2, double low,
                               double high) {
    /**
     * Checks the parts.
     *
     * @param outcome   outcome column
     * @param variable1 first input id
     * @param variable2 second input id
     * @param s2        the second-order index
     * @param low       lower end of the interval, or NaN
     * @param high      upper end of the interval, or NaN
     * @throws NullPointerException when the outcome or a variable is null
     */
    public SecondOrderIndex {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable1, "variable1");
        Objects.requireNonNull(variable2, "variable2");
    }
}

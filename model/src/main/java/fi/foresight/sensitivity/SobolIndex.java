package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * First-order and total Sobol' indices of one input for one outcome, with their intervals
 * (NaN when no intervals were asked for).
 *
 * @param outcome  outcome column
 * @param variable input name (a driver id, or {@code weight:panel:driver} for an uncertain weight)
 * @param label    the input's human label
 * @param samples  base sample size N the estimate used
 * @param s1       first-order index: the share of output variance explained by this input alone
 * @param s1Low    lower end of the percentile interval of S1
 * @param s1High   upper end of the percentile interval of S1
 * @param st       total index: the share including all interactions with other inputs
 * @param stLow    lower end of the percentile interval of ST
 * @param stHigh   upper end of the percentile interval of ST
 */
public record SobolIndex(String outcome, String variable, String label, int samples, double s1, double s1Low,
                         double s1High, double st, double stLow, double stHigh) {
    /**
     * Checks the parts; a null label becomes the variable id.
     *
     * @param outcome  outcome column
     * @param variable input name (a driver id, or {@code weight:panel:driver} for an uncertain weight)
     * @param label    the input's human label
     * @param samples  base sample size N the estimate used
     * @param s1       first-order index: the share of output variance explained by this input alone
     * @param s1Low    lower end of the percentile interval of S1
     * @param s1High   upper end of the percentile interval of S1
     * @param st       total index: the share including all interactions with other inputs
     * @param stLow    lower end of the percentile interval of ST
     * @param stHigh   upper end of the percentile interval of ST
     * @throws NullPointerException     when the outcome or variable is null
     * @throws IllegalArgumentException when {@code samples < 1}
     */
    public SobolIndex {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable, "variable");
        label = label == null ? variable : label;
        if (samples < 1) {
            throw new IllegalArgumentException("samples is " + samples + "; must be >= 1");
        }
    }

    /**
     * Whether the interval of S1 covers {@code value} (false when there is no interval).
     *
     * @param value the value to test, e.g. an analytic first-order index
     * @return true when {@code value} lies in the S1 interval, inclusive
     */
    public boolean s1Covers(double value) {
        return s1Low <= value && value <= s1High;
    }

    /**
     * Whether the interval of ST covers {@code value} (false when there is no interval).
     *
     * @param value the value to test, e.g. an analytic total-order index
     * @return true when {@code value} lies in the ST interval, inclusive
     */
    public boolean stCovers(double value) {
        return stLow <= value && value <= stHigh;
    }
}

package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * One point of a spider plot: the outcome with one input at a percentile, the others at their base values.
 *
 * @param outcome    outcome column
 * @param variable   input id
 * @param label      the input's human label
 * @param percentile the input's percentile level, in (0, 1), e.g. 0.05
 * @param input      the input's value at that percentile
 * @param output     the outcome there
 */
public record SpiderPoint(String outcome, String variable, String label, double percentile, double input,
                          double output) {
    /**
     * Checks the parts; a null label becomes the variable id.
     *
     * @param outcome    outcome column
     * @param variable   input id
     * @param label      the input's human label
     * @param percentile the input's percentile level, in (0, 1), e.g. 0.05
     * @param input      the input's value at that percentile
     * @param output     the outcome there
     * @throws NullPointerException when the outcome or variable is null
     */
    public SpiderPoint {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable, "variable");
        label = label == null ? variable : label;
    }
}

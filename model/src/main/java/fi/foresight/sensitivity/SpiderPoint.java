package fi.foresight.sensitivity;

import java.util.Objects;

/** One point of a spider plot: the outcome with one input at a percentile, the others at their base values. */
public record SpiderPoint(String outcome, String variable, String label, double percentile, double input,
                          double output) {
    /**
     * Checks the parts; a null label becomes the variable id.
     *
     * @throws NullPointerException when the outcome or variable is null
     */
    public SpiderPoint {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable, "variable");
        label = label == null ? variable : label;
    }
}

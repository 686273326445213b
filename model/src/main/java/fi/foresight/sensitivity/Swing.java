package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * One bar of a tornado: the outcome when one input sits at its low and at its high quantile, the others at their
 * base values.
 *
 * @param outcome    outcome column
 * @param variable   input id
 * @param label      the input's human label
 * @param lowInput   the input's low quantile (default P10)
 * @param highInput  the input's high quantile (default P90)
 * @param lowOutput  the outcome with the input at lowInput
 * @param highOutput the outcome with the input at highInput
 * @param swing      {@code |highOutput - lowOutput|}
 */
public record Swing(String outcome, String variable, String label, double lowInput, double highInput,
                    double lowOutput, double highOutput, double swing) {
    /**
     * Checks the parts; a null label becomes the variable id.
     *
     * @param outcome    outcome column
     * @param variable   input id
     * @param label      the input's human label
     * @param lowInput   the input's low quantile (default P10)
     * @param highInput  the input's high quantile (default P90)
     * @param lowOutput  the outcome with the input at lowInput
     * @param highOutput the outcome with the input at highInput
     * @param swing      {@code |highOutput - lowOutput|}
     * @throws NullPointerException when the outcome or variable is null
     */
    public Swing {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variable, "variable");
        label = label == null ? variable : label;
    }
}

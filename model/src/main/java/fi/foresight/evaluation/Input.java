package fi.foresight.evaluation;

import fi.foresight.distributions.Distribution;
import fi.foresight.model.InputId;
import java.util.Objects;

/**
 * One uncertain input of an evaluation: a driver (after the scenario's and lever's overrides), or an uncertain
 * weight of a panel (named {@code weight:panel:driver}, {@link InputId}; a Dirichlet draws one gamma variate per
 * weight).
 * Sampling designs draw one column per input.
 *
 * @param name         the driver id, or {@code weight:panel:driver} for an uncertain weight
 * @param label        human label (defaults to the name)
 * @param distribution what a design draws the input from
 * @param kind         a driver or a weight
 */
public record Input(String name, String label, Distribution distribution, Kind kind) {
    /** What an input stands for. */
    public enum Kind {
        /** A driver of the model, after the scenario's and lever's overrides. */
        DRIVER,
        /** An uncertain weight of a stakeholder panel. */
        WEIGHT
    }

    /**
     * Checks the parts; a null label becomes the name.
     *
     * @param name         the driver id, or {@code weight:panel:driver} for an uncertain weight
     * @param label        human label (defaults to the name)
     * @param distribution what a design draws the input from
     * @param kind         a driver or a weight
     * @throws NullPointerException when the name, distribution or kind is null
     */
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? name : label;
    }

    /**
     * The input's name read as a typed id: a driver, or a panel's weight of a driver.
     *
     * @return {@code InputId.parse(name())}
     */
    public InputId id() {
        return InputId.parse(name);
    }
}

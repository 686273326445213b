package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Fixed;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One alternative state of a factor in a futures table, e.g. "high" for the factor "energy price", optionally
 * with the overrides of model drivers it implies (the bridge turns a consistent configuration into a Monte Carlo
 * scenario whose overrides are those of its states).
 *
 * <pre>{@code
 * State closed = new State("closed", "Closed", "Suljettu").set("spb_access", 0);
 * }</pre>
 *
 * @param id        identifier unique within its factor (non-blank)
 * @param label     English label (defaults to the id)
 * @param labelFi   Finnish label, or {@code null}
 * @param overrides changes of the model this state implies, applied in order (may be empty)
 */
public record State(String id, String label, String labelFi, List<Change> overrides) {

    /**
     * Checks the parts; a blank label becomes the id and a blank Finnish label null.
     *
     * @param id        identifier unique within its factor (non-blank)
     * @param label     English label (defaults to the id)
     * @param labelFi   Finnish label, or {@code null}
     * @param overrides changes of the model this state implies, applied in order (may be empty)
     * @throws NullPointerException     when the id is null
     * @throws IllegalArgumentException when the id is blank
     */
    public State {
        Objects.requireNonNull(id, "state id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("state id is blank; give a short name such as \"high\"");
        }
        if (label == null || label.isBlank()) {
            label = id;
        }
        if (labelFi != null && labelFi.isBlank()) {
            labelFi = null;
        }
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /**
     * A state without overrides.
     *
     * @param id      identifier unique within its factor (non-blank)
     * @param label   English label (defaults to the id)
     * @param labelFi Finnish label, or {@code null}
     */
    public State(String id, String label, String labelFi) {
        this(id, label, labelFi, List.of());
    }

    /**
     * A state whose label is its id, without overrides.
     *
     * @param id the state id
     * @return the state
     * @throws IllegalArgumentException when the id is blank
     */
    public static State of(String id) {
        return new State(id, id, null);
    }

    /**
     * The label in {@code language} ("fi" or "en"), falling back to English.
     *
     * @param language {@code "fi"} or {@code "en"}
     * @return the label
     */
    public String label(String language) {
        return "fi".equals(language) && labelFi != null ? labelFi : label;
    }

    /**
     * This state with one more override.
     *
     * @param change the override
     * @return the changed copy
     */
    public State with(Change change) {
        List<Change> o = new ArrayList<>(overrides);
        o.add(Objects.requireNonNull(change, "change"));
        return new State(id, label, labelFi, o);
    }

    /**
     * Implies a new distribution for a driver.
     *
     * @param driver       the driver id
     * @param distribution its distribution in futures with this state
     * @return the changed copy
     */
    public State set(String driver, Distribution distribution) {
        return with(new Change.SetDistribution(driver, distribution));
    }

    /**
     * Implies a fixed value for a driver.
     *
     * @param driver the driver id
     * @param value  its value in futures with this state
     * @return the changed copy
     */
    public State set(String driver, double value) {
        return with(new Change.SetDistribution(driver, Fixed.of(value)));
    }

    /**
     * Implies a shift of a driver's drawn values.
     *
     * @param driver the driver id
     * @param amount what is added, in the driver's unit; finite
     * @return the changed copy
     * @throws IllegalArgumentException when {@code amount} is not finite
     */
    public State shift(String driver, double amount) {
        return with(new Change.Shift(driver, amount));
    }

    /**
     * Implies a scaling of a driver's drawn values.
     *
     * @param driver the driver id
     * @param factor the multiplier; finite
     * @return the changed copy
     * @throws IllegalArgumentException when {@code factor} is not finite
     */
    public State scale(String driver, double factor) {
        return with(new Change.Scale(driver, factor));
    }

    /**
     * Implies a weight of a driver in a panel ({@code "*"}: every panel).
     *
     * @param panel  the panel id, or {@code "*"} for every panel
     * @param driver the driver id
     * @param weight the new weight; finite
     * @return the changed copy
     * @throws IllegalArgumentException when {@code weight} is not finite
     */
    public State weight(String panel, String driver, double weight) {
        return with(new Change.SetWeight(panel, driver, weight));
    }
}

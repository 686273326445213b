package fi.foresight.model;

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
public record State(String id, String label, String labelFi, List<Change> overrides)
        implements ImpliesChanges<State> {

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
    @Override
    public State with(Change change) {
        List<Change> o = new ArrayList<>(overrides);
        o.add(Objects.requireNonNull(change, "change"));
        return new State(id, label, labelFi, o);
    }
}

package fi.foresight.futurestable;

import java.util.Objects;

/**
 * One alternative state of a factor in a futures table, e.g. "high" for the factor "energy price".
 *
 * @param id      identifier unique within its factor (non-blank)
 * @param label   English label (defaults to the id)
 * @param labelFi Finnish label, or {@code null}
 */
public record State(String id, String label, String labelFi) {

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
    }

    public static State of(String id) {
        return new State(id, id, null);
    }

    /** The label in {@code language} ("fi" or "en"), falling back to English. */
    public String label(String language) {
        return "fi".equals(language) && labelFi != null ? labelFi : label;
    }
}

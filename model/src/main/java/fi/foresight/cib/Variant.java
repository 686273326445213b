package fi.foresight.cib;

import java.util.Objects;

/**
 * One possible state of a CIB descriptor, e.g. "rapid growth" of the descriptor "economy".
 *
 * @param id      short identifier, unique within its descriptor (non-blank)
 * @param label   English label shown in tables and reports (non-blank)
 * @param labelFi Finnish label, or {@code null} when none was given
 */
public record Variant(String id, String label, String labelFi) {

    public Variant {
        Objects.requireNonNull(id, "variant id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("variant id is blank; give a short name such as \"high\"");
        }
        if (label == null || label.isBlank()) {
            label = id;
        }
        if (labelFi != null && labelFi.isBlank()) {
            labelFi = null;
        }
    }

    /** A variant whose label is its id. */
    public static Variant of(String id) {
        return new Variant(id, id, null);
    }

    /** The label in {@code language} ("fi" or "en"); falls back to English when no Finnish label exists. */
    public String label(String language) {
        return "fi".equals(language) && labelFi != null ? labelFi : label;
    }
}

package fi.foresight.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One possible state of a CIB descriptor, e.g. "rapid growth" of the descriptor "economy", optionally with the
 * overrides of model drivers it implies: the bridge ({@code fi.foresight.bridge.Bridge}) turns a consistent CIB
 * scenario into an ordinary Monte Carlo scenario whose overrides are those of its variants.
 *
 * <pre>{@code
 * Variant open = new Variant("open", "Open", "Avoin")
 *         .set("spb_access", Pert.of(0.6, 0.8, 0.95))
 *         .shift("readiness", 0.05);
 * }</pre>
 *
 * @param id        short identifier, unique within its descriptor (non-blank)
 * @param label     English label shown in tables and reports (non-blank)
 * @param labelFi   Finnish label, or {@code null} when none was given
 * @param overrides changes of the model this variant implies, applied in order (may be empty)
 */
public record Variant(String id, String label, String labelFi, List<Change> overrides)
        implements ImpliesChanges<Variant> {

    /**
     * Checks the parts; a blank label becomes the id and a blank Finnish label null.
     *
     * @param id        short identifier, unique within its descriptor (non-blank)
     * @param label     English label shown in tables and reports (non-blank)
     * @param labelFi   Finnish label, or {@code null} when none was given
     * @param overrides changes of the model this variant implies, applied in order (may be empty)
     * @throws NullPointerException     when the id is null
     * @throws IllegalArgumentException when the id is blank
     */
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
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /**
     * A variant without overrides.
     *
     * @param id      short identifier, unique within its descriptor (non-blank)
     * @param label   English label shown in tables and reports (non-blank)
     * @param labelFi Finnish label, or {@code null} when none was given
     */
    public Variant(String id, String label, String labelFi) {
        this(id, label, labelFi, List.of());
    }

    /**
     * A variant whose label is its id.
     *
     * @param id the variant id
     * @return the variant
     * @throws IllegalArgumentException when the id is blank
     */
    public static Variant of(String id) {
        return new Variant(id, id, null);
    }

    /**
     * The label in {@code language} ("fi" or "en"); falls back to English when no Finnish label exists.
     *
     * @param language {@code "fi"} or {@code "en"}
     * @return the label
     */
    public String label(String language) {
        return "fi".equals(language) && labelFi != null ? labelFi : label;
    }

    /**
     * This variant with one more override.
     *
     * @param change the override
     * @return the changed copy
     */
    @Override
    public Variant with(Change change) {
        List<Change> o = new ArrayList<>(overrides);
        o.add(Objects.requireNonNull(change, "change"));
        return new Variant(id, label, labelFi, o);
    }
}

package fi.foresight.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A CIB descriptor: a factor of the system with two or more mutually exclusive variants.
 *
 * <pre>{@code
 * Descriptor economy = Descriptor.of("ECO", "decline", "stagnation", "growth");
 * }</pre>
 *
 * @param id       short identifier, unique within the system (non-blank)
 * @param label    English label (defaults to the id)
 * @param labelFi  Finnish label, or {@code null}
 * @param variants at least one variant, ids unique
 */
public record Descriptor(String id, String label, String labelFi, List<Variant> variants) {

    /**
     * Checks the parts; a blank label becomes the id and a blank Finnish label null.
     *
     * @param id       short identifier, unique within the system (non-blank)
     * @param label    English label (defaults to the id)
     * @param labelFi  Finnish label, or {@code null}
     * @param variants at least one variant, ids unique
     * @throws NullPointerException     when the id or variants are null
     * @throws IllegalArgumentException when the id is blank, there is no variant or a variant id occurs twice
     */
    public Descriptor {
        Objects.requireNonNull(id, "descriptor id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("descriptor id is blank; give a short name such as \"ECO\"");
        }
        if (label == null || label.isBlank()) {
            label = id;
        }
        if (labelFi != null && labelFi.isBlank()) {
            labelFi = null;
        }
        Objects.requireNonNull(variants, "variants of descriptor " + id);
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("descriptor " + id + " has no variants; give at least one");
        }
        Set<String> seen = new HashSet<>();
        for (Variant v : variants) {
            if (!seen.add(v.id())) {
                throw new IllegalArgumentException("descriptor " + id + " has variant id \"" + v.id()
                        + "\" twice; variant ids must be unique within a descriptor");
            }
        }
    }

    /**
     * A descriptor whose labels are its ids.
     *
     * @param id         the descriptor id
     * @param variantIds its variant ids, at least one
     * @return the descriptor
     * @throws IllegalArgumentException when an id is blank, there is no variant or a variant occurs twice
     */
    public static Descriptor of(String id, String... variantIds) {
        return new Descriptor(id, id, null, java.util.Arrays.stream(variantIds).map(Variant::of).toList());
    }

    /**
     * Number of variants.
     *
     * @return the number of variants
     */
    public int size() {
        return variants.size();
    }

    /**
     * The 0-based index of the variant with this id.
     *
     * @param variantId a variant id
     * @return its index
     * @throws IllegalArgumentException when there is no such variant
     */
    public int indexOf(String variantId) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).id().equals(variantId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("descriptor " + id + " has no variant \"" + variantId + "\"; known: "
                + variants.stream().map(Variant::id).toList());
    }

    /**
     * The label in {@code language} ("fi" or "en"); falls back to English.
     *
     * @param language {@code "fi"} or {@code "en"}
     * @return the label
     */
    public String label(String language) {
        return "fi".equals(language) && labelFi != null ? labelFi : label;
    }
}

package fi.foresight.model;

import java.util.List;

/**
 * Σ wᵢ · scaled(xᵢ) per panel, where scaling maps each driver from its range to [0, 1], and pooled across panels
 * (panel indices averaged with the panels' pool weights). Its columns are {@code id} (pooled) and, when the model
 * has more than one panel, {@code id.panel} for each panel.
 *
 * @param id      identifier: the pooled column's name
 * @param label   English label (defaults to the id)
 * @param labelFi Finnish label, or null
 * @param unit    unit of the value, or null
 * @param panels  panels to include; empty means all panels of the model
 * @param sources provenance ids, declared in the model's {@code sources}
 */
public record WeightedIndex(String id, String label, String labelFi, String unit, List<String> panels,
                            List<String> sources) implements Outcome {
    /**
     * Checks the id and fills the defaults (label = id, all panels, no sources).
     *
     * @param id      identifier: the pooled column's name
     * @param label   English label (defaults to the id)
     * @param labelFi Finnish label, or null
     * @param unit    unit of the value, or null
     * @param panels  panels to include; empty means all panels of the model
     * @param sources provenance ids, declared in the model's {@code sources}
     * @throws IllegalArgumentException when {@code id} is not a valid expression name
     */
    public WeightedIndex {
        Ids.check(id, "outcome");
        label = label == null || label.isBlank() ? id : label;
        panels = panels == null ? List.of() : List.copyOf(panels);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * A weighted index over all panels of the model.
     *
     * @param id the outcome id (its column name)
     * @return the outcome
     * @throws IllegalArgumentException when {@code id} is not a valid expression name
     */
    public static WeightedIndex of(String id) {
        return new WeightedIndex(id, null, null, null, List.of(), List.of());
    }

    /**
     * The same index with another English label.
     *
     * @param label English label; null or blank means the id
     * @return the changed copy
     */
    public WeightedIndex label(String label) {
        return new WeightedIndex(id, label, labelFi, unit, panels, sources);
    }

    /**
     * The same index with another Finnish label.
     *
     * @param labelFi Finnish label, or null
     * @return the changed copy
     */
    public WeightedIndex labelFi(String labelFi) {
        return new WeightedIndex(id, label, labelFi, unit, panels, sources);
    }

    /**
     * The same index with another unit of the value.
     *
     * @param unit unit of the value, or null
     * @return the changed copy
     */
    public WeightedIndex unit(String unit) {
        return new WeightedIndex(id, label, labelFi, unit, panels, sources);
    }

    /**
     * The same index over only these panels.
     *
     * @param panels panel ids; none means all panels of the model
     * @return the changed copy
     */
    public WeightedIndex panels(String... panels) {
        return new WeightedIndex(id, label, labelFi, unit, List.of(panels), sources);
    }

    /**
     * The same index with these provenance ids (replacing earlier ones).
     *
     * @param sources ids declared in the model's {@code sources}
     * @return the changed copy
     */
    public WeightedIndex sources(String... sources) {
        return new WeightedIndex(id, label, labelFi, unit, panels, List.of(sources));
    }
}

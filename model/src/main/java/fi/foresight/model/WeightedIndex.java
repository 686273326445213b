package fi.foresight.model;

import java.util.List;

/**
 * Σ wᵢ · scaled(xᵢ) per panel, where scaling maps each driver from its range to [0, 1], and pooled across panels
 * (panel indices averaged with the panels' pool weights). Its columns are {@code id} (pooled) and, when the model
 * has more than one panel, {@code id.panel} for each panel.
 *
 * @param panels panels to include; empty means all panels of the model
 */
public record WeightedIndex(String id, String label, String labelFi, String unit, List<String> panels,
                            List<String> sources) implements Outcome {
    public WeightedIndex {
        Ids.check(id, "outcome");
        label = label == null || label.isBlank() ? id : label;
        panels = panels == null ? List.of() : List.copyOf(panels);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static WeightedIndex of(String id) {
        return new WeightedIndex(id, null, null, null, List.of(), List.of());
    }

    public WeightedIndex label(String label) {
        return new WeightedIndex(id, label, labelFi, unit, panels, sources);
    }

    public WeightedIndex labelFi(String labelFi) {
        return new WeightedIndex(id, label, labelFi, unit, panels, sources);
    }

    public WeightedIndex unit(String unit) {
        return new WeightedIndex(id, label, labelFi, unit, panels, sources);
    }

    public WeightedIndex panels(String... panels) {
        return new WeightedIndex(id, label, labelFi, unit, List.of(panels), sources);
    }

    public WeightedIndex sources(String... sources) {
        return new WeightedIndex(id, label, labelFi, unit, panels, List.of(sources));
    }
}

package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Fixed;
import java.util.ArrayList;
import java.util.List;

/**
 * A coherent alternative future: a named set of overrides of the base model, with its story in English and
 * optionally Finnish. The base model is always available as the scenario {@value #BASE}.
 *
 * <pre>{@code
 * Scenario open = Scenario.of("east_open").label("Eastern market open")
 *     .set("spb_access", Beta.of(8, 2)).shift("readiness", 0.05).sources("S17", "S18");
 * }</pre>
 */
public record Scenario(String id, String label, String labelFi, String description, String descriptionFi,
                       List<String> sources, List<Change> overrides, Integer from) implements Adjustment {
    /** The id of the unmodified model. */
    public static final String BASE = "base";

    public Scenario {
        Ids.checkName(id, "scenario");
        label = label == null || label.isBlank() ? id : label;
        sources = sources == null ? List.of() : List.copyOf(sources);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** Without a start year: acting over the whole horizon. */
    public Scenario(String id, String label, String labelFi, String description, String descriptionFi,
                    List<String> sources, List<Change> overrides) {
        this(id, label, labelFi, description, descriptionFi, sources, overrides, null);
    }

    /**
     * The same, acting only from {@code year} on in trajectories (before it the model runs without these
     * changes). A static run, which has no years, applies the changes as always.
     */
    public Scenario from(int year) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, year);
    }

    public static Scenario of(String id) {
        return new Scenario(id, null, null, null, null, List.of(), List.of());
    }

    /** The base scenario: no overrides. */
    public static Scenario base() {
        return new Scenario(BASE, "Base", "Perusura", "The model as given, without overrides.",
                "Malli sellaisenaan, ilman muutoksia.", List.of(), List.of());
    }

    public Scenario label(String label) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    public Scenario labelFi(String labelFi) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    public Scenario description(String description) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    public Scenario descriptionFi(String descriptionFi) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    public Scenario sources(String... sources) {
        return new Scenario(id, label, labelFi, description, descriptionFi, List.of(sources), overrides, from);
    }

    public Scenario with(Change change) {
        var o = new ArrayList<>(overrides);
        o.add(change);
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, o, from);
    }

    public Scenario set(String driver, Distribution distribution) {
        return with(new Change.SetDistribution(driver, distribution));
    }

    public Scenario set(String driver, double value) {
        return with(new Change.SetDistribution(driver, Fixed.of(value)));
    }

    public Scenario shift(String driver, double amount) {
        return with(new Change.Shift(driver, amount));
    }

    public Scenario scale(String driver, double factor) {
        return with(new Change.Scale(driver, factor));
    }

    public Scenario weight(String panel, String driver, double weight) {
        return with(new Change.SetWeight(panel, driver, weight));
    }
}

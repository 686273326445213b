package fi.foresight.model;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Fixed;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy option (for example one thesis of a strategy), expressed as overrides like a scenario. A run covers
 * scenarios × levers; the lever {@value #NONE} (no policy change) is always included.
 */
public record Lever(String id, String label, String labelFi, String description, String descriptionFi,
                    List<String> sources, List<Change> overrides, Integer from) implements Adjustment {
    /** The id of "no lever". */
    public static final String NONE = "none";

    public Lever {
        Ids.checkName(id, "lever");
        label = label == null || label.isBlank() ? id : label;
        sources = sources == null ? List.of() : List.copyOf(sources);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** Without a start year: acting over the whole horizon. */
    public Lever(String id, String label, String labelFi, String description, String descriptionFi,
                 List<String> sources, List<Change> overrides) {
        this(id, label, labelFi, description, descriptionFi, sources, overrides, null);
    }

    /**
     * The same, acting only from {@code year} on in trajectories (before it the model runs without these
     * changes). A static run, which has no years, applies the changes as always.
     */
    public Lever from(int year) {
        return new Lever(id, label, labelFi, description, descriptionFi, sources, overrides, year);
    }

    public static Lever of(String id) {
        return new Lever(id, null, null, null, null, List.of(), List.of());
    }

    /** No policy change. */
    public static Lever none() {
        return new Lever(NONE, "No lever", "Ei toimenpidettä", "No policy change.", "Ei muutosta politiikkaan.",
                List.of(), List.of());
    }

    public Lever label(String label) {
        return new Lever(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    public Lever labelFi(String labelFi) {
        return new Lever(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    public Lever description(String description) {
        return new Lever(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    public Lever descriptionFi(String descriptionFi) {
        return new Lever(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    public Lever sources(String... sources) {
        return new Lever(id, label, labelFi, description, descriptionFi, List.of(sources), overrides, from);
    }

    public Lever with(Change change) {
        var o = new ArrayList<>(overrides);
        o.add(change);
        return new Lever(id, label, labelFi, description, descriptionFi, sources, o, from);
    }

    public Lever set(String driver, Distribution distribution) {
        return with(new Change.SetDistribution(driver, distribution));
    }

    public Lever set(String driver, double value) {
        return with(new Change.SetDistribution(driver, Fixed.of(value)));
    }

    public Lever shift(String driver, double amount) {
        return with(new Change.Shift(driver, amount));
    }

    public Lever scale(String driver, double factor) {
        return with(new Change.Scale(driver, factor));
    }

    public Lever weight(String panel, String driver, double weight) {
        return with(new Change.SetWeight(panel, driver, weight));
    }
}

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
 *
 * @param id            identifier, used in job files and result tables
 * @param label         English label (defaults to the id)
 * @param labelFi       Finnish label, or null
 * @param description   the story in English, or null
 * @param descriptionFi the story in Finnish, or null
 * @param sources       provenance ids, declared in the model's {@code sources}
 * @param overrides     the changes to the base model, applied in order
 * @param from          first year of a trajectory in which the changes act, or null for the whole horizon
 */
public record Scenario(String id, String label, String labelFi, String description, String descriptionFi,
                       List<String> sources, List<Change> overrides, Integer from) implements Adjustment {
    /** The id of the unmodified model. */
    public static final String BASE = "base";

    /**
     * Checks the id and fills the defaults (label = id, no sources, no overrides).
     *
     * @param id            identifier, used in job files and result tables
     * @param label         English label (defaults to the id)
     * @param labelFi       Finnish label, or null
     * @param description   the story in English, or null
     * @param descriptionFi the story in Finnish, or null
     * @param sources       provenance ids, declared in the model's {@code sources}
     * @param overrides     the changes to the base model, applied in order
     * @param from          first year of a trajectory in which the changes act, or null for the whole horizon
     * @throws IllegalArgumentException when {@code id} is not a valid scenario id
     */
    public Scenario {
        Ids.checkName(id, "scenario");
        label = label == null || label.isBlank() ? id : label;
        sources = sources == null ? List.of() : List.copyOf(sources);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /**
     * Without a start year: acting over the whole horizon.
     *
     * @param id            identifier, used in job files and result tables
     * @param label         English label (defaults to the id)
     * @param labelFi       Finnish label, or null
     * @param description   the story in English, or null
     * @param descriptionFi the story in Finnish, or null
     * @param sources       provenance ids, declared in the model's {@code sources}
     * @param overrides     the changes to the base model, applied in order
     */
    public Scenario(String id, String label, String labelFi, String description, String descriptionFi,
                    List<String> sources, List<Change> overrides) {
        this(id, label, labelFi, description, descriptionFi, sources, overrides, null);
    }

    /**
     * The same, acting only from {@code year} on in trajectories (before it the model runs without these
     * changes). A static run, which has no years, applies the changes as always.
     *
     * @param year the first year in which the changes act
     * @return the changed copy
     */
    public Scenario from(int year) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, year);
    }

    /**
     * An empty scenario (no overrides yet); add changes with {@link #set(String, double)}, {@link #shift},
     * {@link #scale}, {@link #weight} or {@link #with}.
     *
     * @param id the scenario id
     * @return the scenario
     * @throws IllegalArgumentException when {@code id} is not a valid scenario id
     */
    public static Scenario of(String id) {
        return new Scenario(id, null, null, null, null, List.of(), List.of());
    }

    /**
     * The base scenario: no overrides.
     *
     * @return the scenario {@value #BASE}
     */
    public static Scenario base() {
        return new Scenario(BASE, "Base", "Perusura", "The model as given, without overrides.",
                "Malli sellaisenaan, ilman muutoksia.", List.of(), List.of());
    }

    /**
     * The same scenario with another English label.
     *
     * @param label the label; null or blank means the id
     * @return the changed copy
     */
    public Scenario label(String label) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    /**
     * The same scenario with another Finnish label.
     *
     * @param labelFi the Finnish label, or null
     * @return the changed copy
     */
    public Scenario labelFi(String labelFi) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    /**
     * The same scenario with another story in English.
     *
     * @param description the description, or null
     * @return the changed copy
     */
    public Scenario description(String description) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    /**
     * The same scenario with another story in Finnish.
     *
     * @param descriptionFi the Finnish description, or null
     * @return the changed copy
     */
    public Scenario descriptionFi(String descriptionFi) {
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, overrides, from);
    }

    /**
     * The same scenario with these provenance ids (replacing earlier ones).
     *
     * @param sources ids declared in the model's {@code sources}
     * @return the changed copy
     */
    public Scenario sources(String... sources) {
        return new Scenario(id, label, labelFi, description, descriptionFi, List.of(sources), overrides, from);
    }

    /**
     * The same scenario with one more change, applied after the earlier ones.
     *
     * @param change the override
     * @return the changed copy
     */
    public Scenario with(Change change) {
        var o = new ArrayList<>(overrides);
        o.add(change);
        return new Scenario(id, label, labelFi, description, descriptionFi, sources, o, from);
    }

    /**
     * The same scenario replacing a driver's distribution (and resetting earlier shifts and scalings of it).
     *
     * @param driver       the driver id
     * @param distribution its distribution in this scenario
     * @return the changed copy
     */
    public Scenario set(String driver, Distribution distribution) {
        return with(new Change.SetDistribution(driver, distribution));
    }

    /**
     * The same scenario fixing a driver at one value ({@code Fixed.of(value)}).
     *
     * @param driver the driver id
     * @param value  its value in this scenario, in the driver's unit
     * @return the changed copy
     */
    public Scenario set(String driver, double value) {
        return with(new Change.SetDistribution(driver, Fixed.of(value)));
    }

    /**
     * The same scenario adding {@code amount} to every drawn value of a driver.
     *
     * @param driver the driver id
     * @param amount what to add, in the driver's unit; finite
     * @return the changed copy
     * @throws IllegalArgumentException when {@code amount} is not finite
     */
    public Scenario shift(String driver, double amount) {
        return with(new Change.Shift(driver, amount));
    }

    /**
     * The same scenario multiplying every drawn value of a driver by {@code factor}.
     *
     * @param driver the driver id
     * @param factor the multiplier (e.g. 1.1 for +10 %); finite
     * @return the changed copy
     * @throws IllegalArgumentException when {@code factor} is not finite
     */
    public Scenario scale(String driver, double factor) {
        return with(new Change.Scale(driver, factor));
    }

    /**
     * The same scenario replacing the weight of a driver in a stakeholder panel.
     *
     * @param panel  the panel id, or {@value Change.SetWeight#ALL_PANELS} for every panel
     * @param driver the driver id
     * @param weight the new weight (normalised again with the panel's other weights when the panel normalises)
     * @return the changed copy
     * @throws IllegalArgumentException when {@code weight} is not finite
     */
    public Scenario weight(String panel, String driver, double weight) {
        return with(new Change.SetWeight(panel, driver, weight));
    }
}

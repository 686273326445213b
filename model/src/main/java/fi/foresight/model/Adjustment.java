package fi.foresight.model;

import java.util.List;

/** What scenarios and levers share: an id, labels, a story and a list of overrides of the base model. */
public sealed interface Adjustment permits Scenario, Lever {
    String id();

    String label();

    String labelFi();

    String description();

    String descriptionFi();

    List<String> sources();

    List<Change> overrides();

    /** The first year of a trajectory in which the changes act, or null for the whole horizon. */
    Integer from();
}

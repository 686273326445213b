package fi.foresight.model;

import java.util.List;

/** What scenarios and levers share: an id, labels, a story and a list of overrides of the base model. */
public sealed interface Adjustment permits Scenario, Lever {
    /**
     * The id, used in job files, result tables and report pages.
     *
     * @return the id
     */
    String id();

    /**
     * The English label shown in reports (defaults to the id).
     *
     * @return the label
     */
    String label();

    /**
     * The Finnish label, or null.
     *
     * @return the Finnish label or null
     */
    String labelFi();

    /**
     * The story in English: what this future or policy is, or null.
     *
     * @return the description or null
     */
    String description();

    /**
     * The story in Finnish, or null.
     *
     * @return the Finnish description or null
     */
    String descriptionFi();

    /**
     * Provenance ids, declared in the model's {@code sources}.
     *
     * @return the source ids (never null)
     */
    List<String> sources();

    /**
     * The changes to the base model, applied in order.
     *
     * @return the overrides (never null)
     */
    List<Change> overrides();

    /**
     * The first year of a trajectory in which the changes act, or null for the whole horizon.
     *
     * @return the first year in which the changes act, or null when they act from the first year of the horizon
     */
    Integer from();

    /**
     * The label in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the label (never null)
     */
    default String labelIn(String language) {
        return Texts.in(language, label(), labelFi());
    }

    /**
     * The story in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the description, or null when there is none
     */
    default String descriptionIn(String language) {
        return Texts.in(language, description(), descriptionFi());
    }
}

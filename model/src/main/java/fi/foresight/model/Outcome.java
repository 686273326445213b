package fi.foresight.model;

import java.util.List;

/** What the model computes from the drivers: a weighted index or an expression. */
public sealed interface Outcome permits WeightedIndex, ExpressionOutcome {
    /**
     * The id: the column name in result tables and the name other outcomes use in expressions.
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
     * The unit of the value, or null.
     *
     * @return the unit or null
     */
    String unit();

    /**
     * Provenance ids, declared in the model's {@code sources}.
     *
     * @return the source ids (never null)
     */
    List<String> sources();

    /**
     * The label in a language: the Finnish one for {@code "fi"} where given, else the English one.
     *
     * @param language a language code such as {@code en} or {@code fi}
     * @return the label (never null)
     */
    default String labelIn(String language) {
        return Texts.in(language, label(), labelFi());
    }
}

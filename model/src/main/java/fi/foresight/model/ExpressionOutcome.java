package fi.foresight.model;

import fi.foresight.expression.Expression;
import java.util.List;
import java.util.Objects;

/**
 * An outcome computed by an expression of drivers and other outcomes, e.g.
 * {@code sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)}.
 *
 * @param id         identifier: the column name, and the name other outcomes use
 * @param label      English label (defaults to the id)
 * @param labelFi    Finnish label, or null
 * @param unit       unit of the value, or null
 * @param expression the parsed expression
 * @param sources    provenance ids, declared in the model's {@code sources}
 */
public record ExpressionOutcome(String id, String label, String labelFi, String unit, Expression expression,
                                List<String> sources) implements Outcome {
    /**
     * Checks the id and fills the defaults (label = id, no sources).
     *
     * @param id         identifier: the column name, and the name other outcomes use
     * @param label      English label (defaults to the id)
     * @param labelFi    Finnish label, or null
     * @param unit       unit of the value, or null
     * @param expression the parsed expression
     * @param sources    provenance ids, declared in the model's {@code sources}
     * @throws IllegalArgumentException when {@code id} is not a valid expression name
     * @throws NullPointerException     when {@code expression} is null
     */
    public ExpressionOutcome {
        Ids.check(id, "outcome");
        Objects.requireNonNull(expression, "expression");
        label = label == null || label.isBlank() ? id : label;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * Parses {@code expression}; throws {@code ExpressionSyntaxException} when it does not parse.
     *
     * @param id the outcome id, a valid name
     * @param expression the formula over driver and outcome names
     * @return the outcome, labelled by its id, with no sources
     */
    public static ExpressionOutcome of(String id, String expression) {
        return new ExpressionOutcome(id, null, null, null, Expression.parse(expression), List.of());
    }

    /**
     * The same outcome with another label.
     *
     * @param label the English label; null or blank means the id
     * @return the changed copy
     */
    public ExpressionOutcome label(String label) {
        return new ExpressionOutcome(id, label, labelFi, unit, expression, sources);
    }

    /**
     * The same outcome with another Finnish label.
     *
     * @param labelFi the Finnish label, or null
     * @return the changed copy
     */
    public ExpressionOutcome labelFi(String labelFi) {
        return new ExpressionOutcome(id, label, labelFi, unit, expression, sources);
    }

    /**
     * The same outcome with another unit.
     *
     * @param unit the unit of the value, or null
     * @return the changed copy
     */
    public ExpressionOutcome unit(String unit) {
        return new ExpressionOutcome(id, label, labelFi, unit, expression, sources);
    }

    /**
     * The same outcome with these provenance ids (replacing earlier ones).
     *
     * @param sources ids declared in the model's {@code sources}
     * @return the changed copy
     */
    public ExpressionOutcome sources(String... sources) {
        return new ExpressionOutcome(id, label, labelFi, unit, expression, List.of(sources));
    }
}

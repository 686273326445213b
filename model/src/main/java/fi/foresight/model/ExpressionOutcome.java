package fi.foresight.model;

import fi.foresight.expression.Expression;
import java.util.List;
import java.util.Objects;

/**
 * An outcome computed by an expression of drivers and other outcomes, e.g.
 * {@code sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)}.
 */
public record ExpressionOutcome(String id, String label, String labelFi, String unit, Expression expression,
                                List<String> sources) implements Outcome {
    public ExpressionOutcome {
        Ids.check(id, "outcome");
        Objects.requireNonNull(expression, "expression");
        label = label == null || label.isBlank() ? id : label;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** Parses {@code expression}; throws {@code ExpressionSyntaxException} when it does not parse. */
    public static ExpressionOutcome of(String id, String expression) {
        return new ExpressionOutcome(id, null, null, null, Expression.parse(expression), List.of());
    }

    public ExpressionOutcome label(String label) {
        return new ExpressionOutcome(id, label, labelFi, unit, expression, sources);
    }

    public ExpressionOutcome labelFi(String labelFi) {
        return new ExpressionOutcome(id, label, labelFi, unit, expression, sources);
    }

    public ExpressionOutcome unit(String unit) {
        return new ExpressionOutcome(id, label, labelFi, unit, expression, sources);
    }

    public ExpressionOutcome sources(String... sources) {
        return new ExpressionOutcome(id, label, labelFi, unit, expression, List.of(sources));
    }
}

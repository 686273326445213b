package fi.foresight.io;

import fi.foresight.expression.Expression;
import fi.foresight.expression.ExpressionSyntaxException;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.model.ExpressionOutcome;
import fi.foresight.model.Outcome;
import fi.foresight.model.WeightedIndex;
import java.util.List;
import java.util.Map;

/**
 * {@code outcomes: {id: {label, label_fi, unit, source, expression: "…"}}} or {@code weighted_index: true} /
 * {@code weighted_index: {panels: [a, b]}} instead of the expression; {@code id: "…"} is short for an
 * expression outcome.
 */
final class OutcomesSection {
    static final List<String> KEYS = List.of("label", "label_fi", "unit", "source", "expression", "weighted_index");
    private static final List<String> INDEX_KEYS = List.of("panels");

    private OutcomesSection() {
    }

    static void read(Field section, Reading r, ModelDraft draft) {
        var outcomes = r.fields(section, "a mapping of outcome ids to outcomes, e.g. {y: {expression: \"x1 + x2\"}}",
                null);
        if (outcomes != null) {
            outcomes.values().forEach(o -> outcome(o, r, draft));
        }
    }

    private static void outcome(Field f, Reading r, ModelDraft draft) {
        String id = f.key();
        if (f.node() instanceof Scalar s && s.kind() != Scalar.Kind.NULL) {
            r.modelPath(f.child("expression"), f);
            Expression e = expression(f, r);
            add(r.attemptAtKey(f, () -> new ExpressionOutcome(id, null, null, null, e, List.of())), f, r, draft);
            return;
        }
        Map<String, Field> m = r.fields(f, "an outcome such as {expression: \"x1 + x2\"} or {weighted_index: true}",
                KEYS);
        if (m == null) {
            return;
        }
        Field ef = m.get("expression");
        Field wf = m.get("weighted_index");
        String label = r.text(m, "label");
        String labelFi = r.text(m, "label_fi");
        String unit = r.text(m, "unit");
        List<String> sources = r.sources(m);
        if (ef != null && wf != null) {
            r.fail(f, "both expression and weighted_index are given; an outcome is computed by one of them");
            placeholder(f, r, draft);
        } else if (ef != null) {
            Expression e = expression(ef, r);
            add(r.attemptAtKey(f, () -> new ExpressionOutcome(id, label, labelFi, unit, e, sources)), f, r, draft);
        } else if (wf != null) {
            List<String> panels = indexPanels(wf, r);
            if (panels == null) {
                placeholder(f, r, draft);
                return;
            }
            add(r.attemptAtKey(f, () -> new WeightedIndex(id, label, labelFi, unit, panels, sources)), f, r, draft);
        } else if (r.suggested(f.child("expression")) || r.suggested(f.child("weighted_index"))) {
            placeholder(f, r, draft);
        } else {
            r.fail(f, "missing key 'expression' or 'weighted_index'; an outcome is computed by an expression "
                    + "(expression: \"x1 + x2\") or is a weighted index of the drivers (weighted_index: true)");
            placeholder(f, r, draft);
        }
    }

    /** The parsed expression, or the constant 0 after reporting its syntax error. */
    private static Expression expression(Field f, Reading r) {
        String text = r.text(f);
        if (text == null) {
            if (!r.coveredByFailure(f.path())) {
                r.fail(f, "expected an expression such as \"x1 + 2 * x2\", got nothing");
            }
            return Expression.parse("0");
        }
        try {
            return Expression.parse(text);
        } catch (ExpressionSyntaxException e) {
            r.expressionProblem(f, e.column(), e.message());
            r.failed(f.path());
            r.failed(f.path().endsWith(".expression") ? f.path() : f.child("expression"));
            return Expression.parse("0");
        }
    }

    /** The panels of {@code weighted_index: true | {panels: [...]}}; empty means all; null after reporting. */
    private static List<String> indexPanels(Field f, Reading r) {
        if (f.node() instanceof Mapping) {
            Map<String, Field> m = r.fields(f, "{panels: [a, b]}", INDEX_KEYS);
            if (m == null) {
                return null;
            }
            Field pf = m.get("panels");
            return pf == null ? List.of() : r.ids(pf, "a list of panel ids such as [entrepreneurs, educators]");
        }
        if (f.node() instanceof Scalar s && s.kind() == Scalar.Kind.BOOLEAN && Boolean.parseBoolean(s.text())) {
            return List.of();
        }
        r.fail(f, "expected true (all panels) or {panels: [a, b]}, got " + f.node().describe());
        return null;
    }

    /** Declares the outcome anyway (when its id is valid) so that references to it are not reported too. */
    private static void placeholder(Field f, Reading r, ModelDraft draft) {
        r.failed(f.path());
        add(r.attemptAtKey(f, () -> new ExpressionOutcome(f.key(), null, null, null, Expression.parse("0"), List.of())),
                f, r, draft);
    }

    private static void add(Outcome o, Field f, Reading r, ModelDraft draft) {
        if (o != null) {
            draft.outcomes.add(o);
        }
    }
}

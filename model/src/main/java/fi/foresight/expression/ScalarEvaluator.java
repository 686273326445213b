package fi.foresight.expression;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Evaluates a tree for one set of variable values. The definitions of the operators live in
 * {@link UnaryOp#apply} and {@link BinaryOp#apply}; this walk fixes the order in which they are applied
 * (chains and min/max left to right), which the column compiler repeats exactly.
 */
final class ScalarEvaluator {

    private ScalarEvaluator() {
    }

    static double evaluate(SyntaxNode node, ToDoubleFunction<String> values) {
        if (node instanceof SyntaxNode.Num) {
            return ((SyntaxNode.Num) node).value();
        }
        if (node instanceof SyntaxNode.Const) {
            return ((SyntaxNode.Const) node).constant().value();
        }
        if (node instanceof SyntaxNode.Var) {
            return values.applyAsDouble(((SyntaxNode.Var) node).name());
        }
        if (node instanceof SyntaxNode.Prev) {
            return values.applyAsDouble(((SyntaxNode.Prev) node).key());
        }
        if (node instanceof SyntaxNode.Unary) {
            SyntaxNode.Unary u = (SyntaxNode.Unary) node;
            return u.op().apply(evaluate(u.operand(), values));
        }
        if (node instanceof SyntaxNode.Binary) {
            SyntaxNode.Binary b = (SyntaxNode.Binary) node;
            return b.op().apply(evaluate(b.left(), values), evaluate(b.right(), values));
        }
        if (node instanceof SyntaxNode.Chain) {
            SyntaxNode.Chain c = (SyntaxNode.Chain) node;
            double acc = evaluate(c.first(), values);
            for (SyntaxNode.Link link : c.links()) {
                acc = link.op().apply(acc, evaluate(link.operand(), values));
            }
            return acc;
        }
        SyntaxNode.Call call = (SyntaxNode.Call) node;
        List<SyntaxNode> args = call.args();
        switch (call.function()) {
            case IF:
                return evaluate(args.get(0), values) != 0.0
                        ? evaluate(args.get(1), values)
                        : evaluate(args.get(2), values);
            case MIN:
            case MAX:
                BinaryOp op = call.function() == Builtin.MIN ? BinaryOp.MIN : BinaryOp.MAX;
                double acc = evaluate(args.get(0), values);
                for (int i = 1; i < args.size(); i++) {
                    acc = op.apply(acc, evaluate(args.get(i), values));
                }
                return acc;
            case CLAMP:
                return clamp(evaluate(args.get(0), values), evaluate(args.get(1), values), evaluate(args.get(2), values));
            default:
                throw new AssertionError(call.function());
        }
    }

    /** {@code x} limited to [lo, hi]; NaN when any argument is NaN or when lo &gt; hi. */
    static double clamp(double x, double lo, double hi) {
        return lo <= hi ? Math.min(Math.max(x, lo), hi) : Double.NaN;
    }
}

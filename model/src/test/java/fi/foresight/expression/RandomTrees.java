package fi.foresight.expression;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** QuickTheories generator of random expression trees over the variables {@link #NAMES}. */
final class RandomTrees {

    static final List<String> NAMES = List.of("x", "y", "z", "w.1");

    private static final double[] LITERALS = {0, 0.5, 1, 2, 3, 7, 0.1, 1e-3, 123.456, 1e20, 2.5e-8, 1e308};

    private RandomTrees() {
    }

    /** Trees at most {@code maxDepth} operators deep. */
    static Gen<SyntaxNode> upTo(int maxDepth) {
        return in -> node(in, maxDepth);
    }

    private static int pick(RandomnessSource in, int bound) {
        return (int) in.next(Constraint.between(0, bound - 1));
    }

    private static SyntaxNode node(RandomnessSource in, int depth) {
        int kind = pick(in, depth <= 0 ? 3 : 10);
        switch (kind) {
            case 0:
                return new SyntaxNode.Num(LITERALS[pick(in, LITERALS.length)], 0);
            case 1:
                return new SyntaxNode.Const(Constant.values()[pick(in, Constant.values().length)], 0);
            case 2:
                return new SyntaxNode.Var(NAMES.get(pick(in, NAMES.size())), 0);
            case 3:
                return new SyntaxNode.Unary(UnaryOp.values()[pick(in, UnaryOp.values().length)], node(in, depth - 1), 0);
            case 4:
                return new SyntaxNode.Binary(BinaryOp.POW, node(in, depth - 1), node(in, depth - 1), 0);
            case 5: {
                BinaryOp[] comparisons = {BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE, BinaryOp.EQ, BinaryOp.NE};
                return new SyntaxNode.Binary(comparisons[pick(in, comparisons.length)], node(in, depth - 1), node(in, depth - 1), 0);
            }
            case 6: {
                BinaryOp[][] levels = {{BinaryOp.ADD, BinaryOp.SUB}, {BinaryOp.MUL, BinaryOp.DIV}, {BinaryOp.AND}, {BinaryOp.OR}};
                BinaryOp[] level = levels[pick(in, levels.length)];
                SyntaxNode first = node(in, depth - 1);
                List<SyntaxNode.Link> links = new ArrayList<>();
                int count = 1 + pick(in, 3);
                for (int i = 0; i < count; i++) {
                    links.add(new SyntaxNode.Link(level[pick(in, level.length)], node(in, depth - 1), 0));
                }
                return new SyntaxNode.Chain(first, links, 0);
            }
            case 7:
                return new SyntaxNode.Call(Builtin.IF, List.of(node(in, depth - 1), node(in, depth - 1), node(in, depth - 1)), 0);
            case 8: {
                List<SyntaxNode> args = new ArrayList<>();
                int count = 2 + pick(in, 3);
                for (int i = 0; i < count; i++) {
                    args.add(node(in, depth - 1));
                }
                return new SyntaxNode.Call(pick(in, 2) == 0 ? Builtin.MIN : Builtin.MAX, args, 0);
            }
            default:
                return new SyntaxNode.Call(Builtin.CLAMP, List.of(node(in, depth - 1), node(in, depth - 1), node(in, depth - 1)), 0);
        }
    }

    /**
     * Sample values for {@link #NAMES}: every column holds the special values (zeros of both signs, NaN,
     * infinities, tiny and huge numbers) in a different order, then seeded random values.
     */
    static double[][] columns(int n, long seed) {
        double[] special = {0.0, -0.0, 1, -1, 0.5, 2, -2.5, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-300, 1e300, Math.PI, 3, -7};
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[][] columns = new double[NAMES.size()][n];
        for (int c = 0; c < columns.length; c++) {
            for (int k = 0; k < n; k++) {
                columns[c][k] = k < special.length * 2
                        ? special[(k * (c + 1) + c) % special.length]
                        : random.nextDouble(-4, 4);
            }
        }
        return columns;
    }

    /** Equality of doubles as bit patterns, with every NaN counted as the same. */
    static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }
}

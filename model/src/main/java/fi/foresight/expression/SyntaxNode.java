package fi.foresight.expression;

import java.util.List;
import java.util.Objects;

/**
 * The syntax tree of an expression. Every node knows the 0-based character offset where it starts in the
 * expression text ({@code pos}). Trees are immutable; the parser is the usual producer, tests build them too.
 *
 * <p>Sums, products and {@code and}/{@code or} sequences are flat {@link Chain}s rather than left-deep
 * binary trees, so a long sum such as {@code a + b + c + ...} does not make the tree deep: the height of a
 * tree is bounded by the nesting the parser admits, and every recursive walk stays shallow.
 */
sealed interface SyntaxNode permits SyntaxNode.Num, SyntaxNode.Const, SyntaxNode.Var, SyntaxNode.Prev,
        SyntaxNode.Unary, SyntaxNode.Binary, SyntaxNode.Chain, SyntaxNode.Call {

    /** 0-based offset of the first character of this node in the expression text. */
    int pos();

    /** A number literal; always finite and non-negative (a leading minus is a {@link Unary} negation). */
    record Num(double value, int pos) implements SyntaxNode {
        public Num {
            if (!Double.isFinite(value) || value < 0 || Double.doubleToRawLongBits(value) == Long.MIN_VALUE) {
                throw new IllegalArgumentException("literal " + value + " must be finite and >= +0.0");
            }
        }
    }

    /** A named constant such as {@code pi}. */
    record Const(Constant constant, int pos) implements SyntaxNode {
        public Const {
            Objects.requireNonNull(constant, "constant");
        }
    }

    /** A reference to a variable (a driver, lever or another outcome). */
    record Var(String name, int pos) implements SyntaxNode {
        public Var {
            if (!Names.isValid(name)) {
                throw new IllegalArgumentException(Names.problem(name).orElse("invalid name"));
            }
        }
    }

    /**
     * {@code prev(name)}: the value {@code name} had one time step earlier. Its values are read under the key
     * {@link #key()}, which no variable name can clash with.
     */
    record Prev(String name, int pos) implements SyntaxNode {
        public Prev {
            if (!Names.isValid(name)) {
                throw new IllegalArgumentException(Names.problem(name).orElse("invalid name"));
            }
        }

        String key() {
            return Expression.previousKey(name);
        }
    }

    /** Negation, {@code not}, or a one-argument function such as {@code sqrt}. */
    record Unary(UnaryOp op, SyntaxNode operand, int pos) implements SyntaxNode {
        public Unary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
        }
    }

    /** A power or a comparison: the operators that are not chained. */
    record Binary(BinaryOp op, SyntaxNode left, SyntaxNode right, int pos) implements SyntaxNode {
        public Binary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            if (op.level() != Level.POWER && op.level() != Level.COMPARISON) {
                throw new IllegalArgumentException(op + " belongs in a Chain or a Call, not a Binary node");
            }
        }
    }

    /**
     * A left-to-right sequence of operators of one precedence level: {@code first op1 x1 op2 x2 ...},
     * evaluated as {@code ((first op1 x1) op2 x2) ...}.
     */
    record Chain(SyntaxNode first, List<Link> links, int pos) implements SyntaxNode {
        public Chain {
            Objects.requireNonNull(first, "first");
            links = List.copyOf(links);
            if (links.isEmpty()) {
                throw new IllegalArgumentException("a chain needs at least one operator");
            }
            Level level = links.get(0).op().level();
            for (Link link : links) {
                if (link.op().level() != level) {
                    throw new IllegalArgumentException("a chain mixes " + links.get(0).op() + " and " + link.op());
                }
            }
        }

        Level level() {
            return links.get(0).op().level();
        }
    }

    /** One step of a {@link Chain}: the operator (at offset {@code pos}) and its right operand. */
    record Link(BinaryOp op, SyntaxNode operand, int pos) {
        public Link {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
            if (!op.chains()) {
                throw new IllegalArgumentException(op + " does not chain");
            }
        }
    }

    /** A call of a function with several arguments: {@code if}, {@code min}, {@code max}, {@code clamp}. */
    record Call(Builtin function, List<SyntaxNode> args, int pos) implements SyntaxNode {
        public Call {
            Objects.requireNonNull(function, "function");
            args = List.copyOf(args);
            if (function.unaryOp() != null) {
                throw new IllegalArgumentException(function.text() + " is represented by a Unary node");
            }
            if (!function.accepts(args.size())) {
                throw new IllegalArgumentException(function.arityProblem(args.size()));
            }
        }
    }
}

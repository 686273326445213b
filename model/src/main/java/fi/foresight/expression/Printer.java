package fi.foresight.expression;

/**
 * Writes a tree back as text with single spaces around binary operators and only the parentheses the
 * grammar needs. Parsing the printed text gives back the same tree, except that a chain whose first operand
 * is a chain of the same level ({@code (a - b) - c}) comes back as one flat chain ({@code a - b - c}), which
 * applies the same operations in the same order. Printing the re-parsed tree gives the same text.
 */
final class Printer {

    private Printer() {
    }

    static String print(SyntaxNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(SyntaxNode node, StringBuilder out) {
        if (node instanceof SyntaxNode.Num) {
            out.append(number(((SyntaxNode.Num) node).value()));
        } else if (node instanceof SyntaxNode.Const) {
            out.append(((SyntaxNode.Const) node).constant().text());
        } else if (node instanceof SyntaxNode.Var) {
            out.append(((SyntaxNode.Var) node).name());
        } else if (node instanceof SyntaxNode.Prev) {
            out.append(((SyntaxNode.Prev) node).key());
        } else if (node instanceof SyntaxNode.Unary) {
            SyntaxNode.Unary u = (SyntaxNode.Unary) node;
            if (u.op() == UnaryOp.NEG) {
                out.append('-');
                operand(u.operand(), Level.UNARY, out);
            } else if (u.op() == UnaryOp.NOT) {
                out.append("not ");
                operand(u.operand(), Level.NOT, out);
            } else {
                out.append(Builtin.of(u.op()).text()).append('(');
                write(u.operand(), out);
                out.append(')');
            }
        } else if (node instanceof SyntaxNode.Binary) {
            SyntaxNode.Binary b = (SyntaxNode.Binary) node;
            if (b.op() == BinaryOp.POW) {
                operand(b.left(), Level.PRIMARY, out);
                out.append('^');
                operand(b.right(), Level.UNARY, out);
            } else {
                operand(b.left(), Level.ADDITIVE, out);
                out.append(' ').append(b.op().symbol()).append(' ');
                operand(b.right(), Level.ADDITIVE, out);
            }
        } else if (node instanceof SyntaxNode.Chain) {
            SyntaxNode.Chain c = (SyntaxNode.Chain) node;
            Level tighter = Level.values()[c.level().ordinal() + 1];
            operand(c.first(), c.level(), out);
            for (SyntaxNode.Link link : c.links()) {
                out.append(' ').append(link.op().symbol()).append(' ');
                operand(link.operand(), tighter, out);
            }
        } else {
            SyntaxNode.Call call = (SyntaxNode.Call) node;
            out.append(call.function().text()).append('(');
            for (int i = 0; i < call.args().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(call.args().get(i), out);
            }
            out.append(')');
        }
    }

    /** Writes {@code node} where the grammar admits only {@code minimum} or tighter, in parentheses if needed. */
    private static void operand(SyntaxNode node, Level minimum, StringBuilder out) {
        if (level(node).compareTo(minimum) >= 0) {
            write(node, out);
        } else {
            out.append('(');
            write(node, out);
            out.append(')');
        }
    }

    private static Level level(SyntaxNode node) {
        if (node instanceof SyntaxNode.Unary) {
            UnaryOp op = ((SyntaxNode.Unary) node).op();
            return op == UnaryOp.NEG ? Level.UNARY : op == UnaryOp.NOT ? Level.NOT : Level.PRIMARY;
        }
        if (node instanceof SyntaxNode.Binary) {
            return ((SyntaxNode.Binary) node).op().level();
        }
        if (node instanceof SyntaxNode.Chain) {
            return ((SyntaxNode.Chain) node).level();
        }
        return Level.PRIMARY;
    }

    /** Integral values below 2^53 without a fraction ("7"), others in Java's round-tripping form ("1.0E-5"). */
    static String number(double value) {
        if (value == Math.rint(value) && value < 0x1p53) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}

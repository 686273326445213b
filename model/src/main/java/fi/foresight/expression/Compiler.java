package fi.foresight.expression;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a tree into a straight list of column {@link Step}s over a bank of arrays:
 * <pre>
 * [0, bound)            the caller's input columns, one entry per distinct slot read
 * bound                 the caller's output column
 * (bound, size)         arrays the program owns: temporaries (re-used once their value is consumed)
 *                       and constant columns (for if/clamp arguments)
 * </pre>
 * Constant sub-trees are folded with the same {@code apply} methods the scalar evaluator uses, in the same
 * order, so folding never changes a result. Chains keep their left-to-right order; only a leading run of
 * constants in a chain is folded.
 */
final class Compiler {

    /** The compiled form shared by every instance of a program. */
    record Code(List<Step> steps, int[] boundSlots, String[] boundNames, int size, double[] constants,
                boolean[] isConstant) {

        int out() {
            return boundSlots.length;
        }

        /** How listings name bank entries: variable names, {@code out}, {@code t3} or the constant. */
        String label(int index) {
            if (index < boundSlots.length) {
                return boundNames[index];
            }
            if (index == out()) {
                return "out";
            }
            return isConstant[index] ? String.valueOf(constants[index]) : "t" + (index - out() - 1);
        }
    }

    /** A step operand: a constant value or a bank index (a temporary or not). */
    private record Operand(boolean constant, double value, int index, boolean temp) {
        static Operand of(double value) {
            return new Operand(true, value, -1, false);
        }

        static Operand column(int index, boolean temp) {
            return new Operand(false, 0, index, temp);
        }
    }

    private final Map<String, Integer> bankOfName = new HashMap<>();
    private final int[] boundSlots;
    private final String[] boundNames;
    private final List<Step> steps = new ArrayList<>();
    private final Deque<Integer> freeTemps = new ArrayDeque<>();
    private final Map<Long, Integer> constantColumns = new HashMap<>();
    private final Map<Integer, Double> constantValues = new HashMap<>();
    private int size;

    private Compiler(Iterable<String> keys, Map<String, Integer> slots) {
        Map<Integer, Integer> bankOfSlot = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String key : keys) {
            int slot = slots.get(key);
            Integer bank = bankOfSlot.get(slot);
            if (bank == null) {
                bank = bankOfSlot.size();
                bankOfSlot.put(slot, bank);
                names.add(key);
            }
            bankOfName.put(key, bank);
        }
        boundSlots = bankOfSlot.keySet().stream().mapToInt(Integer::intValue).toArray();
        boundNames = names.toArray(new String[0]);
        size = boundSlots.length + 1;
    }

    /** @param keys the names read (and the {@code prev(name)} keys), in reading order */
    static Code compile(SyntaxNode root, Iterable<String> keys, Map<String, Integer> slots) {
        Compiler compiler = new Compiler(keys, slots);
        int out = compiler.boundSlots.length;
        Operand result = compiler.gen(root, out);
        if (result.constant()) {
            compiler.steps.add(new Step.Fill(result.value(), out));
        } else if (result.index() != out) {
            compiler.steps.add(new Step.Copy(result.index(), out));
        }
        double[] constants = new double[compiler.size];
        boolean[] isConstant = new boolean[compiler.size];
        compiler.constantValues.forEach((index, value) -> {
            constants[index] = value;
            isConstant[index] = true;
        });
        return new Code(List.copyOf(compiler.steps), compiler.boundSlots, compiler.boundNames, compiler.size,
                constants, isConstant);
    }

    /**
     * Generates {@code node}; a compound result goes to bank index {@code hint} when it is not -1. The
     * first operand evaluated may use {@code hint} too (the later operands never do), so a node accumulates
     * in place in the column it finally writes.
     */
    private Operand gen(SyntaxNode node, int hint) {
        if (node instanceof SyntaxNode.Num) {
            return Operand.of(((SyntaxNode.Num) node).value());
        }
        if (node instanceof SyntaxNode.Const) {
            return Operand.of(((SyntaxNode.Const) node).constant().value());
        }
        if (node instanceof SyntaxNode.Var) {
            return Operand.column(bankOfName.get(((SyntaxNode.Var) node).name()), false);
        }
        if (node instanceof SyntaxNode.Prev) {
            return Operand.column(bankOfName.get(((SyntaxNode.Prev) node).key()), false);
        }
        if (node instanceof SyntaxNode.Unary) {
            SyntaxNode.Unary u = (SyntaxNode.Unary) node;
            Operand x = gen(u.operand(), hint);
            if (x.constant()) {
                return Operand.of(u.op().apply(x.value()));
            }
            int dest = target(hint, x);
            steps.add(new UnaryStep(u.op(), x.index(), dest));
            return written(dest);
        }
        if (node instanceof SyntaxNode.Binary) {
            SyntaxNode.Binary b = (SyntaxNode.Binary) node;
            Operand left = gen(b.left(), hint);
            return binary(b.op(), left, gen(b.right(), -1), hint);
        }
        if (node instanceof SyntaxNode.Chain) {
            SyntaxNode.Chain c = (SyntaxNode.Chain) node;
            Operand acc = gen(c.first(), hint);
            for (SyntaxNode.Link link : c.links()) {
                acc = binary(link.op(), acc, gen(link.operand(), -1), hint);
            }
            return acc;
        }
        return call((SyntaxNode.Call) node, hint);
    }

    private Operand call(SyntaxNode.Call call, int hint) {
        List<SyntaxNode> args = call.args();
        switch (call.function()) {
            case IF: {
                Operand condition = gen(args.get(0), hint);
                if (condition.constant()) {
                    return gen(args.get(condition.value() != 0.0 ? 1 : 2), hint);
                }
                Operand a = gen(args.get(1), -1);
                Operand b = gen(args.get(2), -1);
                if (a.constant() && b.constant() && Double.doubleToRawLongBits(a.value()) == Double.doubleToRawLongBits(b.value())) {
                    release(condition);
                    return a;
                }
                int ca = columnOf(a);
                int cb = columnOf(b);
                int dest = target(hint, condition, a, b);
                steps.add(new Step.If(condition.index(), ca, cb, dest));
                return written(dest);
            }
            case MIN:
            case MAX: {
                BinaryOp op = call.function() == Builtin.MIN ? BinaryOp.MIN : BinaryOp.MAX;
                Operand acc = gen(args.get(0), hint);
                for (int i = 1; i < args.size(); i++) {
                    acc = binary(op, acc, gen(args.get(i), -1), hint);
                }
                return acc;
            }
            case CLAMP: {
                Operand x = gen(args.get(0), hint);
                Operand lo = gen(args.get(1), -1);
                Operand hi = gen(args.get(2), -1);
                if (x.constant() && lo.constant() && hi.constant()) {
                    return Operand.of(ScalarEvaluator.clamp(x.value(), lo.value(), hi.value()));
                }
                int cx = columnOf(x);
                int clo = columnOf(lo);
                int chi = columnOf(hi);
                int dest = target(hint, x, lo, hi);
                steps.add(new Step.Clamp(cx, clo, chi, dest));
                return written(dest);
            }
            default:
                throw new AssertionError(call.function());
        }
    }

    private Operand binary(BinaryOp op, Operand left, Operand right, int hint) {
        if (left.constant() && right.constant()) {
            return Operand.of(op.apply(left.value(), right.value()));
        }
        int dest = target(hint, left, right);
        if (!left.constant() && !right.constant()) {
            steps.add(new BinaryStep.TwoColumns(op, left.index(), right.index(), dest));
        } else if (right.constant()) {
            steps.add(new BinaryStep.ColumnConstant(op, left.index(), right.value(), dest));
        } else if (op.mirrored() != null) {
            steps.add(new BinaryStep.ColumnConstant(op.mirrored(), right.index(), left.value(), dest));
        } else {
            steps.add(new BinaryStep.ConstantColumn(op, left.value(), right.index(), dest));
        }
        return written(dest);
    }

    /**
     * The bank index a step writes: {@code hint} if given, else the first temporary operand (steps work
     * element by element, so writing over an input is safe), else a fresh temporary. The other temporary
     * operands are released: their values are consumed by this step.
     */
    private int target(int hint, Operand... operands) {
        int dest = hint;
        for (Operand operand : operands) {
            if (operand.temp()) {
                if (dest == -1) {
                    dest = operand.index();
                } else if (operand.index() != dest) {
                    freeTemps.push(operand.index());
                }
            }
        }
        if (dest == -1) {
            dest = freeTemps.isEmpty() ? size++ : freeTemps.pop();
        }
        return dest;
    }

    /** The result of a step that wrote {@code dest}: a temporary unless it is the output column. */
    private Operand written(int dest) {
        return Operand.column(dest, dest != boundSlots.length);
    }

    private void release(Operand operand) {
        if (operand.temp()) {
            freeTemps.push(operand.index());
        }
    }

    /** The bank index holding {@code operand}: its own, or a constant column filled with its value. */
    private int columnOf(Operand operand) {
        if (!operand.constant()) {
            return operand.index();
        }
        return constantColumns.computeIfAbsent(Double.doubleToRawLongBits(operand.value()), bits -> {
            int index = size++;
            constantValues.put(index, operand.value());
            return index;
        });
    }
}

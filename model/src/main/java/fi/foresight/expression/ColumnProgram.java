package fi.foresight.expression;

import java.util.Objects;

/**
 * An {@link Expression} compiled for column-wise evaluation: {@code out[k]} for every sample k of a block
 * from the input columns {@code columns[slot][k]}. Each step of the program runs one tight loop over the
 * whole block; there is no per-sample dispatch and no per-sample allocation. Results are bit-identical to
 * {@link Expression#evaluate} on the same values.
 *
 * <p>An instance owns its temporary columns and re-uses them from block to block (they grow only when a
 * larger block arrives), so <b>one instance is not thread-safe</b>: give each thread its own with
 * {@link #copy()}, which shares the compiled steps and costs one small allocation.
 *
 * <pre>{@code
 * ColumnProgram program = Expression.parse("a * b + 1").compile(List.of("a", "b"));
 * double[][] columns = {aValues, bValues};
 * double[] out = new double[n];
 * program.evaluate(columns, n, out);
 * }</pre>
 */
public final class ColumnProgram {

    private final Expression expression;
    private final Compiler.Code code;
    private final double[][] bank;
    private int capacity;

    ColumnProgram(Expression expression, Compiler.Code code) {
        this.expression = expression;
        this.code = code;
        this.bank = new double[code.size()][];
    }

    /**
     * The expression this program computes.
     *
     * @return the parsed expression
     */
    public Expression expression() {
        return expression;
    }

    /**
     * A fresh instance of the same program with its own temporaries, for use on another thread.
     *
     * @return a new program sharing the compiled code but not the scratch columns
     */
    public ColumnProgram copy() {
        return new ColumnProgram(expression, code);
    }

    /**
     * Computes {@code out[k]} for every k in [0, n) from {@code columns[slot][k]}. Only the first {@code n}
     * entries of each column are read and only {@code out[0..n)} is written.
     *
     * @param columns the value columns by slot, {@code columns[slot][k]} the value of a bound name at row k
     * @param n the number of rows to compute
     * @param out the array receiving the results in {@code out[0..n)}
     * @throws IllegalArgumentException when n is negative, {@code out} or a column read is shorter than n or
     *         missing, or {@code out} is one of the columns read
     */
    public void evaluate(double[][] columns, int n, double[] out) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(out, "out");
        if (n < 0 || n > out.length) {
            throw new IllegalArgumentException("n (" + n + ") must be in [0, out.length = " + out.length + "]");
        }
        int[] slots = code.boundSlots();
        for (int i = 0; i < slots.length; i++) {
            int slot = slots[i];
            String name = code.boundNames()[i];
            if (slot >= columns.length) {
                throw new IllegalArgumentException("'" + name + "' reads slot " + slot + " but columns has only "
                        + columns.length + " arrays");
            }
            double[] column = columns[slot];
            if (column == null || column.length < n) {
                throw new IllegalArgumentException("column " + slot + " ('" + name + "') has "
                        + (column == null ? "no array" : "length " + column.length) + "; it needs at least n = " + n);
            }
            if (column == out) {
                throw new IllegalArgumentException("out is column " + slot + " ('" + name
                        + "'), which the program reads; pass a separate output array");
            }
        }
        ensureCapacity(n);
        for (int i = 0; i < slots.length; i++) {
            bank[i] = columns[slots[i]];
        }
        bank[code.out()] = out;
        try {
            for (Step step : code.steps()) {
                step.run(bank, n);
            }
        } finally {
            for (int i = 0; i <= slots.length; i++) {
                bank[i] = null;
            }
        }
    }

    private void ensureCapacity(int n) {
        if (n <= capacity) {
            return;
        }
        for (int i = code.out() + 1; i < code.size(); i++) {
            bank[i] = new double[n];
            if (code.isConstant()[i]) {
                java.util.Arrays.fill(bank[i], code.constants()[i]);
            }
        }
        capacity = n;
    }

    /** The expression and the program's steps, one per line, e.g. {@code t0 = sin(x1)}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ColumnProgram for ").append(expression.text());
        for (Step step : code.steps()) {
            s.append("\n  ").append(step.describe(code::label));
        }
        return s.toString();
    }
}

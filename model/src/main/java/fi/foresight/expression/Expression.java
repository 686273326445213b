package fi.foresight.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A parsed outcome formula in the closed expression language of model files: numbers ({@code 2},
 * {@code 0.5}, {@code 1e-3}), variable names ({@code readiness}, {@code index.entrepreneurs}),
 * {@code + - * / ^}, signs, parentheses, comparisons {@code < <= > >= == !=} (1.0 or 0.0), {@code and},
 * {@code or}, {@code not} (non-zero, NaN included, is true), {@code if(c, a, b)}, {@code min}, {@code max}
 * (two or more arguments), {@code abs sqrt exp log log10 sin cos tan}, {@code clamp(x, lo, hi)} and the
 * constants {@code pi} and {@code e}.
 *
 * <p>Precedence from loosest to tightest: {@code or}, {@code and}, {@code not}, comparison, {@code + -},
 * {@code * /}, sign, {@code ^}. So {@code -2^2} is -4, {@code 2^3^2} is 512 ({@code ^} groups to the
 * right) and {@code 2^-1} is 0.5. Comparisons do not chain. Arithmetic follows IEEE 754 (division by zero
 * gives an infinity or NaN; {@code log} of a negative number is NaN); evaluation never throws.
 *
 * <p>Instances are immutable and thread-safe. Nothing is interpreted beyond this grammar: there is no
 * script engine and no reflection.
 *
 * <pre>{@code
 * Expression ishigami = Expression.parse("sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)");
 * ishigami.names();                                          // [x1, x2, x3]
 * ishigami.evaluate(Map.of("x1", 0.5, "x2", 1.0, "x3", -2.0));
 * ColumnProgram program = ishigami.compile(List.of("x1", "x2", "x3"));
 * program.evaluate(columns, n, out);                         // out[k] from columns[slot][k], k < n
 * }</pre>
 */
public final class Expression {

    /** The longest expression text accepted, in characters. */
    public static final int MAX_LENGTH = 10_000;

    /** The deepest nesting of parentheses, call arguments, signs, {@code not} and powers accepted. */
    public static final int MAX_NESTING = 200;

    private final String text;
    private final Node root;
    private final List<NameRef> references;
    private final Set<String> names;

    private Expression(String text, Node root, List<NameRef> references) {
        this.text = text;
        this.root = root;
        this.references = references;
        Set<String> ordered = new LinkedHashSet<>();
        for (NameRef ref : references) {
            ordered.add(ref.name());
        }
        this.names = Collections.unmodifiableSet(ordered);
    }

    /**
     * Parses {@code text}.
     *
     * @throws ExpressionSyntaxException with the column and a description of the first problem
     */
    public static Expression parse(String text) {
        Objects.requireNonNull(text, "text");
        Parser.Result result = Parser.parse(text);
        return new Expression(text, result.root(), result.references());
    }

    /** The text this expression was parsed from, as given. */
    public String text() {
        return text;
    }

    /** The variable names referenced, each once, in order of first appearance. */
    public Set<String> names() {
        return names;
    }

    /** Every occurrence of a variable name, in reading order, with its 1-based column. */
    public List<NameRef> references() {
        return references;
    }

    /**
     * The expression re-written with single spaces around binary operators and only the parentheses the
     * precedence rules need, e.g. {@code "a+(b*c)"} becomes {@code "a + b * c"}. Parsing it gives an
     * expression that evaluates identically.
     */
    public String canonical() {
        return Printer.print(root);
    }

    /**
     * The value for one set of variable values. Only the branch of an {@code if} that is taken is
     * evaluated, so {@code values} may be asked for fewer names than {@link #names()}.
     */
    public double evaluate(ToDoubleFunction<String> values) {
        Objects.requireNonNull(values, "values");
        return ScalarEvaluator.evaluate(root, values);
    }

    /**
     * The value for the variable values in {@code values}.
     *
     * @throws IllegalArgumentException when a referenced name has no value
     */
    public double evaluate(Map<String, ? extends Number> values) {
        Objects.requireNonNull(values, "values");
        for (NameRef ref : references) {
            if (values.get(ref.name()) == null) {
                throw new IllegalArgumentException("no value for '" + ref.name() + "' (column " + ref.column()
                        + " of '" + text + "')");
            }
        }
        return ScalarEvaluator.evaluate(root, name -> values.get(name).doubleValue());
    }

    /**
     * Compiles this expression for column-wise evaluation, reading the values of name {@code x} from
     * {@code columns[slots.get(x)]}. Constant sub-expressions are folded once here.
     *
     * @throws IllegalArgumentException when a referenced name has no slot or a slot is negative
     */
    public ColumnProgram compile(Map<String, Integer> slots) {
        Objects.requireNonNull(slots, "slots");
        for (NameRef ref : references) {
            Integer slot = slots.get(ref.name());
            if (slot == null) {
                throw new IllegalArgumentException("no slot for '" + ref.name() + "' (column " + ref.column()
                        + " of '" + text + "'); slots are given for " + new java.util.TreeSet<>(slots.keySet()));
            }
            if (slot < 0) {
                throw new IllegalArgumentException("slot for '" + ref.name() + "' is " + slot + "; slots must be >= 0");
            }
        }
        return new ColumnProgram(this, Compiler.compile(root, references, slots));
    }

    /** {@link #compile(Map)} with the slot of each name its index in {@code slotNames}. */
    public ColumnProgram compile(List<String> slotNames) {
        Map<String, Integer> slots = new HashMap<>();
        List<String> copy = new ArrayList<>(slotNames);
        for (int i = 0; i < copy.size(); i++) {
            if (slots.putIfAbsent(Objects.requireNonNull(copy.get(i), "slot name"), i) != null) {
                throw new IllegalArgumentException("slot name '" + copy.get(i) + "' appears twice in " + copy);
            }
        }
        return compile(slots);
    }

    Node root() {
        return root;
    }

    /** Same text, same expression. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Expression && ((Expression) other).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The text as given. */
    @Override
    public String toString() {
        return text;
    }
}

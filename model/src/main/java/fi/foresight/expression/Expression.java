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
 * <p><b>Time.</b> In a model with a horizon, {@code prev(x)} is the value the driver or outcome {@code x} had
 * one time step earlier and the name {@code year} is the current year (e.g.
 * {@code exports = prev(exports) * (1 + growth)}, {@code if(year >= 2025, a, b)}). The expression itself only
 * records these: {@link #previous()} lists the names read through {@code prev}, whose values are supplied under
 * {@link #previousKey(String)}, and {@code year} is an ordinary name that the model binds. The argument of
 * {@code prev} is a single name; {@code prev} is a reserved word.
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

    /** The function reading a name's value one time step earlier: {@code prev(x)}. */
    public static final String PREV = "prev";

    /** The name a model with a horizon binds to the current year. */
    public static final String YEAR = "year";

    private final String text;
    private final SyntaxNode root;
    private final List<NameRef> references;
    private final List<NameRef> previous;
    private final Set<String> names;

    private Expression(String text, SyntaxNode root, List<NameRef> references, List<NameRef> previous) {
        this.text = text;
        this.root = root;
        this.references = references;
        this.previous = previous;
        Set<String> ordered = new LinkedHashSet<>();
        for (NameRef ref : references) {
            ordered.add(ref.name());
        }
        this.names = Collections.unmodifiableSet(ordered);
    }

    /**
     * Parses {@code text}.
     *
     * @param text the expression, e.g. {@code "10 * readiness * climate"}
     * @return the expression
     * @throws ExpressionSyntaxException with the column and a description of the first problem
     */
    public static Expression parse(String text) {
        Objects.requireNonNull(text, "text");
        Parser.Result result = Parser.parse(text);
        return new Expression(text, result.root(), result.references(), result.previous());
    }

    /**
     * The text this expression was parsed from, as given.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The variable names referenced (read now, not through {@code prev}), each once, in order of first appearance.
     *
     * @return the names
     */
    public Set<String> names() {
        return names;
    }

    /**
     * Every occurrence of a variable name read now, in reading order, with its 1-based column. Names inside
     * {@code prev(...)} are not included: they are in {@link #previous()}.
     *
     * @return the occurrences
     */
    public List<NameRef> references() {
        return references;
    }

    /**
     * Every name read through {@code prev(name)}, in reading order, with the 1-based column of the name. A
     * caller supplies their values under {@link #previousKey(String)}.
     *
     * @return the occurrences inside {@code prev(...)}
     */
    public List<NameRef> previous() {
        return previous;
    }

    /**
     * The key under which the previous value of {@code name} is looked up by {@link #evaluate} and
     * {@link #compile}: {@code "prev(name)"}, which no variable name can be.
     *
     * @param name a variable name
     * @return {@code "prev(name)"}
     */
    public static String previousKey(String name) {
        return PREV + "(" + name + ")";
    }

    /**
     * The expression re-written with single spaces around binary operators and only the parentheses the
     * precedence rules need, e.g. {@code "a+(b*c)"} becomes {@code "a + b * c"}. Parsing it gives an
     * expression that evaluates identically.
     *
     * @return the canonical text
     */
    public String canonical() {
        return Printer.print(root);
    }

    /**
     * The value for one set of variable values ({@code prev(x)} is asked for as {@code "prev(x)"}). Only the branch of an {@code if} that is taken is
     * evaluated, so {@code values} may be asked for fewer names than {@link #names()}.
     *
     * @param values the value of each name (and of {@code "prev(x)"})
     * @return the value
     */
    public double evaluate(ToDoubleFunction<String> values) {
        Objects.requireNonNull(values, "values");
        return ScalarEvaluator.evaluate(root, values);
    }

    /**
     * The value for the variable values in {@code values}.
     *
     * @param values name → value
     * @return the value
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
        for (NameRef ref : previous) {
            if (values.get(previousKey(ref.name())) == null) {
                throw new IllegalArgumentException("no value for '" + previousKey(ref.name()) + "' (column "
                        + ref.column() + " of '" + text + "')");
            }
        }
        return ScalarEvaluator.evaluate(root, name -> values.get(name).doubleValue());
    }

    /**
     * Compiles this expression for column-wise evaluation, reading the values of name {@code x} from
     * {@code columns[slots.get(x)]}, and those of {@code prev(x)} from {@code columns[slots.get("prev(x)")]}
     * (see {@link #previousKey(String)}). Constant sub-expressions are folded once here.
     *
     * @param slots name (or {@code "prev(x)"}) → column index
     * @return the compiled program
     * @throws IllegalArgumentException when a referenced name has no slot or a slot is negative
     */
    public ColumnProgram compile(Map<String, Integer> slots) {
        Objects.requireNonNull(slots, "slots");
        List<String> keys = new ArrayList<>();
        for (NameRef ref : references) {
            keys.add(checkSlot(slots, ref.name(), ref));
        }
        for (NameRef ref : previous) {
            keys.add(checkSlot(slots, previousKey(ref.name()), ref));
        }
        return new ColumnProgram(this, Compiler.compile(root, keys, slots));
    }

    private String checkSlot(Map<String, Integer> slots, String key, NameRef ref) {
        Integer slot = slots.get(key);
        if (slot == null) {
            throw new IllegalArgumentException("no slot for '" + key + "' (column " + ref.column()
                    + " of '" + text + "'); slots are given for " + new java.util.TreeSet<>(slots.keySet()));
        }
        if (slot < 0) {
            throw new IllegalArgumentException("slot for '" + key + "' is " + slot + "; slots must be >= 0");
        }
        return key;
    }

    /**
     * {@link #compile(Map)} with the slot of each name its index in {@code slotNames}.
     *
     * @param slotNames the names in slot order
     * @return the compiled program
     * @throws IllegalArgumentException when a name appears twice
     */
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

    SyntaxNode root() {
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

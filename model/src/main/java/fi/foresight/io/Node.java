package fi.foresight.io;

import java.util.List;
import java.util.Map;

/**
 * A value read from a model or job file together with where it was written: a small tree of mappings, lists and
 * scalars. Jackson's own tree forgets positions, so {@link TreeReader} builds this one while it reads tokens; both
 * the model loader and the job reader walk it and report each problem at the value's place.
 *
 * <pre>{@code
 * Node root = TreeReader.read(text, false, TreeRules.MODEL, problems, broken);
 * if (root instanceof Node.Mapping m && m.entries().get("model") != null) { ... }
 * }</pre>
 */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    /**
     * Where the value starts.
     *
     * @return the position of the value's first character
     */
    Loc loc();

    /**
     * Where the value ends: just after a scalar, at the closing token of a list or mapping (for a block value, the
     * next token after it).
     *
     * @return the position after the value
     */
    Loc end();

    /**
     * How many values this node stands for, nested values and alias expansions included.
     *
     * @return at least 1
     */
    long size();

    /**
     * A short description of the node's kind for "expected …, got …" messages.
     *
     * @return {@code a mapping}, {@code a list}, {@code nothing} or the scalar's text in quotes (cut at 40 characters)
     */
    String describe();

    /**
     * A place in the file.
     *
     * @param line   1-based line
     * @param column 1-based column
     * @param offset 0-based character offset from the start of the text (for cutting a value out of the text)
     */
    record Loc(int line, int column, long offset) {
        /** The start of a file. */
        public static final Loc START = new Loc(1, 1, 0);

        /**
         * A place known by line and column only (offset 0).
         *
         * @param line   1-based line
         * @param column 1-based column
         */
        public Loc(int line, int column) {
            this(line, column, 0);
        }

        /** {@code line:column}. */
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /**
     * One key of a mapping: the key's own position and its value.
     *
     * @param key    the key as written
     * @param keyLoc where the key is written
     * @param value  the key's value
     */
    record Entry(String key, Loc keyLoc, Node value) {
    }

    /**
     * A mapping, keys in file order.
     *
     * @param entries the keys and their values, in file order (each key once)
     * @param loc     where the mapping starts
     * @param end     where it ends
     * @param size    how many values it stands for, itself included
     */
    record Mapping(Map<String, Entry> entries, Loc loc, Loc end, long size) implements Node {
        /** {@code a mapping}. */
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /**
     * A list.
     *
     * @param items the items in file order
     * @param loc   where the list starts
     * @param end   where it ends
     * @param size  how many values it stands for, itself included
     */
    record Sequence(List<Node> items, Loc loc, Loc end, long size) implements Node {
        /** {@code a list}. */
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A single value.
     *
     * @param text   the value as written (numbers in their written form)
     * @param kind   what the parser made of it
     * @param number the value of a number, NaN for other kinds
     * @param whole  true for a number the parser read as a whole number (written without point or exponent)
     * @param loc    where the value starts
     * @param end    where it ends
     */
    record Scalar(String text, Kind kind, double number, boolean whole, Loc loc, Loc end) implements Node {
        /** What a scalar holds. */
        public enum Kind {
            /** Text (a quoted value, or a plain one that is no number, boolean or null). */
            TEXT,
            /** A number; {@link Scalar#whole()} tells whole numbers from others. */
            NUMBER,
            /** {@code true} or {@code false}. */
            BOOLEAN,
            /** Nothing: {@code null}, {@code ~} or no value at all. */
            NULL
        }

        /**
         * Nothing written at a place.
         *
         * @param loc where the value would start
         * @param end where it ends
         * @return a scalar of kind {@link Kind#NULL}
         */
        public static Scalar nothing(Loc loc, Loc end) {
            return new Scalar("", Kind.NULL, Double.NaN, false, loc, end);
        }

        /** Always 1. */
        @Override
        public long size() {
            return 1;
        }

        /** {@code nothing} or the text in quotes, cut at 40 characters, line breaks shown as {@code \n}. */
        @Override
        public String describe() {
            if (kind == Kind.NULL) {
                return "nothing";
            }
            String t = text.length() > 40 ? text.substring(0, 37) + "..." : text;
            return "'" + t.replace("\n", "\\n") + "'";
        }
    }
}

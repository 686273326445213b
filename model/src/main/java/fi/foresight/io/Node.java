package fi.foresight.io;

import java.util.List;
import java.util.Map;

/**
 * A value read from a model file together with where it was written: a small tree of mappings, lists and
 * scalars. Jackson's own tree forgets positions, so the loader builds this one while it reads tokens.
 */
sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    /** Where the value starts. */
    Loc loc();

    /** How many values this node stands for, nested values and alias expansions included. */
    long size();

    /** A short description of the node's kind for "expected …, got …" messages. */
    String describe();

    /** 1-based line and column in the file. */
    record Loc(int line, int column) {
        static final Loc START = new Loc(1, 1);
    }

    /** One key of a mapping: the key's own position and its value. */
    record Entry(String key, Loc keyLoc, Node value) {
    }

    /** A mapping, keys in file order. */
    record Mapping(Map<String, Entry> entries, Loc loc, long size) implements Node {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list. */
    record Sequence(List<Node> items, Loc loc, long size) implements Node {
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
     */
    record Scalar(String text, Kind kind, double number, Loc loc) implements Node {
        /** What a scalar holds. */
        enum Kind { TEXT, NUMBER, BOOLEAN, NULL }

        @Override
        public long size() {
            return 1;
        }

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

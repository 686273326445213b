package fi.foresight.job;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fi.foresight.io.PlainText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A job file read into a small tree that remembers where every value was written (Jackson's own tree forgets
 * positions). Mirrors the shape of the model loader's tree in {@code fi.foresight.io} so the two can merge
 * once that one is public.
 */
final class YamlTree {
    /** Deepest nesting a job file may have. */
    static final int MAX_DEPTH = 64;
    /** Most values (scalars, lists and mappings) a job file may hold. */
    static final int MAX_VALUES = 100_000;

    private YamlTree() {
    }

    /** 1-based line and column, plus the character offset (for cutting out an inline model). */
    record Loc(int line, int column, long offset) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    sealed interface Node permits Mapping, Sequence, Scalar {
        Loc loc();

        /** Where the value ends (the position just after it, or of the next token for block values). */
        Loc end();

        String describe();
    }

    record Entry(String key, Loc keyLoc, Node value) {
    }

    record Mapping(Map<String, Entry> entries, Loc loc, Loc end) implements Node {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<Node> items, Loc loc, Loc end) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    enum Kind { TEXT, INTEGER, NUMBER, BOOLEAN, NULL }

    record Scalar(String text, Kind kind, Loc loc, Loc end) implements Node {
        @Override
        public String describe() {
            if (kind == Kind.NULL) {
                return "nothing";
            }
            String t = text.length() > 40 ? text.substring(0, 37) + "..." : text;
            return "'" + t.replace("\n", "\\n") + "'";
        }
    }

    /** A syntax error, with its place. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final Loc loc;

        SyntaxError(Loc loc, String message) {
            super(message);
            this.loc = loc;
        }
    }

    static Node parse(String text) throws SyntaxError {
        PlainText.Finding plain = PlainText.scan(text, true);
        if (plain != null) {
            throw new SyntaxError(new Loc(plain.line(), plain.column(), 0), plain.message());
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(true); // reported below, at the second key
        options.setNestingDepthLimit(MAX_DEPTH);
        // the builder leaves this off (unlike new YAMLFactory()): 'model:' with nothing after it is null, not ''
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
        try (JsonParser p = factory.createParser(text)) {
            var reader = new Reader(p);
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Scalar("", Kind.NULL, new Loc(1, 1, 0), new Loc(1, 1, 0));
            }
            Node root = reader.value(first, 0);
            if (p.nextToken() != null) {
                throw new SyntaxError(reader.here(), "more than one YAML document; a job file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException m && m.getContextMark() != null && longKey(m)) {
                var mark = m.getContextMark();
                throw new SyntaxError(new Loc(mark.getLine() + 1, mark.getColumn() + 1, mark.getIndex()),
                        "a key of more than 1000 characters; job files have short keys such as 'analyses'");
            }
            if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                var mark = m.getProblemMark();
                String what = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
                throw new SyntaxError(new Loc(mark.getLine() + 1, mark.getColumn() + 1, mark.getIndex()),
                        "not valid YAML: " + what.replace('\n', ' '));
            }
            var l = e.getLocation();
            String msg = e.getOriginalMessage() == null ? "malformed text" : e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            msg = nl > 0 ? msg.substring(0, nl) : msg;
            if (msg.startsWith("Expected a field name")) {
                msg = "a key must be plain text such as 'title'; complex keys ({[a]: b}, ? [a, b]) are not supported";
            }
            if (msg.contains("ALLOW_") || msg.contains("StreamReadConstraints") || msg.contains("Number value length")) {
                msg = "a number or value the format does not allow; write plain numbers of at most 100 characters";
            }
            throw new SyntaxError(l == null ? new Loc(1, 1, 0) : new Loc(Math.max(1, l.getLineNr()),
                    Math.max(1, l.getColumnNr()), Math.max(0, l.getCharOffset())), "not valid YAML: " + msg);
        } catch (IOException e) {
            throw new SyntaxError(new Loc(1, 1, 0), "cannot read: " + e.getMessage());
        }
    }

    /** SnakeYAML's "could not find expected ':'" for a key longer than it reads (1024 characters). */
    private static boolean longKey(MarkedYAMLException m) {
        return "while scanning a simple key".equals(m.getContext()) && m.getProblemMark() != null
                && m.getProblemMark().getIndex() - m.getContextMark().getIndex() > 1000;
    }

    private static final class Reader {
        private final JsonParser p;
        private final Map<String, Node> anchors = new java.util.HashMap<>();
        private final Map<Node, Integer> sizes = new java.util.IdentityHashMap<>();
        private int count;

        Reader(JsonParser p) {
            this.p = p;
        }

        Loc here() {
            var l = p.currentTokenLocation();
            return new Loc(l.getLineNr(), l.getColumnNr(), l.getCharOffset());
        }

        Loc after() {
            var l = p.currentLocation();
            return new Loc(l.getLineNr(), l.getColumnNr(), l.getCharOffset());
        }

        Node value(JsonToken t, int depth) throws IOException, SyntaxError {
            if (++count > MAX_VALUES) {
                throw new SyntaxError(here(), "the file holds more than " + MAX_VALUES + " values; a job file is "
                        + "much smaller (anchors and aliases expanding into many values are refused)");
            }
            if (depth > MAX_DEPTH) {
                throw new SyntaxError(here(), "values nested deeper than " + MAX_DEPTH + " levels");
            }
            Loc loc = here();
            String anchor = null;
            if (p instanceof YAMLParser y) {
                String tag = PlainText.tagProblem(y.getTypeId(), "job files");
                if (tag != null) {
                    throw new SyntaxError(loc, tag);
                }
                if (y.isCurrentAlias()) {
                    return alias(y.getText(), loc);
                }
                anchor = y.getObjectId();
            }
            int before = count;
            Node n = plainValue(t, depth, loc);
            if (anchor != null) {
                anchors.put(anchor, n);
                sizes.put(n, count - before + 1);
            }
            return n;
        }

        /** The value an alias repeats, counted again towards {@link #MAX_VALUES}. */
        private Node alias(String name, Loc loc) throws SyntaxError {
            Node target = anchors.get(name);
            if (target == null) {
                // the parser keeps anchors of lists and mappings only, as in model files
                throw new SyntaxError(loc, "alias '*" + name + "' is not defined: no list or mapping before it "
                        + "carries the anchor '&" + name + "'; define the anchor first or write the value out");
            }
            count += sizes.get(target) - 1;
            if (count > MAX_VALUES) {
                throw new SyntaxError(loc, "the file holds more than " + MAX_VALUES + " values; a job file is "
                        + "much smaller (anchors and aliases expanding into many values are refused)");
            }
            return target;
        }

        private Node plainValue(JsonToken t, int depth, Loc loc) throws IOException, SyntaxError {
            switch (t) {
                case START_OBJECT: {
                    Map<String, Entry> entries = new LinkedHashMap<>();
                    JsonToken k;
                    while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        Loc keyLoc = here();
                        String keyProblem = PlainText.keyProblem(key);
                        if (keyProblem != null) {
                            throw new SyntaxError(keyLoc, keyProblem);
                        }
                        Node v = value(p.nextToken(), depth + 1);
                        if (entries.containsKey(key)) {
                            throw new SyntaxError(keyLoc, "key '" + key + "' appears twice in one mapping");
                        }
                        entries.put(key, new Entry(key, keyLoc, v));
                    }
                    return new Mapping(entries, loc, here());
                }
                case START_ARRAY: {
                    List<Node> items = new ArrayList<>();
                    JsonToken n;
                    while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
                        items.add(value(n, depth + 1));
                    }
                    return new Sequence(items, loc, here());
                }
                case VALUE_STRING: {
                    String problem = PlainText.textProblem(p.getText(), false);
                    if (problem != null) {
                        throw new SyntaxError(loc, problem);
                    }
                    return new Scalar(p.getText(), Kind.TEXT, loc, after());
                }
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return number(p.getText(), t == JsonToken.VALUE_NUMBER_INT, loc);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return new Scalar(p.getText(), Kind.BOOLEAN, loc, after());
                case VALUE_NULL:
                    return new Scalar("", Kind.NULL, loc, after());
                default:
                    throw new SyntaxError(loc, "binary and other special values are not allowed; write plain text "
                            + "or a number");
            }
        }

        /** A number as written; YAML's .nan and .inf are kept as text (no option takes them). */
        private Scalar number(String text, boolean integer, Loc loc) throws SyntaxError {
            if (text.length() > 100) {
                throw new SyntaxError(loc, "a number of " + text.length() + " characters; write it with fewer "
                        + "digits (e.g. 1.5e300)");
            }
            try {
                Double.parseDouble(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return new Scalar(text, Kind.TEXT, loc, after());
            }
            return new Scalar(text, integer ? Kind.INTEGER : Kind.NUMBER, loc, after());
        }
    }
}

package fi.foresight.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fi.foresight.io.Node.Entry;
import fi.foresight.io.Node.Loc;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Sequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML or JSON text token by token into a {@link Node} tree that remembers positions; model files and job
 * files alike, each kind with its {@link TreeRules}. Control characters and overlong words (checked before
 * parsing, {@link PlainText#scan}), duplicate keys, YAML aliases (expanded by sharing, within a budget of values),
 * tags and nesting depth are checked here; syntax errors become problems with their position. Nothing in a file
 * can construct an object other than maps, lists, strings, numbers and booleans.
 *
 * <pre>{@code
 * var problems = new Problems("job.yaml");
 * Node root = TreeReader.read(text, false, rules, problems, new HashSet<>());   // null: see problems
 * }</pre>
 */
public final class TreeReader {
    private final JsonParser parser;
    private final TreeRules rules;
    private final Problems problems;
    private final Map<String, Node> anchors = new HashMap<>();
    private final Set<String> broken;
    private long values;

    /** Thrown to stop reading a file that exceeds a limit; the problem is already recorded. */
    private static final class Abort extends Exception {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private TreeReader(JsonParser parser, TreeRules rules, Problems problems, Set<String> broken) {
        this.parser = parser;
        this.rules = rules;
        this.problems = problems;
        this.broken = broken;
    }

    /**
     * Reads a file's text into its tree.
     *
     * @param text     the file's text (without a byte-order mark)
     * @param json     true to read JSON, false for YAML
     * @param rules    what the kind of file allows and how its problems are worded
     * @param problems where every problem found is recorded, each at its place
     * @param broken   receives the paths whose value is unusable (an unknown alias, a refused tag), so later
     *                 checks do not report them again
     * @return the root, or null when the text could not be read (the reason is in {@code problems}); with
     *         {@link TreeRules#firstProblemOnly()} also null after any problem
     */
    public static Node read(String text, boolean json, TreeRules rules, Problems problems, Set<String> broken) {
        PlainText.Finding plain = PlainText.scan(text, !json);
        if (plain != null) {
            problems.add(new Loc(plain.line(), plain.column()), "", plain.message());
            return null;
        }
        try (JsonParser p = rules.parser(text, json)) {
            return new TreeReader(p, rules, problems, broken).root();
        } catch (IOException | YAMLException e) {
            rules.syntaxError(e, text, json, problems);
        } catch (Abort e) {
            // already recorded
        }
        return null;
    }

    private Node root() throws IOException, Abort {
        JsonToken t = parser.nextToken();
        if (t == null) {
            if (rules.emptyFile() == null) {
                return Scalar.nothing(Loc.START, Loc.START);
            }
            problem(Loc.START, "", rules.emptyFile());
            return null;
        }
        Node root = value("", 0);
        JsonToken more = parser.nextToken();
        if (more != null) {
            problem(here(), "", rules.secondDocument());
        }
        return root;
    }

    /** Records a problem; stops reading when the rules say so. */
    private void problem(Loc loc, String path, String message) throws Abort {
        if (rules.firstProblemOnly()) {
            problems.add(loc, "", message);
            throw new Abort();
        }
        problems.add(loc, path, message);
    }

    private Node value(String path, int depth) throws IOException, Abort {
        JsonToken t = parser.currentToken();
        Loc loc = here();
        if (depth > rules.maxDepth()) {
            problem(loc, path, rules.tooDeep());
            throw new Abort();
        }
        String anchor = null;
        if (parser instanceof YAMLParser y) {
            Object id = y.getObjectId();
            anchor = id == null ? null : id.toString();
            String tag = PlainText.tagProblem(y.getTypeId(), rules.files());
            if (tag != null) {
                broken.add(path);
                problem(loc, path, tag);
            }
            if (y.isCurrentAlias()) {
                return alias(y.getText(), path, loc);
            }
        }
        Node n;
        if (t == JsonToken.START_OBJECT) {
            n = mapping(path, depth, loc);
        } else if (t == JsonToken.START_ARRAY) {
            n = sequence(path, depth, loc);
        } else {
            n = scalar(t, path, loc);
        }
        if (anchor != null) {
            anchors.put(anchor, n);
        }
        return n;
    }

    private Mapping mapping(String path, int depth, Loc loc) throws IOException, Abort {
        count(1, path, loc);
        var entries = new LinkedHashMap<String, Entry>();
        long size = 1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Loc keyLoc = here();
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (parser instanceof YAMLParser y && y.isCurrentAlias() && rules.aliasAsKey(key) != null) {
                problem(keyLoc, path, rules.aliasAsKey(key));
            }
            String keyProblem = rules.checksTextAsRead() ? PlainText.keyProblem(key) : null;
            if (keyProblem != null) {
                problem(keyLoc, childPath, keyProblem);
            }
            parser.nextToken();
            Node v = value(childPath, depth + 1);
            size += v.size();
            Entry first = entries.get(key);
            if (first != null) {
                problem(keyLoc, childPath, rules.duplicateKey(key, first.keyLoc().line()));
            } else {
                entries.put(key, new Entry(key, keyLoc, v));
            }
        }
        return new Mapping(Collections.unmodifiableMap(entries), loc, here(), size);
    }

    private Sequence sequence(String path, int depth, Loc loc) throws IOException, Abort {
        count(1, path, loc);
        var items = new ArrayList<Node>();
        long size = 1;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Node v = value(path + "[" + items.size() + "]", depth + 1);
            size += v.size();
            items.add(v);
        }
        return new Sequence(List.copyOf(items), loc, here(), size);
    }

    private Scalar scalar(JsonToken t, String path, Loc loc) throws IOException, Abort {
        count(1, path, loc);
        switch (t) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(parser.getText(), t == JsonToken.VALUE_NUMBER_INT, path, loc);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Scalar(parser.getText(), Scalar.Kind.BOOLEAN, Double.NaN, false, loc, after());
            case VALUE_NULL:
                return Scalar.nothing(loc, after());
            case VALUE_STRING:
                String text = parser.getText();
                String problem = rules.checksTextAsRead() ? PlainText.textProblem(text, false) : null;
                if (problem != null) {
                    problem(loc, path, problem);
                }
                return text.isEmpty() && !rules.quotedEmptyIsText() ? Scalar.nothing(loc, after())
                        : new Scalar(text, Scalar.Kind.TEXT, Double.NaN, false, loc, after());
            default:
                if (broken.contains(path)) {
                    return Scalar.nothing(loc, after());
                }
                broken.add(path);
                problem(loc, path, rules.specialValue());
                return Scalar.nothing(loc, after());
        }
    }

    /** A number as the parser saw it (see {@link TreeRules#yamlNumbers()}); text that is no number stays text. */
    private Scalar number(String text, boolean whole, String path, Loc loc) throws Abort {
        if (!rules.yamlNumbers()) {
            if (text.length() > 100) {
                problem(loc, path, rules.longNumber(text.length()));
            }
            try {
                double d = Double.parseDouble(text.replace("_", ""));
                return new Scalar(text, Scalar.Kind.NUMBER, d, whole, loc, after());
            } catch (NumberFormatException e) {
                return new Scalar(text, Scalar.Kind.TEXT, Double.NaN, false, loc, after());
            }
        }
        String t = text.toLowerCase(Locale.ROOT);
        String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (unsigned.equals(".inf")) {
            return new Scalar(text, Scalar.Kind.NUMBER, t.startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY, whole, loc, after());
        }
        if (unsigned.equals(".nan")) {
            return new Scalar(text, Scalar.Kind.NUMBER, Double.NaN, whole, loc, after());
        }
        try {
            return new Scalar(text, Scalar.Kind.NUMBER, parser.getDoubleValue(), whole, loc, after());
        } catch (IOException | RuntimeException e) {
            try {
                return new Scalar(text, Scalar.Kind.NUMBER, Double.parseDouble(text.replace("_", "")), whole, loc,
                        after());
            } catch (NumberFormatException e2) {
                return new Scalar(text, Scalar.Kind.TEXT, Double.NaN, false, loc, after());
            }
        }
    }

    private Node alias(String name, String path, Loc loc) throws Abort {
        Node target = anchors.get(name);
        if (target == null) {
            broken.add(path);
            problem(loc, path, rules.unknownAlias(name));
            return Scalar.nothing(loc, after());
        }
        count(target.size(), path, loc);
        return target;
    }

    private void count(long n, String path, Loc loc) throws Abort {
        values += n;
        if (values > rules.maxValues()) {
            problem(loc, path, rules.tooManyValues());
            throw new Abort();
        }
    }

    /** Where the current token starts. */
    private Loc here() {
        return loc(parser.currentTokenLocation());
    }

    /** Where the parser is: just after the current token. */
    private Loc after() {
        return loc(parser.currentLocation());
    }

    /**
     * A parser's location as a {@link Loc}; the start of the file when it has none.
     *
     * @param l a location from the parser, or null
     * @return line, column (both at least 1) and character offset
     */
    public static Loc loc(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? Loc.START
                : new Loc(l.getLineNr(), Math.max(1, l.getColumnNr()), Math.max(0, l.getCharOffset()));
    }

    /**
     * Whether SnakeYAML's "could not find expected ':'" is about a key longer than it reads (1024 characters).
     *
     * @param m the parser's error
     * @return true when the error is a key of more than 1000 characters
     */
    public static boolean longKey(MarkedYAMLException m) {
        Mark start = m.getContextMark();
        Mark end = m.getProblemMark();
        return start != null && end != null && "while scanning a simple key".equals(m.getContext())
                && end.getIndex() - start.getIndex() > 1000;
    }
}

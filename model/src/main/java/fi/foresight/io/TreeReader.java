package fi.foresight.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fi.foresight.io.Node.Entry;
import fi.foresight.io.Node.Loc;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Sequence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads YAML or JSON text token by token into a {@link Node} tree that remembers positions. Duplicate keys,
 * YAML aliases (expanded by sharing, within a budget), tags and nesting depth are checked here; syntax errors
 * become problems with their position. Nothing in a file can construct an object other than maps, lists,
 * strings, numbers and booleans.
 */
final class TreeReader {
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(ModelFiles.MAX_DEPTH + 10).maxNumberLength(100)
            .maxStringLength(ModelFiles.MAX_BYTES + 1).build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS).build();

    private final JsonParser parser;
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

    private TreeReader(JsonParser parser, Problems problems, Set<String> broken) {
        this.parser = parser;
        this.problems = problems;
        this.broken = broken;
    }

    private static LoaderOptions loaderOptions() {
        var o = new LoaderOptions();
        o.setCodePointLimit(ModelFiles.MAX_BYTES + 1);
        o.setNestingDepthLimit(ModelFiles.MAX_DEPTH + 10);
        o.setAllowRecursiveKeys(false);
        o.setProcessComments(false);
        return o;
    }

    /**
     * The root of {@code text}, or null when it could not be read (the reason is in {@code problems}). Paths whose
     * value is unusable (an unknown alias, a refused tag) are added to {@code broken}.
     */
    static Node read(String text, boolean json, Problems problems, Set<String> broken) {
        try (JsonParser p = json ? JSON.createParser(text) : YAML.createParser(text)) {
            return new TreeReader(p, problems, broken).root();
        } catch (JsonProcessingException e) {
            syntax(e, json, problems, text);
        } catch (YAMLException e) {
            yamlSyntax(e, null, problems);
        } catch (IOException e) {
            problems.addWhole("cannot read the text: " + e.getMessage());
        } catch (Abort e) {
            // already recorded
        }
        return null;
    }

    private Node root() throws IOException, Abort {
        JsonToken t = parser.nextToken();
        if (t == null) {
            problems.add(Loc.START, "", "the file is empty; a model needs at least 'model:' and 'variables:'");
            return null;
        }
        Node root = value("", 0);
        JsonToken more = parser.nextToken();
        if (more != null) {
            problems.add(loc(parser.currentTokenLocation()), "", "a model file holds one document; "
                    + "remove what follows the model (a second '---' document or stray text)");
        }
        return root;
    }

    private Node value(String path, int depth) throws IOException, Abort {
        JsonToken t = parser.currentToken();
        Loc loc = loc(parser.currentTokenLocation());
        if (depth > ModelFiles.MAX_DEPTH) {
            problems.add(loc, path, "values are nested more than " + ModelFiles.MAX_DEPTH
                    + " levels deep; a model file needs only a few levels");
            throw new Abort();
        }
        String anchor = null;
        if (parser instanceof YAMLParser y) {
            Object id = y.getObjectId();
            anchor = id == null ? null : id.toString();
            checkTag(y, path, loc);
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
            Loc keyLoc = loc(parser.currentTokenLocation());
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
                problems.add(keyLoc, path, "an alias (*" + key + ") cannot be a key; write the key out");
            }
            parser.nextToken();
            Node v = value(childPath, depth + 1);
            size += v.size();
            Entry first = entries.get(key);
            if (first != null) {
                problems.add(keyLoc, childPath, "duplicate key '" + key + "' (first at line "
                        + first.keyLoc().line() + "); each key may appear once in a mapping");
            } else {
                entries.put(key, new Entry(key, keyLoc, v));
            }
        }
        return new Mapping(java.util.Collections.unmodifiableMap(entries), loc, size);
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
        return new Sequence(List.copyOf(items), loc, size);
    }

    private Scalar scalar(JsonToken t, String path, Loc loc) throws IOException, Abort {
        count(1, path, loc);
        switch (t) {
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(parser.getText(), loc);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Scalar(parser.getText(), Scalar.Kind.BOOLEAN, Double.NaN, loc);
            case VALUE_NULL:
                return new Scalar("", Scalar.Kind.NULL, Double.NaN, loc);
            case VALUE_STRING:
                String text = parser.getText();
                return text.isEmpty() ? new Scalar("", Scalar.Kind.NULL, Double.NaN, loc)
                        : new Scalar(text, Scalar.Kind.TEXT, Double.NaN, loc);
            default:
                if (broken.contains(path)) {
                    return new Scalar("", Scalar.Kind.NULL, Double.NaN, loc);
                }
                broken.add(path);
                problems.add(loc, path, "binary and other special values are not supported; write plain text or "
                        + "a number");
                return new Scalar("", Scalar.Kind.NULL, Double.NaN, loc);
        }
    }

    /** A number as the parser saw it; YAML's .inf and .nan included, text that is no number stays text. */
    private Scalar number(String text, Loc loc) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (unsigned.equals(".inf")) {
            return new Scalar(text, Scalar.Kind.NUMBER, t.startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY, loc);
        }
        if (unsigned.equals(".nan")) {
            return new Scalar(text, Scalar.Kind.NUMBER, Double.NaN, loc);
        }
        try {
            return new Scalar(text, Scalar.Kind.NUMBER, parser.getDoubleValue(), loc);
        } catch (IOException | RuntimeException e) {
            try {
                return new Scalar(text, Scalar.Kind.NUMBER, Double.parseDouble(text.replace("_", "")), loc);
            } catch (NumberFormatException e2) {
                return new Scalar(text, Scalar.Kind.TEXT, Double.NaN, loc);
            }
        }
    }

    private Node alias(String name, String path, Loc loc) throws Abort {
        Node target = anchors.get(name);
        if (target == null) {
            broken.add(path);
            problems.add(loc, path, "alias *" + name + " refers to no anchor &" + name
                    + " defined before it; define the anchor first (it cannot refer to a value that contains it)");
            return new Scalar("", Scalar.Kind.NULL, Double.NaN, loc);
        }
        count(target.size(), path, loc);
        return target;
    }

    private void count(long n, String path, Loc loc) throws Abort {
        values += n;
        if (values > ModelFiles.MAX_VALUES) {
            problems.add(loc, path, "the file holds more than " + ModelFiles.MAX_VALUES + " values (counting each "
                    + "repetition through a YAML alias); a model needs far fewer: check for an alias bomb or move bulk "
                    + "data out of the model");
            throw new Abort();
        }
    }

    private void checkTag(YAMLParser y, String path, Loc loc) throws IOException {
        String problem = PlainText.tagProblem(y.getTypeId(), "model files");
        if (problem != null) {
            broken.add(path);
            problems.add(loc, path, problem);
        }
    }

    private static Loc loc(JsonLocation l) {
        return l == null || l.getLineNr() < 1 ? Loc.START : new Loc(l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static void syntax(JsonProcessingException e, boolean json, Problems problems, String text) {
        if (!json && e.getCause() instanceof YAMLException y) {
            yamlSyntax(y, e.getLocation(), problems);
            return;
        }
        String msg = e.getOriginalMessage();
        msg = msg == null ? "malformed text" : msg.lines().findFirst().orElse("").trim();
        String plain = plainNumberProblem(msg);
        if (plain != null) {
            Loc at = plain.startsWith("a number with more than") ? find(text, "[-+0-9.eE]{101}")
                    : plain.startsWith("a key of more than") ? find(text, "\"[^\"\\\\]{50001}") : loc(e.getLocation());
            problems.add(at, "", plain);
            return;
        }
        // the parser quotes the word it stumbled on ("Unrecognized token 'root'"): never repeat the file's text
        msg = msg.replaceFirst("^Unrecognized token '.*?': ", "Unrecognized word: ");
        if (!json && msg.startsWith("Expected a field name")) {
            problems.add(loc(e.getLocation()), "", "YAML syntax error: a key must be plain text; complex keys "
                    + "(? [a, b]) and aliases used as keys are not supported");
            return;
        }
        problems.add(loc(e.getLocation()), "", (json ? "JSON" : "YAML") + " syntax error: " + msg
                + "; check brackets, commas, colons and quotes near here");
    }

    /** Where {@code regex} first matches in {@code text}: for limits whose error the parser gives no place. */
    private static Loc find(String text, String regex) {
        var m = java.util.regex.Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            return Loc.START;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Loc(line, m.start() - lineStart + 1);
    }

    /** SnakeYAML's "could not find expected ':'" for a key longer than it reads (1024 characters). */
    static boolean longKey(MarkedYAMLException m) {
        Mark start = m.getContextMark();
        Mark end = m.getProblemMark();
        return start != null && end != null && "while scanning a simple key".equals(m.getContext())
                && end.getIndex() - start.getIndex() > 1000;
    }

    /**
     * A number the JSON parser refused, in plain words (its own message names parser settings): NaN and
     * Infinity, too many digits, leading zeros. Null for other problems.
     */
    static String plainNumberProblem(String msg) {
        if (msg.contains("NaN") || msg.contains("Infinity") || msg.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not numbers a file may hold; write a finite number";
        }
        if (msg.contains("getMaxNumberLength") || msg.startsWith("Number value length")) {
            return "a number with more than 100 characters; write it with fewer digits (e.g. 1.5e300)";
        }
        if (msg.contains("Leading zeroes not allowed") || msg.contains("ALLOW_LEADING_ZEROS")) {
            return "a number with a leading zero; write it without (7, not 007), or quote it if it is text";
        }
        if (msg.contains("getMaxNameLength") || msg.startsWith("Name length")) {
            return "a key of more than 50000 characters; keys have at most " + PlainText.MAX_KEY_CHARS
                    + " characters (ids at most 64)";
        }
        if (msg.contains("ALLOW_") || msg.contains("StreamReadConstraints") || msg.contains("JsonReadFeature")) {
            return "a value the JSON format does not allow here; check the quotes and the number near here";
        }
        return null;
    }

    private static void yamlSyntax(YAMLException e, JsonLocation fallback, Problems problems) {
        Loc loc = loc(fallback);
        String msg;
        if (e instanceof MarkedYAMLException m && longKey(m)) {
            Mark start = m.getContextMark();
            problems.add(new Loc(start.getLine() + 1, start.getColumn() + 1), "", "a key of more than 1000 characters; "
                    + "keys are ids and names of at most " + PlainText.MAX_KEY_CHARS + " characters (ids at most 64)");
            return;
        }
        if (e instanceof MarkedYAMLException m) {
            Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
            if (mark != null) {
                loc = new Loc(mark.getLine() + 1, mark.getColumn() + 1);
            }
            msg = m.getProblem() == null ? "malformed YAML" : m.getProblem().trim();
            if (m.getContext() != null) {
                msg += " (" + m.getContext().trim() + ")";
            }
        } else {
            msg = e.getMessage() == null ? "malformed YAML" : e.getMessage().lines().findFirst().orElse("").trim();
        }
        String hint = msg.contains("mapping values are not allowed")
                ? "; quote a value that contains ': ', or fix the indentation"
                : "; check indentation, colons, brackets and quotes near here";
        problems.add(loc, "", "YAML syntax error: " + msg + hint);
    }
}

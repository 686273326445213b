package fi.foresight.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.foresight.io.Node.Loc;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The rules of model files for {@link TreeReader}: every problem of a file is reported, YAML or JSON, within
 * {@link ModelFiles#MAX_BYTES}, {@link ModelFiles#MAX_DEPTH} and {@link ModelFiles#MAX_VALUES}; syntax errors in
 * the model's words ("YAML syntax error: …; check …").
 */
final class ModelTreeRules implements TreeRules {
    /** The one instance. */
    static final ModelTreeRules RULES = new ModelTreeRules();

    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(ModelFiles.MAX_DEPTH + 10).maxNumberLength(100)
            .maxStringLength(ModelFiles.MAX_BYTES + 1).build();
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions())
            .streamReadConstraints(CONSTRAINTS).build();

    private ModelTreeRules() {
    }

    private static LoaderOptions loaderOptions() {
        var o = new LoaderOptions();
        o.setCodePointLimit(ModelFiles.MAX_BYTES + 1);
        o.setNestingDepthLimit(ModelFiles.MAX_DEPTH + 10);
        o.setAllowRecursiveKeys(false);
        o.setProcessComments(false);
        return o;
    }

    @Override
    public String files() {
        return "model files";
    }

    @Override
    public int maxDepth() {
        return ModelFiles.MAX_DEPTH;
    }

    @Override
    public long maxValues() {
        return ModelFiles.MAX_VALUES;
    }

    @Override
    public JsonParser parser(String text, boolean json) throws IOException {
        return json ? JSON.createParser(text) : YAML.createParser(text);
    }

    @Override
    public boolean firstProblemOnly() {
        return false;
    }

    @Override
    public boolean checksTextAsRead() {
        return false; // TextFields checks them after, knowing which keys hold labels
    }

    @Override
    public boolean yamlNumbers() {
        return true;
    }

    @Override
    public boolean quotedEmptyIsText() {
        return false;
    }

    @Override
    public String emptyFile() {
        return "the file is empty; a model needs at least 'model:' and 'variables:'";
    }

    @Override
    public String secondDocument() {
        return "a model file holds one document; remove what follows the model (a second '---' document or stray "
                + "text)";
    }

    @Override
    public String tooDeep() {
        return "values are nested more than " + ModelFiles.MAX_DEPTH + " levels deep; a model file needs only a few "
                + "levels";
    }

    @Override
    public String tooManyValues() {
        return "the file holds more than " + ModelFiles.MAX_VALUES + " values (counting each repetition through a "
                + "YAML alias); a model needs far fewer: check for an alias bomb or move bulk data out of the model";
    }

    @Override
    public String aliasAsKey(String alias) {
        return "an alias (*" + alias + ") cannot be a key; write the key out";
    }

    @Override
    public String duplicateKey(String key, int firstLine) {
        return "duplicate key '" + key + "' (first at line " + firstLine + "); each key may appear once in a mapping";
    }

    @Override
    public String unknownAlias(String name) {
        return "alias *" + name + " refers to no anchor &" + name
                + " defined before it; define the anchor first (it cannot refer to a value that contains it)";
    }

    @Override
    public String specialValue() {
        return "binary and other special values are not supported; write plain text or a number";
    }

    @Override
    public String longNumber(int length) {
        return null; // the parser's own limit (100 characters) applies, see plainNumberProblem
    }

    @Override
    public void syntaxError(Exception e, String text, boolean json, Problems problems) {
        if (e instanceof JsonProcessingException j) {
            syntax(j, json, problems, text);
        } else if (e instanceof YAMLException y) {
            yamlSyntax(y, null, problems);
        } else {
            problems.addWhole("cannot read the text: " + e.getMessage());
        }
    }

    private static Loc loc(JsonLocation l) {
        return TreeReader.loc(l);
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
        if (e instanceof MarkedYAMLException m && TreeReader.longKey(m)) {
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

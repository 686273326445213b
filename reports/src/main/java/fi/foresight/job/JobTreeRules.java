package fi.foresight.job;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import fi.foresight.io.Node.Loc;
import fi.foresight.io.PlainText;
import fi.foresight.io.Problems;
import fi.foresight.io.TreeReader;
import fi.foresight.io.TreeRules;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The rules of job files for the one tree reader ({@link TreeReader}): YAML only, at most {@link #MAX_DEPTH}
 * levels and {@link #MAX_VALUES} values, keys and texts checked as they are read, and reading stops at the first
 * problem of the text (a job file is short; its problems are then about its text, reported without a path).
 */
final class JobTreeRules implements TreeRules {
    /** Deepest nesting a job file may have. */
    static final int MAX_DEPTH = 64;
    /** Most values (scalars, lists and mappings) a job file may hold. */
    static final int MAX_VALUES = 100_000;
    /** The one instance. */
    static final JobTreeRules RULES = new JobTreeRules();

    private static final YAMLFactory YAML = factory();

    private JobTreeRules() {
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(true); // reported by the tree reader, at the second key
        options.setNestingDepthLimit(MAX_DEPTH);
        // the builder leaves this off (unlike new YAMLFactory()): 'model:' with nothing after it is null, not ''
        return YAMLFactory.builder().loaderOptions(options).enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
    }

    @Override
    public String files() {
        return "job files";
    }

    @Override
    public int maxDepth() {
        return MAX_DEPTH;
    }

    @Override
    public long maxValues() {
        return MAX_VALUES;
    }

    @Override
    public JsonParser parser(String text, boolean json) throws IOException {
        return YAML.createParser(text); // a job file in JSON is read as the YAML it also is
    }

    @Override
    public boolean firstProblemOnly() {
        return true;
    }

    @Override
    public boolean checksTextAsRead() {
        return true;
    }

    @Override
    public boolean yamlNumbers() {
        return false; // .nan and .inf stay text: no option takes them
    }

    @Override
    public boolean quotedEmptyIsText() {
        return true;
    }

    @Override
    public String emptyFile() {
        return null; // nothing: JobReader says the file is not a job file
    }

    @Override
    public String secondDocument() {
        return "more than one YAML document; a job file holds one";
    }

    @Override
    public String tooDeep() {
        return "values nested deeper than " + MAX_DEPTH + " levels";
    }

    @Override
    public String tooManyValues() {
        return "the file holds more than " + MAX_VALUES + " values; a job file is much smaller (anchors and aliases "
                + "expanding into many values are refused)";
    }

    @Override
    public String aliasAsKey(String alias) {
        return null;
    }

    @Override
    public String duplicateKey(String key, int firstLine) {
        return "key '" + key + "' appears twice in one mapping";
    }

    @Override
    public String unknownAlias(String name) {
        // the parser keeps anchors of lists and mappings only, as in model files
        return "alias '*" + name + "' is not defined: no list or mapping before it carries the anchor '&" + name
                + "'; define the anchor first or write the value out";
    }

    @Override
    public String specialValue() {
        return "binary and other special values are not allowed; write plain text or a number";
    }

    @Override
    public String longNumber(int length) {
        return "a number of " + length + " characters; write it with fewer digits (e.g. 1.5e300)";
    }

    @Override
    public void syntaxError(Exception e, String text, boolean json, Problems problems) {
        MarkedYAMLException m = e.getCause() instanceof MarkedYAMLException c ? c
                : e instanceof MarkedYAMLException c ? c : null;
        if (m != null && m.getContextMark() != null && TreeReader.longKey(m)) {
            var mark = m.getContextMark();
            problems.add(new Loc(mark.getLine() + 1, mark.getColumn() + 1, mark.getIndex()), "",
                    "a key of more than 1000 characters; job files have short keys such as 'analyses'");
            return;
        }
        if (m != null && m.getProblemMark() != null) {
            var mark = m.getProblemMark();
            String what = (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
            problems.add(new Loc(mark.getLine() + 1, mark.getColumn() + 1, mark.getIndex()), "",
                    "not valid YAML: " + what.replace('\n', ' '));
            return;
        }
        if (!(e instanceof JsonProcessingException j)) {
            problems.add(Loc.START, "", (e instanceof IOException ? "cannot read: " : "not valid YAML: ")
                    + e.getMessage());
            return;
        }
        var l = j.getLocation();
        String msg = j.getOriginalMessage() == null ? "malformed text" : j.getOriginalMessage();
        int nl = msg.indexOf('\n');
        msg = nl > 0 ? msg.substring(0, nl) : msg;
        if (msg.startsWith("Expected a field name")) {
            msg = "a key must be plain text such as 'title'; complex keys ({[a]: b}, ? [a, b]) are not supported";
        }
        if (msg.contains("ALLOW_") || msg.contains("StreamReadConstraints") || msg.contains("Number value length")) {
            msg = "a number or value the format does not allow; write plain numbers of at most 100 characters";
        }
        problems.add(l == null ? Loc.START : new Loc(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()),
                Math.max(0, l.getCharOffset())), "", "not valid YAML: " + msg);
    }
}

package fi.foresight.io;

import fi.foresight.io.Node.Entry;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Sequence;
import java.util.Set;

/**
 * Checks every key and every text value of a model file against {@link PlainText}'s rules before the sections
 * are read, so that a control character or an oversize label fails validation at its place instead of breaking
 * a report later. Values under the keys in {@link #LABEL_KEYS} (and the model id) are labels: one line, short.
 * A refused value's path is marked broken, so nothing more is said about it (nor is it echoed).
 */
final class TextFields {
    /** Keys whose text is a label: one line of at most {@link PlainText#MAX_LABEL_CHARS} characters. */
    static final Set<String> LABEL_KEYS = Set.of("label", "label_fi", "title", "title_fi", "name", "unit", "category");

    private final Problems problems;
    private final Set<String> broken;

    private TextFields(Problems problems, Set<String> broken) {
        this.problems = problems;
        this.broken = broken;
    }

    /** Reports every refused key and text of the tree under {@code root}; refused paths are added to {@code broken}. */
    static void check(Node root, Problems problems, Set<String> broken) {
        new TextFields(problems, broken).walk(root, "", "");
    }

    private void walk(Node n, String path, String key) {
        if (n instanceof Mapping m) {
            for (Entry e : m.entries().values()) {
                String child = path.isEmpty() ? e.key() : path + "." + e.key();
                String p = PlainText.keyProblem(e.key());
                if (p != null) {
                    problems.add(e.keyLoc(), path, p);
                    broken.add(child);
                    continue;
                }
                walk(e.value(), child, e.key());
            }
        } else if (n instanceof Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                walk(s.items().get(i), path + "[" + i + "]", key);
            }
        } else if (n instanceof Scalar s && s.kind() == Scalar.Kind.TEXT) {
            boolean label = LABEL_KEYS.contains(key) || path.equals("model");
            String p = path.equals("model") && s.text().length() > 64 ? "the model id has " + s.text().length()
                    + " characters; an id has at most 64 (a letter or '_', then letters, digits or '_')"
                    : PlainText.textProblem(s.text(), label);
            if (p != null && broken.add(path)) {
                problems.add(s.loc(), path, p);
            }
        }
    }
}

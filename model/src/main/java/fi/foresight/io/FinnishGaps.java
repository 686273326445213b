package fi.foresight.io;

import fi.foresight.io.Node.Entry;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Sequence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The English texts of a model file that have no Finnish twin: every {@code label:} without a {@code label_fi:}
 * beside it (drivers, panels, outcomes, targets, scenarios, levers, events, CIB descriptors and variants, futures
 * table factors and states) and a {@code title:} without {@code title_fi:}. A job that asks for Finnish reports warns
 * about each (the Finnish report then shows the English text); they are warnings, not problems: the model is valid.
 *
 * <pre>{@code
 * List<FileProblem> gaps = FinnishGaps.of(Files.readAllBytes(file), file.toString());
 * }</pre>
 */
public final class FinnishGaps {
    private FinnishGaps() {
    }

    /**
     * The missing Finnish texts of a model file, in file order, each at its English text's key.
     *
     * @param content  the file's bytes (UTF-8); a file that cannot be read as a tree gives no gaps (its problems
     *                 are the loader's to report)
     * @param fileName the name shown in the lines and used to tell JSON from YAML
     * @return one entry per English text without a Finnish one (empty when the file is complete or unreadable)
     */
    public static List<FileProblem> of(byte[] content, String fileName) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Node root;
        try {
            root = TreeReader.read(text, ModelFiles.isJson(text, fileName), ModelTreeRules.RULES,
                    new Problems(fileName), new HashSet<>());
        } catch (RuntimeException e) {
            return List.of(); // an unreadable file: the loader reports it
        }
        var out = new ArrayList<FileProblem>();
        if (root != null) {
            walk(root, "", fileName, out);
        }
        out.sort(null);
        return out;
    }

    private static void walk(Node n, String path, String file, List<FileProblem> out) {
        if (n instanceof Mapping m) {
            check(m, path, "label", "label_fi", file, out);
            if (path.isEmpty()) {
                check(m, path, "title", "title_fi", file, out);
            }
            for (Entry e : m.entries().values()) {
                walk(e.value(), path.isEmpty() ? e.key() : path + "." + e.key(), file, out);
            }
        } else if (n instanceof Sequence s) {
            for (int i = 0; i < s.items().size(); i++) {
                walk(s.items().get(i), path + "[" + i + "]", file, out);
            }
        }
    }

    private static void check(Mapping m, String path, String key, String finnishKey, String file, List<FileProblem> out) {
        Entry en = m.entries().get(key);
        Entry fi = m.entries().get(finnishKey);
        if (en == null || !(en.value() instanceof Scalar s) || s.kind() != Scalar.Kind.TEXT || s.text().isBlank()) {
            return;
        }
        if (fi != null && fi.value() instanceof Scalar f && f.kind() != Scalar.Kind.NULL && !f.text().isBlank()) {
            return;
        }
        String item = path.isEmpty() ? "the model" : "'" + path + "'";
        out.add(new FileProblem(file, en.keyLoc().line(), en.keyLoc().column(), path.isEmpty() ? key : path + "." + key,
                "warning: " + item + " has no " + finnishKey + "; the Finnish report shows its English " + key));
    }
}

package fi.foresight.io;

import fi.foresight.io.Node.Loc;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one model or job file, in the order they are found, each placed at a line and column;
 * the one way problems of a file are gathered before they become {@link FileProblem} lines
 * ({@code file:line:col: path: message}).
 *
 * <pre>{@code
 * var problems = new Problems("job.yaml");
 * problems.add(node.loc(), "samples", "expected a whole number, got 'many'");
 * if (!problems.isEmpty()) throw new JobFileException(problems.sorted());
 * }</pre>
 */
public final class Problems {
    private final String file;
    private final List<FileProblem> list = new ArrayList<>();
    private final List<FileProblem> others = new ArrayList<>();

    /**
     * No problems yet.
     *
     * @param file the file as it is named in problem lines
     */
    public Problems(String file) {
        this.file = file;
    }

    /**
     * The file as it is named in problem lines.
     *
     * @return the file's name
     */
    public String file() {
        return file;
    }

    /**
     * Adds a problem at a place; control characters in the path and message are shown as a backslash,
     * "u" and four hex digits, so each problem stays one line.
     *
     * @param loc     where the problem is
     * @param path    dotted path of keys to the value (empty when the problem is about the text, not one value)
     * @param message what is wrong and what would be valid
     */
    public void add(Loc loc, String path, String message) {
        list.add(new FileProblem(file, loc.line(), loc.column(), printable(path), printable(message)));
    }

    /** Control characters from the file (line breaks, terminal escapes) shown as a backslash, "u" and four hex digits, so each problem stays one line. */
    static String printable(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == (char) 0x2028 || c == (char) 0x2029) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * Adds a problem of the file as a whole (it cannot be read at all).
     *
     * @param message what is wrong
     */
    public void addWhole(String message) {
        list.add(new FileProblem(file, 0, 0, "", message));
    }

    /** A problem of another file the model reads (a data file), kept in that file's order after the model's own. */
    void addOther(FileProblem p) {
        FileProblem q = new FileProblem(p.file(), p.line(), p.column(), printable(p.path()), printable(p.message()));
        if (!others.contains(q)) {
            others.add(q);
        }
    }

    /** The problems of other files, in the order found. */
    List<FileProblem> others() {
        return others;
    }

    /**
     * Adds problems found elsewhere (in the model a job names), after this file's own so far.
     *
     * @param found problems already in their final form
     */
    public void addAll(List<FileProblem> found) {
        list.addAll(found);
    }

    /**
     * Whether no problem was found.
     *
     * @return true when there is none, of this file or of others
     */
    public boolean isEmpty() {
        return list.isEmpty() && others.isEmpty();
    }

    List<FileProblem> list() {
        return list;
    }

    /**
     * This file's problems ordered by place (problems at the same place in the order found).
     *
     * @return an unmodifiable sorted copy
     */
    public List<FileProblem> sorted() {
        var copy = new ArrayList<>(list);
        java.util.Collections.sort(copy);
        return List.copyOf(copy);
    }
}

package fi.foresight.io;

import fi.foresight.io.Node.Loc;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, in the order they are found. */
final class Problems {
    private final String file;
    private final List<FileProblem> list = new ArrayList<>();
    private final List<FileProblem> others = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Loc loc, String path, String message) {
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

    /** A problem of the file as a whole (it cannot be read at all). */
    void addWhole(String message) {
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

    boolean isEmpty() {
        return list.isEmpty() && others.isEmpty();
    }

    List<FileProblem> list() {
        return list;
    }
}

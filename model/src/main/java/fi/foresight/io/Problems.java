package fi.foresight.io;

import fi.foresight.io.Node.Loc;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, in the order they are found. */
final class Problems {
    private final String file;
    private final List<FileProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Loc loc, String path, String message) {
        list.add(new FileProblem(file, loc.line(), loc.column(), path, message));
    }

    /** A problem of the file as a whole (it cannot be read at all). */
    void addWhole(String message) {
        list.add(new FileProblem(file, 0, 0, "", message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<FileProblem> list() {
        return list;
    }
}

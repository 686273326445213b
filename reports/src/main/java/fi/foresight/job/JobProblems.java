package fi.foresight.job;

import fi.foresight.io.FileProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems of one job file, each placed at a line and column. */
final class JobProblems {
    private final String file;
    private final List<FileProblem> list = new ArrayList<>();

    JobProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(YamlTree.Loc loc, String path, String message) {
        list.add(new FileProblem(file, loc.line(), loc.column(), path, message));
    }

    void addWhole(String message) {
        list.add(new FileProblem(file, 0, 0, "", message));
    }

    void addAll(List<FileProblem> problems) {
        list.addAll(problems);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<FileProblem> sorted() {
        var copy = new ArrayList<>(list);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}

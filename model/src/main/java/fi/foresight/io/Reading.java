package fi.foresight.io;

import fi.foresight.io.Node.Loc;
import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Sequence;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The state of reading one file into model records: typed access to values that reports every mistake with
 * its position and keeps going, an index from paths to positions (to place the model's own problems), and the
 * paths that failed (whose follow-up problems would only repeat them).
 */
final class Reading {
    private static final Pattern NUMERIC = Pattern.compile("\\s*[-+]?(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?\\s*");

    final Problems problems;
    final Source source;
    private final Map<String, Field> index = new LinkedHashMap<>();
    private final Map<String, Field> modelPaths = new LinkedHashMap<>();
    private final Set<String> failed = new HashSet<>();
    private final Set<String> suggested = new HashSet<>();
    private final Set<String> failedExactly = new HashSet<>();

    private final Set<String> broken;

    /** The model's data files by name (the {@code data:} section is read before the others). */
    fi.foresight.data.DataSets data = fi.foresight.data.DataSets.EMPTY;
    /** The bytes of each data file read, by its path as written in the model. */
    final Map<String, byte[]> dataFiles = new LinkedHashMap<>();
    /** Data sets whose file failed to read: references to them are not reported again. */
    final Set<String> failedData = new HashSet<>();
    /** Data files handed over with the model (path as written → bytes), or null to read them from disk. */
    Map<String, byte[]> suppliedData;
    /** Notes on what was read (how many answers a driver took from data, how many were missing). */
    final List<FileProblem> notes = new ArrayList<>();

    /**
     * @param broken paths whose value the file reader already refused (an unknown alias, a tag); nothing more is
     *               said about them
     */
    Reading(Problems problems, Source source, Set<String> broken) {
        this.problems = problems;
        this.source = source;
        this.broken = broken;
        failed.addAll(broken);
    }

    private boolean isBroken(String path) {
        for (String b : broken) {
            if (path.equals(b) || path.startsWith(b + ".") || path.startsWith(b + "[")) {
                return true;
            }
        }
        return false;
    }

    // ---- problems -------------------------------------------------------------------------------------

    void problem(Field f, String message) {
        problem(f.at(), f.path(), message);
    }

    void problem(Loc loc, String path, String message) {
        if (!isBroken(path)) {
            problems.add(loc, path, message);
        }
    }

    /** A problem with {@code f} whose follow-ups (from the model's own checks) are not worth reporting. */
    void fail(Field f, String message) {
        problem(f, message);
        failed.add(f.path());
    }

    void failed(String path) {
        failed.add(path);
    }

    /** Suppresses the model's problems at exactly {@code path} (not those under it). */
    void failedExactly(String path) {
        failedExactly.add(path);
    }

    /** True when {@code path} is at or under a value that already failed. */
    boolean coveredByFailure(String path) {
        if (failedExactly.contains(path)) {
            return true;
        }
        for (String f : failed) {
            if (f.isEmpty() || path.equals(f) || path.startsWith(f + ".") || path.startsWith(f + "[")) {
                return true;
            }
        }
        return false;
    }

    /** A problem at {@code column} (1-based) inside the text of an expression value. */
    void expressionProblem(Field f, int column, String message) {
        Loc inside = f.node() instanceof Scalar s ? source.inside(s, column) : null;
        if (inside != null) {
            problem(inside, f.path(), message);
        } else {
            problem(f.at(), f.path(), message + " (at column " + column + " of the expression)");
        }
    }

    /** True when an unknown key next to {@code path} was taken for a misspelling of it. */
    boolean suggested(String path) {
        return suggested.contains(path);
    }

    void missing(Field owner, String key, String hint) {
        if (!suggested.contains(owner.child(key))) {
            problem(owner.at(), owner.path(), "missing key '" + key + "'; " + hint);
        }
        failed.add(owner.child(key));
    }

    /** Runs a record constructor; its IllegalArgumentException becomes a problem at {@code f}. */
    <T> T attempt(Field f, Supplier<T> constructor) {
        return attempt(f.at(), f.path(), constructor);
    }

    /** Like {@link #attempt(Field, Supplier)}, shown at the key of {@code f} (ids are keys). */
    <T> T attemptAtKey(Field f, Supplier<T> constructor) {
        return attempt(f.keyLoc(), f.path(), constructor);
    }

    private <T> T attempt(Loc loc, String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            problem(loc, path, e.getMessage() == null ? "invalid value" : e.getMessage());
            failed.add(path);
            return null;
        }
    }

    // ---- where things are -----------------------------------------------------------------------------

    Field register(Field f) {
        index.putIfAbsent(f.path(), f);
        return f;
    }

    /** Records that the model's path {@code modelPath} (e.g. {@code correlations[3]}) stands for {@code f}. */
    void modelPath(String modelPath, Field f) {
        modelPaths.put(modelPath, f);
    }

    /** A model path found in the file: the field of its longest known prefix and the rest of the path. */
    record Located(Field field, String rest) {
        /** The path as the file spells it. */
        String path() {
            return field.path() + rest;
        }
    }

    /** Where the model's {@code path} is in the file: the field at it or at its longest known prefix. */
    Located locate(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Field f = modelPaths.containsKey(p) ? modelPaths.get(p) : index.get(p);
            if (f != null) {
                return new Located(f, path.substring(p.length()));
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return new Located(new Field("", "", Loc.START, new Mapping(Map.of(), Loc.START, Loc.START, 1)), path);
    }

    // ---- structure ------------------------------------------------------------------------------------

    /**
     * The entries of a mapping, keyed by key, in file order; keys outside {@code allowed} (null: any key) are
     * reported with a "did you mean". Null (after reporting) when {@code f} is not a mapping.
     */
    Map<String, Field> fields(Field f, String what, Collection<String> allowed) {
        if (!(f.node() instanceof Mapping m)) {
            fail(f, "expected " + what + ", got " + f.node().describe());
            return null;
        }
        var out = new LinkedHashMap<String, Field>();
        for (var e : m.entries().values()) {
            Field child = register(new Field(f.child(e.key()), e.key(), e.keyLoc(), e.value()));
            if (allowed != null && !allowed.contains(e.key())) {
                unknownKey(child, allowed, "valid keys here are ");
                continue;
            }
            out.put(e.key(), child);
        }
        return out;
    }

    /** The items of a list, or null (after reporting) when {@code f} is not a list. */
    List<Field> items(Field f, String what) {
        if (!(f.node() instanceof Sequence s)) {
            fail(f, "expected " + what + ", got " + f.node().describe());
            return null;
        }
        var out = new ArrayList<Field>();
        for (int i = 0; i < s.items().size(); i++) {
            Node n = s.items().get(i);
            out.add(register(new Field(f.path() + "[" + i + "]", "[" + i + "]", n.loc(), n)));
        }
        return out;
    }

    /** Reports {@code child}'s key as unknown, with the closest valid key and the list of valid keys. */
    void unknownKey(Field child, Collection<String> allowed, String listIntro) {
        String key = child.key();
        String parent = child.path().substring(0, child.path().length() - key.length());
        Suggestions.closest(key, allowed).ifPresent(k -> suggested.add(parent + k));
        problem(child.keyLoc(), child.path(), "unknown key '" + key + "'" + Suggestions.didYouMean(key, allowed)
                + "; " + listIntro + String.join(", ", allowed));
    }

    // ---- scalars --------------------------------------------------------------------------------------

    /** A finite number, or null after reporting what was found instead. */
    Double number(Field f) {
        if (f.node() instanceof Scalar s) {
            if (s.kind() == Scalar.Kind.NUMBER) {
                if (Double.isFinite(s.number())) {
                    return s.number();
                }
                fail(f, "expected a finite number, got '" + s.text() + "'");
                return null;
            }
            if (s.kind() == Scalar.Kind.TEXT && NUMERIC.matcher(s.text()).matches()) {
                fail(f, "expected a number, got the text '" + s.text() + "'; write it without quotes");
                return null;
            }
        }
        fail(f, "expected a number, got " + f.node().describe());
        return null;
    }

    /** Text of a scalar (numbers and booleans as written); null for an empty value or after reporting a list or mapping. */
    String text(Field f) {
        if (f.node() instanceof Scalar s) {
            return s.kind() == Scalar.Kind.NULL ? null : s.text();
        }
        fail(f, "expected text, got " + f.node().describe());
        return null;
    }

    /** true/false, or null after reporting. */
    Boolean bool(Field f) {
        if (f.node() instanceof Scalar s && s.kind() == Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
        }
        fail(f, "expected true or false, got " + f.node().describe());
        return null;
    }

    /** One id or a list of ids ({@code source: S1} or {@code source: [S1, S2]}); null after reporting. */
    List<String> ids(Field f, String what) {
        if (f.node() instanceof Scalar) {
            String t = text(f);
            return t == null ? List.of() : List.of(t);
        }
        List<Field> items = items(f, what);
        if (items == null) {
            return null;
        }
        var out = new ArrayList<String>();
        boolean ok = true;
        for (Field i : items) {
            if (!(i.node() instanceof Scalar s) || s.kind() == Scalar.Kind.NULL) {
                fail(i, "expected an id, got " + i.node().describe());
                ok = false;
            } else {
                out.add(s.text());
            }
        }
        return ok ? out : null;
    }

    /** A list of finite numbers, or null after reporting every bad item. */
    double[] numbers(Field f, String what) {
        List<Field> items = items(f, what);
        if (items == null) {
            return null;
        }
        double[] out = new double[items.size()];
        boolean ok = true;
        for (int i = 0; i < out.length; i++) {
            Double d = number(items.get(i));
            if (d == null) {
                ok = false;
            } else {
                out[i] = d;
            }
        }
        return ok ? out : null;
    }

    /** The number under {@code key}, the default when absent or empty, null after reporting. */
    Double number(Map<String, Field> m, String key, double otherwise) {
        Field f = m.get(key);
        return f == null || f.isNull() ? Double.valueOf(otherwise) : number(f);
    }

    /** Text under {@code key}, null when absent. */
    String text(Map<String, Field> m, String key) {
        Field f = m.get(key);
        return f == null ? null : text(f);
    }

    /** Source ids under {@code source}, empty when absent. */
    List<String> sources(Map<String, Field> m) {
        Field f = m.get("source");
        if (f == null) {
            return List.of();
        }
        List<String> ids = ids(f, "a source id or a list of source ids such as [S1, S2]");
        return ids == null ? List.of() : ids;
    }
}

package fi.foresight.io;

import fi.foresight.io.Node.Loc;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Sequence;
import fi.foresight.model.Change;
import fi.foresight.model.Ids;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What CIB descriptors and futures-table factors share in a file: an id with labels and a set of alternatives
 * (variants, states), each with labels and the overrides of drivers it implies, and references to an alternative
 * written {@code group.alternative} ({@code east.open}).
 *
 * <pre>
 * east:
 *   label: Eastern market access
 *   variants:
 *     open: {label: Open, set: {spb_access: 0.8}}
 *     closed: {label: Closed, set: {spb_access: 0}}
 * coop: {variants: [strong, fragmented]}        # ids only
 * </pre>
 */
final class Alternatives {
    /** Keys of one alternative. */
    static final List<String> KEYS = List.of("label", "label_fi", "set", "shift", "scale", "weights");

    /** One variant or state as read. */
    record Alternative(String id, String label, String labelFi, List<Change> overrides) {
    }

    /** One descriptor or factor as read. */
    record Group(String id, String label, String labelFi, List<Alternative> alternatives) {
        List<String> ids() {
            return alternatives.stream().map(Alternative::id).toList();
        }

        int indexOf(String alternative) {
            return ids().indexOf(alternative);
        }
    }

    /** The words a section uses: "descriptor"/"variant" or "factor"/"state". */
    record Words(String group, String alternative, String childKey, String example) {
        String groups() {
            return group + "s";
        }
    }

    private Alternatives() {
    }

    /**
     * Reads {@code {id: {label, label_fi, <childKey>}}}; null after reporting when the structure is unusable
     * (not a mapping, empty, a bad id or a group without alternatives), so that no system is built from it.
     */
    static List<Group> groups(Field section, Reading r, Words w) {
        var all = r.fields(section, "a mapping of " + w.group() + " ids to " + w.groups() + ", e.g. " + w.example(),
                null);
        if (all == null) {
            return null;
        }
        if (all.isEmpty()) {
            r.fail(section, "no " + w.groups() + " are declared; declare at least one, e.g. " + w.example());
            return null;
        }
        var out = new ArrayList<Group>();
        boolean ok = true;
        for (Field f : all.values()) {
            Group g = group(f, r, w);
            if (g == null) {
                ok = false;
            } else {
                out.add(g);
            }
        }
        return ok ? out : null;
    }

    private static Group group(Field f, Reading r, Words w) {
        boolean idOk = id(f, r, w.group());
        Map<String, Field> m = r.fields(f, "a " + w.group() + " such as " + w.example(),
                List.of("label", "label_fi", w.childKey()));
        if (m == null) {
            return null;
        }
        Field cf = m.get(w.childKey());
        if (cf == null) {
            r.missing(f, w.childKey(), "a " + w.group() + " lists its " + w.alternative() + "s, e.g. " + w.example());
            return null;
        }
        List<Alternative> alternatives = alternatives(cf, r, w);
        if (!idOk || alternatives == null) {
            return null;
        }
        return new Group(f.key(), r.text(m, "label"), r.text(m, "label_fi"), alternatives);
    }

    private static List<Alternative> alternatives(Field f, Reading r, Words w) {
        String what = "the " + w.alternative() + "s as a list of ids such as [high, low] or a mapping such as "
                + "{high: {label: High}, low: {label: Low}}";
        var out = new ArrayList<Alternative>();
        boolean ok = true;
        if (f.node() instanceof Sequence) {
            List<Field> items = r.items(f, what);
            for (Field i : items) {
                String id = i.node() instanceof Scalar s && s.kind() != Scalar.Kind.NULL ? s.text() : null;
                if (id == null) {
                    r.fail(i, "expected a " + w.alternative() + " id, got " + i.node().describe());
                    ok = false;
                } else if (!Ids.isValid(id)) {
                    r.fail(i, invalidId(w.alternative(), id));
                    ok = false;
                } else if (out.stream().anyMatch(a -> a.id().equals(id))) {
                    r.fail(i, "duplicate " + w.alternative() + " '" + id + "'; each " + w.alternative()
                            + " of a " + w.group() + " is listed once");
                    ok = false;
                } else {
                    out.add(new Alternative(id, null, null, List.of()));
                }
            }
        } else {
            var all = r.fields(f, what, null);
            if (all == null) {
                return null;
            }
            for (Field a : all.values()) {
                if (!id(a, r, w.alternative())) {
                    ok = false;
                    continue;
                }
                if (a.isNull()) {
                    out.add(new Alternative(a.key(), null, null, List.of()));
                    continue;
                }
                Map<String, Field> m = r.fields(a, "a " + w.alternative() + " such as {label: High, label_fi: "
                        + "Korkea, set: {x1: 0.8}}", KEYS);
                if (m == null) {
                    ok = false;
                    continue;
                }
                out.add(new Alternative(a.key(), r.text(m, "label"), r.text(m, "label_fi"),
                        AdjustmentsSection.changes(m, r)));
            }
        }
        if (ok && out.isEmpty()) {
            r.fail(f, "no " + w.alternative() + "s; a " + w.group() + " needs at least one, e.g. [high, low]");
            return null;
        }
        return ok ? out : null;
    }

    private static boolean id(Field f, Reading r, String what) {
        if (Ids.isValid(f.key())) {
            return true;
        }
        r.problem(f.keyLoc(), f.path(), invalidId(what, f.key()));
        r.failed(f.path());
        return false;
    }

    private static String invalidId(String what, String id) {
        return what + " id '" + id + "' is not valid; use a letter or '_' followed by letters, digits or '_' "
                + "(at most 64 characters)";
    }

    /**
     * The group and alternative indices of {@code text} written {@code group.alternative}, or null after reporting
     * at {@code loc}.
     */
    static int[] ref(String text, Loc loc, String path, List<Group> groups, Reading r, Words w) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            r.problem(loc, path, "'" + text + "' does not name a " + w.alternative() + "; write the " + w.group()
                    + " id, a dot and the " + w.alternative() + " id, e.g. " + example(groups));
            r.failed(path);
            return null;
        }
        String g = text.substring(0, dot);
        String a = text.substring(dot + 1);
        int gi = group(g, loc, path, groups, r, w);
        if (gi < 0) {
            return null;
        }
        int ai = groups.get(gi).indexOf(a);
        if (ai < 0) {
            List<String> ids = groups.get(gi).ids();
            r.problem(loc, path, w.group() + " '" + g + "' has no " + w.alternative() + " '" + a + "'"
                    + Suggestions.didYouMean(a, ids) + "; its " + w.alternative() + "s are " + String.join(", ", ids));
            r.failed(path);
            return null;
        }
        return new int[] {gi, ai};
    }

    /** The index of the group {@code id}, or −1 after reporting at {@code loc}. */
    static int group(String id, Loc loc, String path, List<Group> groups, Reading r, Words w) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).id().equals(id)) {
                return i;
            }
        }
        List<String> ids = groups.stream().map(Group::id).toList();
        r.problem(loc, path, "unknown " + w.group() + " '" + id + "'" + Suggestions.didYouMean(id, ids) + "; "
                + w.groups() + " are " + String.join(", ", ids));
        r.failed(path);
        return -1;
    }

    private static String example(List<Group> groups) {
        Group g = groups.get(0);
        return g.id() + "." + g.alternatives().get(0).id();
    }

    /** A whole number with |value| &le; {@code limit}, or null after reporting. */
    static Integer integer(Field f, Reading r, int limit, String what) {
        Double d = r.number(f);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > limit) {
            String text = f.node() instanceof Scalar s ? s.text() : String.valueOf(d);
            r.fail(f, "expected " + what + ", a whole number from " + -limit + " to " + limit + ", got " + text);
            return null;
        }
        return (int) Math.rint(d);
    }
}

package fi.foresight.io;

import fi.foresight.model.Axis;
import fi.foresight.model.Factor;
import fi.foresight.model.FuturesTable;
import fi.foresight.model.Judgement;
import fi.foresight.model.ScenarioCross;
import fi.foresight.model.State;
import fi.foresight.io.Alternatives.Group;
import fi.foresight.io.Alternatives.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code futures_table:} factors with their alternative states (labels and the overrides each state implies),
 * cross-consistency judgements and an optional scenario cross:
 *
 * <pre>
 * incompatible:
 *   east.closed: [coop.strong]            # states that cannot occur together
 * scores:
 *   east.open: {coop.strong: 2}            # how well compatible states fit (optional)
 * cross:
 *   x: {factor: east, poles: [open, closed]}
 *   y: {factor: coop, poles: [strong, fragmented]}
 *   names:
 *     - {x: open, y: strong, name: Gateway to the East}
 * </pre>
 */
final class FuturesTableSection {
    static final List<String> KEYS = List.of("name", "factors", "incompatible", "scores", "cross");
    static final List<String> CROSS_KEYS = List.of("x", "y", "names");
    static final List<String> AXIS_KEYS = List.of("factor", "poles");
    static final List<String> NAME_KEYS = List.of("x", "y", "name");
    static final int MAX_SCORE = 1000;
    static final Words WORDS = new Words("factor", "state", "states",
            "{east: {label: Eastern market, states: {open: {label: Open}, closed: {label: Closed}}}}");

    private FuturesTableSection() {
    }

    static void read(Field section, Reading r, ModelDraft draft) {
        Map<String, Field> m = r.fields(section, "a futures table such as {factors: {...}, incompatible: {...}}", KEYS);
        if (m == null) {
            return;
        }
        Field ff = m.get("factors");
        if (ff == null) {
            r.missing(section, "factors", "a futures table needs factors with states, e.g. factors: " + WORDS.example());
            return;
        }
        List<Group> groups = Alternatives.groups(ff, r, WORDS);
        if (groups == null) {
            return;
        }
        var judgements = new ArrayList<Judgement>();
        var judged = new HashSet<String>();
        Field inf = m.get("incompatible");
        if (inf != null && !inf.isNull()) {
            incompatible(inf, r, groups, judgements, judged);
        }
        Field sf = m.get("scores");
        if (sf != null && !sf.isNull()) {
            scores(sf, r, groups, judgements, judged);
        }
        List<Factor> factors = groups.stream().map(g -> new Factor(g.id(), g.label(), g.labelFi(), g.alternatives()
                .stream().map(a -> new State(a.id(), a.label(), a.labelFi(), a.overrides())).toList())).toList();
        draft.futuresTable = r.attempt(section, () -> FuturesTable.of(r.text(m, "name"), factors, judgements));
        Field cf = m.get("cross");
        if (cf != null && !cf.isNull()) {
            draft.scenarioCross = cross(cf, r);
        }
    }

    private static void incompatible(Field f, Reading r, List<Group> groups, List<Judgement> out, Set<String> judged) {
        var all = r.fields(f, "a mapping of states to the states they exclude, e.g. {east.closed: [coop.strong]}",
                null);
        if (all == null) {
            return;
        }
        for (Field row : all.values()) {
            int[] a = Alternatives.ref(row.key(), row.keyLoc(), row.path(), groups, r, WORDS);
            if (a == null) {
                continue;
            }
            List<Field> items;
            if (row.node() instanceof Node.Scalar) {
                items = List.of(row);
            } else {
                items = r.items(row, "a list of the states " + row.key() + " excludes, e.g. [coop.strong]");
                if (items == null) {
                    continue;
                }
            }
            for (Field item : items) {
                String text = r.text(item);
                if (text == null) {
                    r.fail(item, "expected a state such as coop.strong, got " + item.node().describe());
                    continue;
                }
                int[] b = Alternatives.ref(text, item.at(), item.path(), groups, r, WORDS);
                if (b != null && pair(a, b, item, item.at(), r, groups, judged)) {
                    out.add(Judgement.incompatible(groups.get(a[0]).id(), id(groups, a), groups.get(b[0]).id(),
                            id(groups, b)));
                }
            }
        }
    }

    private static void scores(Field f, Reading r, List<Group> groups, List<Judgement> out, Set<String> judged) {
        var all = r.fields(f, "a mapping of states to scores of the states they fit with, e.g. "
                + "{east.open: {coop.strong: 2}}", null);
        if (all == null) {
            return;
        }
        for (Field row : all.values()) {
            int[] a = Alternatives.ref(row.key(), row.keyLoc(), row.path(), groups, r, WORDS);
            if (a == null) {
                continue;
            }
            var cells = r.fields(row, "scores of the states " + row.key() + " fits with, e.g. {coop.strong: 2}", null);
            if (cells == null) {
                continue;
            }
            for (Field c : cells.values()) {
                int[] b = Alternatives.ref(c.key(), c.keyLoc(), c.path(), groups, r, WORDS);
                if (b == null) {
                    continue;
                }
                Integer score = Alternatives.integer(c, r, MAX_SCORE, "a score");
                if (score != null && pair(a, b, c, c.keyLoc(), r, groups, judged)) {
                    out.add(Judgement.scored(groups.get(a[0]).id(), id(groups, a), groups.get(b[0]).id(),
                            id(groups, b), score));
                }
            }
        }
    }

    /** Checks that a pair joins two factors and is judged once. */
    private static boolean pair(int[] a, int[] b, Field f, Node.Loc at, Reading r, List<Group> groups,
                                Set<String> judged) {
        String names = groups.get(a[0]).id() + "." + id(groups, a) + " and " + groups.get(b[0]).id() + "."
                + id(groups, b);
        if (a[0] == b[0]) {
            r.problem(at, f.path(), names + " are states of one factor, which exclude each other anyway; judge pairs "
                    + "of states of different factors");
            r.failed(f.path());
            return false;
        }
        String key = a[0] < b[0] ? a[0] + "." + a[1] + "|" + b[0] + "." + b[1] : b[0] + "." + b[1] + "|" + a[0] + "." + a[1];
        if (!judged.add(key)) {
            r.problem(at, f.path(), "the pair " + names + " is judged twice; give one judgement (incompatible or a "
                    + "score) per pair");
            r.failed(f.path());
            return false;
        }
        return true;
    }

    private static String id(List<Group> groups, int[] ref) {
        return groups.get(ref[0]).alternatives().get(ref[1]).id();
    }

    private static ScenarioCross cross(Field f, Reading r) {
        Map<String, Field> m = r.fields(f, "a scenario cross such as {x: {factor: east, poles: [open, closed]}, "
                + "y: {factor: coop, poles: [strong, weak]}}", CROSS_KEYS);
        if (m == null) {
            return null;
        }
        Axis x = axis(f, m, "x", r);
        Axis y = axis(f, m, "y", r);
        if (x == null || y == null) {
            return null;
        }
        if (x.name().equals(y.name())) {
            r.fail(m.get("y"), "both axes cross the factor " + x.name() + "; a scenario cross needs two different "
                    + "factors");
            return null;
        }
        ScenarioCross cross = ScenarioCross.of(x, y);
        Field nf = m.get("names");
        if (nf != null && !nf.isNull()) {
            List<Field> items = r.items(nf, "a list of scenario names such as [{x: open, y: strong, name: Gateway}]");
            for (Field item : items == null ? List.<Field>of() : items) {
                Map<String, Field> n = r.fields(item, "a name such as {x: open, y: strong, name: Gateway}", NAME_KEYS);
                if (n == null) {
                    continue;
                }
                String xp = pole(item, n, "x", x, r);
                String yp = pole(item, n, "y", y, r);
                Field name = n.get("name");
                String text = name == null ? null : r.text(name);
                if (name == null) {
                    r.missing(item, "name", "give the scenario's name, e.g. name: Gateway to the East");
                }
                if (xp != null && yp != null && text != null) {
                    cross = cross.name(xp, yp, text);
                }
            }
        }
        return cross;
    }

    private static Axis axis(Field cross, Map<String, Field> m, String key, Reading r) {
        Field f = m.get(key);
        if (f == null) {
            r.missing(cross, key, "a scenario cross has two axes x and y, e.g. " + key + ": {factor: east, poles: "
                    + "[open, closed]}");
            return null;
        }
        Map<String, Field> a = r.fields(f, "an axis such as {factor: east, poles: [open, closed]}", AXIS_KEYS);
        if (a == null) {
            return null;
        }
        Field ff = a.get("factor");
        Field pf = a.get("poles");
        if (ff == null) {
            r.missing(f, "factor", "an axis names a factor of the table, e.g. factor: east");
        }
        if (pf == null) {
            r.missing(f, "poles", "an axis names two states of its factor, e.g. poles: [open, closed]");
        }
        String factor = ff == null ? null : r.text(ff);
        List<String> poles = pf == null ? null : r.ids(pf, "two states such as [open, closed]");
        if (poles != null && poles.size() != 2) {
            r.fail(pf, "expected two poles such as [open, closed], got " + poles.size());
            return null;
        }
        if (factor == null || poles == null) {
            return null;
        }
        return r.attempt(f, () -> new Axis(factor, poles.get(0), poles.get(1)));
    }

    private static String pole(Field item, Map<String, Field> n, String key, Axis axis, Reading r) {
        Field f = n.get(key);
        if (f == null) {
            r.missing(item, key, "name the pole of the " + key + " axis, e.g. " + key + ": " + axis.first());
            return null;
        }
        String p = r.text(f);
        if (p != null && !axis.has(p)) {
            r.fail(f, "'" + p + "' is not a pole of the " + key + " axis (" + axis.name() + "); its poles are "
                    + axis.first() + " and " + axis.second());
            return null;
        }
        return p;
    }
}

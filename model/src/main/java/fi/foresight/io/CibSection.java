package fi.foresight.io;

import fi.foresight.model.CibJudgements;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.Variant;
import fi.foresight.io.Alternatives.Group;
import fi.foresight.io.Alternatives.Words;
import fi.foresight.io.Node.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code cib:} a cross-impact balance system: {@code name}, {@code descriptors} with their {@code variants} (labels
 * and the overrides each variant implies) and {@code impacts}, one row per impacting variant:
 *
 * <pre>
 * impacts:
 *   east.open:   {coop: [2, -2], network.built: 1}   # a list per impacted descriptor, or one cell
 *   east.closed: {coop: [-1, 1]}
 * </pre>
 *
 * Impacts left out are 0; a descriptor does not impact itself.
 */
final class CibSection {
    static final List<String> KEYS = List.of("name", "descriptors", "impacts", "experts", "weights", "spread",
            "spreads");
    static final List<String> DESCRIPTOR_KEYS = List.of("label", "label_fi", "variants");
    /** Largest |impact|; judgements are usually -3 to +3. */
    static final int MAX_IMPACT = 1000;
    static final Words WORDS = new Words("descriptor", "variant", "variants",
            "{east: {label: Eastern market, variants: {open: {label: Open}, closed: {label: Closed}}}}");

    private CibSection() {
    }

    static void read(Field section, Reading r, ModelDraft draft) {
        Map<String, Field> m = r.fields(section, "a CIB system such as {descriptors: {...}, impacts: {...}}", KEYS);
        if (m == null) {
            return;
        }
        Field df = m.get("descriptors");
        if (df == null) {
            r.missing(section, "descriptors", "a CIB system needs descriptors with variants, e.g. descriptors: "
                    + WORDS.example());
        }
        Field imf = m.get("impacts");
        if (imf == null && m.get("experts") == null) {
            r.missing(section, "impacts", "a CIB system needs the cross-impact judgements, e.g. impacts: "
                    + "{east.open: {coop: [2, -2]}} (write impacts: {} while there are none), or the experts' "
                    + "judgements, e.g. experts: {anna: {impacts: {...}}}");
        }
        List<Group> groups = df == null ? null : Alternatives.groups(df, r, WORDS);
        if (groups == null) {
            return;
        }
        int[] sizes = groups.stream().mapToInt(g -> g.alternatives().size()).toArray();
        int[] offsets = new int[sizes.length + 1];
        for (int d = 0; d < sizes.length; d++) {
            offsets[d + 1] = offsets[d] + sizes[d];
        }
        int total = offsets[sizes.length];
        int[][] rows = new int[total][total];
        if (imf != null && !imf.isNull()) {
            impacts(imf, r, groups, offsets, rows, false);
        }
        List<Descriptor> descriptors = new ArrayList<>();
        for (Group g : groups) {
            descriptors.add(new Descriptor(g.id(), g.label(), g.labelFi(), g.alternatives().stream()
                    .map(a -> new Variant(a.id(), a.label(), a.labelFi(), a.overrides())).toList()));
        }
        CibJudgements judgements = CibJudgementsSection.read(m, r, groups, descriptors, sizes, offsets,
                imf == null ? null : rows);
        if (judgements == null) {
            return;
        }
        draft.cib = r.attempt(section, () -> {
            CibMatrix matrix = imf == null && !judgements.experts().isEmpty() ? judgements.summed()
                    : CibMatrix.of(sizes, rows);
            return new CrossImpactSystem(r.text(m, "name"), descriptors, matrix, judgements);
        });
    }

    /**
     * Reads rows of impacts (or, with {@code spread}, of spreads: whole numbers >= 0) into {@code rows}; returns
     * which cells were given (null when {@code f} is not a mapping).
     */
    static boolean[][] impacts(Field f, Reading r, List<Group> groups, int[] offsets, int[][] rows, boolean spread) {
        var all = r.fields(f, "a mapping of impacting variants to their impacts, e.g. {east.open: {coop: [2, -2]}}",
                null);
        boolean[][] given = new boolean[rows.length][rows.length];
        if (all == null) {
            return null;
        }
        for (Field row : all.values()) {
            int[] from = Alternatives.ref(row.key(), row.keyLoc(), row.path(), groups, r, WORDS);
            if (from == null) {
                continue;
            }
            var targets = r.fields(row, "the impacts of " + row.key() + " on other descriptors' variants, e.g. "
                    + "{coop: [2, -2], network.built: 1}", null);
            if (targets == null) {
                continue;
            }
            int rowIndex = offsets[from[0]] + from[1];
            for (Field t : targets.values()) {
                if (t.key().indexOf('.') >= 0) {
                    int[] to = Alternatives.ref(t.key(), t.keyLoc(), t.path(), groups, r, WORDS);
                    if (to != null && notSelf(from, to[0], t, groups, r)) {
                        Integer v = value(t, r, spread);
                        if (v != null) {
                            cell(rows, given, rowIndex, offsets[to[0]] + to[1], v, t, t.keyLoc(), r,
                                    row.key() + " on " + t.key());
                        }
                    }
                    continue;
                }
                int to = Alternatives.group(t.key(), t.keyLoc(), t.path(), groups, r, WORDS);
                if (to < 0 || !notSelf(from, to, t, groups, r)) {
                    continue;
                }
                blockRow(t, r, groups.get(to), rows, given, rowIndex, offsets[to], row.key(), spread);
            }
        }
        return given;
    }

    /** An impact, or with {@code spread} a spread (whole number from 0), or null after reporting. */
    private static Integer value(Field f, Reading r, boolean spread) {
        return spread ? CibJudgementsSection.whole(f, r, 0, MAX_IMPACT, "a spread")
                : Alternatives.integer(f, r, MAX_IMPACT, "an impact");
    }

    /** {@code coop: [2, -2]}: the impacts on every variant of one descriptor, in variant order. */
    private static void blockRow(Field t, Reading r, Group to, int[][] rows, boolean[][] given, int rowIndex,
                                 int offset, String from, boolean spread) {
        int n = to.alternatives().size();
        if (!(t.node() instanceof Sequence)) {
            r.fail(t, "expected a list of " + n + " impacts, one per variant of " + to.id() + " ("
                    + String.join(", ", to.ids()) + "), e.g. " + example(n) + "; or write one cell as "
                    + to.id() + "." + to.ids().get(0) + ": 2");
            return;
        }
        List<Field> items = r.items(t, "a list of impacts");
        if (items.size() != n) {
            r.fail(t, "expected " + n + " impacts, one per variant of " + to.id() + " (" + String.join(", ", to.ids())
                    + "), got " + items.size());
            return;
        }
        for (int b = 0; b < n; b++) {
            Field item = items.get(b);
            Integer v = value(item, r, spread);
            if (v != null) {
                cell(rows, given, rowIndex, offset + b, v, item, item.at(), r,
                        from + " on " + to.id() + "." + to.ids().get(b));
            }
        }
    }

    private static void cell(int[][] rows, boolean[][] given, int row, int col, int value, Field f, Node.Loc at,
                             Reading r, String what) {
        if (given[row][col]) {
            r.problem(at, f.path(), "the impact of " + what + " is given twice; give each impact once");
            r.failed(f.path());
            return;
        }
        given[row][col] = true;
        rows[row][col] = value;
    }

    private static boolean notSelf(int[] from, int to, Field t, List<Group> groups, Reading r) {
        if (from[0] != to) {
            return true;
        }
        r.problem(t.keyLoc(), t.path(), "a descriptor does not impact itself; the impacts of "
                + groups.get(from[0]).id() + "." + groups.get(from[0]).alternatives().get(from[1]).id()
                + " are on the variants of other descriptors");
        r.failed(t.path());
        return false;
    }

    private static String example(int n) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            parts.add(i == 0 ? "2" : i == n - 1 ? "-2" : "0");
        }
        return "[" + String.join(", ", parts) + "]";
    }
}

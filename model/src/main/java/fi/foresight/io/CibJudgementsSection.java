package fi.foresight.io;

import fi.foresight.model.CibJudgements;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.JudgementSpread;
import fi.foresight.io.Alternatives.Group;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The judgements behind a {@code cib:} matrix: {@code experts} (one set of impacts per expert, written as
 * {@code impacts} are), {@code weights} (expert → whole number, default 1), {@code spread} (± k for every judged
 * impact) and {@code spreads} (± k per judgement, written as {@code impacts} are; overrides {@code spread}).
 *
 * <pre>
 * experts:
 *   anna: {impacts: {east.open: {coop: [2, -2]}}}
 *   ben:  {impacts: {east.open: {coop: [1, -1]}}}
 * weights: {anna: 2}
 * spread: 1
 * spreads: {east.open: {coop: [2, 2]}}
 * </pre>
 */
final class CibJudgementsSection {
    static final List<String> EXPERT_KEYS = List.of("impacts");

    private CibJudgementsSection() {
    }

    /**
     * The judgements of section {@code m}; {@link CibJudgements#NONE} when none are given, null after reporting a
     * problem. {@code rows} is the section's own matrix, or null when it gave no {@code impacts}.
     */
    static CibJudgements read(Map<String, Field> m, Reading r, List<Group> groups, List<Descriptor> descriptors,
                              int[] sizes, int[] offsets, int[][] rows) {
        boolean ok = true;
        int total = offsets[sizes.length];
        Map<String, int[][]> experts = new LinkedHashMap<>();
        Field ef = m.get("experts");
        if (ef != null) {
            Map<String, Field> all = r.fields(ef, "a mapping of experts to their judgements, e.g. experts: {anna: "
                    + "{impacts: {east.open: {coop: [2, -2]}}}, ben: {impacts: {...}}}", null);
            if (all == null) {
                return null;
            }
            if (all.isEmpty()) {
                r.fail(ef, "experts: is empty; name at least one expert with impacts, e.g. experts: {anna: "
                        + "{impacts: {east.open: {coop: [2, -2]}}}}, or leave experts: out");
                return null;
            }
            for (Field e : all.values()) {
                int[][] er = new int[total][total];
                experts.put(e.key(), er);
                Map<String, Field> keys = r.fields(e, "an expert's judgements, e.g. {impacts: {east.open: {coop: "
                        + "[2, -2]}}}", EXPERT_KEYS);
                if (keys == null) {
                    ok = false;
                    continue;
                }
                Field imf = keys.get("impacts");
                if (imf == null) {
                    r.missing(e, "impacts", "an expert's judgements are impacts, written as the section's, e.g. "
                            + "impacts: {east.open: {coop: [2, -2]}}");
                    ok = false;
                    continue;
                }
                if (!imf.isNull() && CibSection.impacts(imf, r, groups, offsets, er, false) == null) {
                    ok = false;
                }
            }
        }
        Map<String, Integer> weights = weights(m.get("weights"), r, experts.keySet());
        if (weights == null) {
            ok = false;
        }
        Integer spread = null;
        Field sf = m.get("spread");
        if (sf != null) {
            spread = whole(sf, r, 0, CibSection.MAX_IMPACT, "a spread");
            ok &= spread != null;
        }
        int[][] spreadRows = new int[total][total];
        boolean[][] given = null;
        Field spf = m.get("spreads");
        if (spf != null && !spf.isNull()) {
            given = CibSection.impacts(spf, r, groups, offsets, spreadRows, true);
            ok &= given != null;
        }
        if (!ok) {
            return null;
        }
        List<CibJudgements.Expert> list = new ArrayList<>();
        for (var e : experts.entrySet()) {
            list.add(new CibJudgements.Expert(e.getKey(), weights.getOrDefault(e.getKey(), 1),
                    CibMatrix.of(sizes, e.getValue())));
        }
        Optional<CibMatrix> spreads = Optional.empty();
        if (spread != null || given != null) {
            spreads = Optional.of(spreads(descriptors, sizes, rows, list, spread, spreadRows, given));
        }
        return new CibJudgements(list, spreads);
    }

    /** {@code weights: {anna: 2}}: whole numbers from 1 for named experts; null after reporting. */
    private static Map<String, Integer> weights(Field wf, Reading r, java.util.Set<String> experts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (wf == null || wf.isNull()) {
            return out;
        }
        Map<String, Field> all = r.fields(wf, "a mapping of experts to whole-number weights, e.g. weights: "
                + "{anna: 2, ben: 1}", null);
        if (all == null) {
            return null;
        }
        boolean ok = true;
        for (Field w : all.values()) {
            if (experts.isEmpty()) {
                r.problem(w.keyLoc(), w.path(), "weights: weighs experts, but the cib: section names none; add "
                        + "experts: {" + w.key() + ": {impacts: {...}}} or leave weights: out");
                r.failed(w.path());
                return null;
            }
            if (!experts.contains(w.key())) {
                r.problem(w.keyLoc(), w.path(), "unknown expert '" + w.key() + "'"
                        + Suggestions.didYouMean(w.key(), experts) + "; the experts are " + String.join(", ", experts));
                r.failed(w.path());
                ok = false;
                continue;
            }
            Integer v = whole(w, r, 1, CibJudgements.MAX_WEIGHT, "a weight");
            if (v == null) {
                ok = false;
            } else {
                out.put(w.key(), v);
            }
        }
        return ok ? out : null;
    }

    /** The stated spread of every cell: {@code spread} for judged cells, overridden by {@code spreads}. */
    private static CibMatrix spreads(List<Descriptor> descriptors, int[] sizes, int[][] rows,
                                     List<CibJudgements.Expert> experts, Integer spread, int[][] spreadRows,
                                     boolean[][] given) {
        int total = spreadRows.length;
        int[][] out = new int[total][total];
        if (spread != null) {
            CibJudgements plain = new CibJudgements(experts, Optional.empty());
            CibMatrix matrix = rows == null && !experts.isEmpty() ? plain.summed()
                    : CibMatrix.of(sizes, rows == null ? new int[total][total] : rows);
            CrossImpactSystem shape = new CrossImpactSystem("", descriptors, matrix, plain);
            out = JudgementSpread.uniform(spread, false).of(shape).toRows();
        }
        if (given != null) {
            for (int a = 0; a < total; a++) {
                for (int b = 0; b < total; b++) {
                    if (given[a][b]) {
                        out[a][b] = spreadRows[a][b];
                    }
                }
            }
        }
        return CibMatrix.of(sizes, out);
    }

    /** A whole number in [min, max], or null after reporting what was found instead. */
    static Integer whole(Field f, Reading r, int min, int max, String what) {
        Double d = r.number(f);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || d < min || d > max) {
            String text = f.node() instanceof Node.Scalar s ? s.text() : String.valueOf(d);
            r.fail(f, "expected " + what + ", a whole number from " + min + " to " + max + ", got " + text
                    + (min == 1 && d == 0 ? "; leave out an expert to give it no say" : ""));
            return null;
        }
        return (int) Math.rint(d);
    }
}

package fi.foresight.io;

import fi.foresight.distributions.Distribution;
import fi.foresight.model.Panel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code weights: {driver: w}} (one panel called {@code default}) and
 * {@code panels: {id: {label, label_fi, weights, weight_distributions, dirichlet, normalise, allow_negative,
 * pool_weight, source}}}.
 */
final class PanelsSection {
    static final String DEFAULT = "default";
    static final List<String> KEYS = List.of("label", "label_fi", "weights", "weight_distributions", "dirichlet",
            "normalise", "allow_negative", "pool_weight", "source", "weights_from");

    private PanelsSection() {
    }

    static void readWeights(Field section, Reading r, ModelDraft draft) {
        r.modelPath("panels." + DEFAULT, section);
        r.modelPath("panels." + DEFAULT + ".weights", section);
        Map<String, Double> weights = weights(section, "panels." + DEFAULT + ".weights", false, r);
        Panel p = weights == null ? null : r.attempt(section, () -> Panel.of(DEFAULT).weights(weights));
        add(p, DEFAULT, section, r, draft);
    }

    static void readPanels(Field section, Reading r, ModelDraft draft) {
        var panels = r.fields(section, "a mapping of panel ids to panels, e.g. "
                + "{entrepreneurs: {weights: {readiness: 3, funding: 1}}}", null);
        if (panels != null) {
            panels.values().forEach(p -> panel(p, r, draft));
        }
    }

    private static void panel(Field f, Reading r, ModelDraft draft) {
        String id = f.key();
        if (r.attemptAtKey(f, () -> Panel.of(id)) == null) {
            return;
        }
        Map<String, Field> m = r.fields(f, "a panel such as {weights: {readiness: 3, funding: 1}}", KEYS);
        if (m == null) {
            add(null, id, f, r, draft);
            return;
        }
        boolean ok = true;
        boolean allowNegative = flag(m, "allow_negative", false, r);
        boolean normalise = flag(m, "normalise", true, r);
        Map<String, Double> weights = Map.of();
        RatingsReader.Rated rated = null;
        if (m.containsKey("weights_from")) {
            if (m.containsKey("weights") || m.containsKey("weight_distributions")) {
                r.fail(m.get("weights_from"), "a panel takes its weights from weights: or weight_distributions: or "
                        + "from ratings, weights_from:, not both");
                ok = false;
            } else {
                rated = RatingsReader.read(m.get("weights_from"), "panels." + id + ".weights", r);
                ok = rated != null;
                weights = rated == null ? Map.of() : rated.weights();
            }
        } else if (m.containsKey("weights")) {
            weights = weights(m.get("weights"), null, allowNegative, r);
            ok = weights != null;
        } else if (!m.containsKey("weight_distributions")) {
            r.missing(f, "weights", "a panel gives each driver a weight, e.g. weights: {readiness: 3, funding: 1}");
            ok = false;
        }
        var distributions = new LinkedHashMap<String, Distribution>();
        if (m.containsKey("weight_distributions")) {
            var wd = r.fields(m.get("weight_distributions"), "a mapping of drivers to distributions of their weight",
                    null);
            if (wd == null) {
                ok = false;
            } else {
                for (Field e : wd.values()) {
                    Distribution d = DistributionReader.read(e, r);
                    ok &= d != null;
                    distributions.put(e.key(), d);
                }
            }
        }
        Double dirichlet = r.number(m, "dirichlet", rated == null ? 0 : rated.weightsFrom().concentration());
        if (dirichlet != null && m.containsKey("dirichlet")) {
            ok &= r.attempt(m.get("dirichlet"), () -> Panel.of(id).dirichlet(dirichlet)) != null;
        }
        Double pool = r.number(m, "pool_weight", 1);
        if (pool != null && m.containsKey("pool_weight")) {
            ok &= r.attempt(m.get("pool_weight"), () -> Panel.of(id).poolWeight(pool)) != null;
        }
        List<String> sources = r.sources(m);
        Panel p = null;
        if (ok && dirichlet != null && pool != null) {
            Map<String, Double> w = weights;
            fi.foresight.model.WeightsFrom from = rated == null ? null : rated.weightsFrom();
            p = r.attemptAtKey(f, () -> new Panel(id, r.text(m, "label"), r.text(m, "label_fi"), w, distributions,
                    dirichlet, normalise, allowNegative, pool, sources, from));
        }
        add(p, id, f, r, draft);
    }

    /** Adds the panel, or an empty stand-in (so that references to it are not reported as unknown). */
    private static void add(Panel p, String id, Field f, Reading r, ModelDraft draft) {
        if (p == null) {
            r.failed(f.path());
            r.failed("panels." + id);
            p = Panel.of(id);
        }
        draft.panels.add(p);
    }

    private static boolean flag(Map<String, Field> m, String key, boolean otherwise, Reading r) {
        Field f = m.get(key);
        if (f == null || f.isNull()) {
            return otherwise;
        }
        Boolean b = r.bool(f);
        return b == null ? otherwise : b;
    }

    /**
     * Driver → weight; each weight is checked on its own (finite, not negative unless allowed) so that the
     * problem points at it. Null after reporting.
     */
    static Map<String, Double> weights(Field f, String modelPrefix, boolean allowNegative, Reading r) {
        var entries = r.fields(f, "a mapping of drivers to weights, e.g. {readiness: 3, funding: 1}", null);
        if (entries == null) {
            return null;
        }
        var out = new LinkedHashMap<String, Double>();
        boolean ok = true;
        for (Field e : entries.values()) {
            if (modelPrefix != null) {
                r.modelPath(modelPrefix + "." + e.key(), e);
            }
            Double w = r.number(e);
            if (w == null || r.attempt(e, () -> new Panel(DEFAULT, null, null, Map.of(e.key(), w), Map.of(), 0,
                    false, allowNegative, 1, List.of())) == null) {
                ok = false;
                continue;
            }
            out.put(e.key(), w);
        }
        return ok ? out : null;
    }
}

package fi.foresight.io;

import fi.foresight.distributions.Distribution;
import fi.foresight.model.Lever;
import fi.foresight.model.Change;
import fi.foresight.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code scenarios:} and {@code levers:}, both {@code {id: {label, label_fi, description, description_fi, source,
 * set, shift, scale, weights, from}}}. Changes keep the order in which they are written; {@code from: 2020}
 * makes them act from that year of a trajectory on.
 */
final class AdjustmentsSection {
    static final List<String> KEYS = List.of("label", "label_fi", "description", "description_fi", "source", "set",
            "shift", "scale", "weights", "from");

    private AdjustmentsSection() {
    }

    static void readScenarios(Field section, Reading r, ModelDraft draft) {
        var all = r.fields(section, "a mapping of scenario ids to scenarios, e.g. {open: {set: {x1: 2}}}", null);
        if (all == null) {
            return;
        }
        for (Field f : all.values()) {
            Map<String, Field> m = r.fields(f, "a scenario such as {label: Open markets, set: {x1: 2}}", KEYS);
            List<Change> changes = m == null ? null : changes(m, r);
            if (changes != null) {
                Integer from = TimeSections.from(m, r);
                Scenario s = r.attemptAtKey(f, () -> new Scenario(f.key(), r.text(m, "label"), r.text(m, "label_fi"),
                        r.text(m, "description"), r.text(m, "description_fi"), r.sources(m), changes, from));
                if (s != null) {
                    draft.scenarios.add(s);
                }
            }
        }
    }

    static void readLevers(Field section, Reading r, ModelDraft draft) {
        var all = r.fields(section, "a mapping of lever ids to levers, e.g. {training: {shift: {readiness: 0.1}}}",
                null);
        if (all == null) {
            return;
        }
        for (Field f : all.values()) {
            Map<String, Field> m = r.fields(f, "a lever such as {label: Training, shift: {readiness: 0.1}}", KEYS);
            List<Change> changes = m == null ? null : changes(m, r);
            if (changes != null) {
                Integer from = TimeSections.from(m, r);
                Lever l = r.attemptAtKey(f, () -> new Lever(f.key(), r.text(m, "label"), r.text(m, "label_fi"),
                        r.text(m, "description"), r.text(m, "description_fi"), r.sources(m), changes, from));
                if (l != null) {
                    draft.levers.add(l);
                }
            }
        }
    }

    /**
     * The changes that could be read, in file order; the others are reported (and their paths marked failed),
     * so the scenario is still checked for everything else.
     */
    static List<Change> changes(Map<String, Field> m, Reading r) {
        var out = new ArrayList<Change>();
        for (Field f : m.values()) {
            switch (f.key()) {
                case "set":
                    each(f, r, "a mapping of drivers to a value or a distribution, e.g. {x1: 2}", e -> {
                        Distribution d = DistributionReader.read(e, r);
                        return d == null ? null : new Change.SetDistribution(e.key(), d);
                    }, out);
                    break;
                case "shift":
                    each(f, r, "a mapping of drivers to amounts, e.g. {x1: 0.1}", e -> {
                        Double v = r.number(e);
                        return v == null ? null : r.attempt(e, () -> new Change.Shift(e.key(), v));
                    }, out);
                    break;
                case "scale":
                    each(f, r, "a mapping of drivers to factors, e.g. {x1: 1.2}", e -> {
                        Double v = r.number(e);
                        return v == null ? null : r.attempt(e, () -> new Change.Scale(e.key(), v));
                    }, out);
                    break;
                case "weights":
                    each(f, r, "a mapping of panels (or \"*\" for all) to driver weights, e.g. "
                            + "{educators: {readiness: 2}}", p -> weights(p, r, out) ? Boolean.TRUE : null, null);
                    break;
                default:
                    break;
            }
        }
        return out;
    }

    private static boolean weights(Field panel, Reading r, List<Change> out) {
        return each(panel, r, "a mapping of drivers to weights, e.g. {readiness: 2}", e -> {
            Double w = r.number(e);
            return w == null ? null : r.attempt(e, () -> new Change.SetWeight(panel.key(), e.key(), w));
        }, out);
    }

    /** Applies {@code read} to every entry of the mapping {@code f}; false when any entry failed. */
    private static <T> boolean each(Field f, Reading r, String what, java.util.function.Function<Field, T> read,
                                    List<? super T> out) {
        var entries = r.fields(f, what, null);
        if (entries == null) {
            return false;
        }
        boolean ok = true;
        for (Field e : entries.values()) {
            T v = read.apply(e);
            if (v == null) {
                ok = false;
            } else if (out != null) {
                out.add(v);
            }
        }
        return ok;
    }
}

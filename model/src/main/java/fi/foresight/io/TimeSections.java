package fi.foresight.io;

import fi.foresight.distributions.Distribution;
import fi.foresight.io.Node.Scalar;
import fi.foresight.model.Horizon;
import fi.foresight.model.TimeEvent;
import fi.foresight.model.TimeProcess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The time parts of a model file: {@code horizon: {start, end, step}}, a variable's {@code process:}, the
 * {@code events:} section and the {@code from:} year of scenarios and levers.
 */
final class TimeSections {
    static final List<String> HORIZON_KEYS = List.of("start", "end", "step");
    static final List<String> EVENT_KEYS = List.of("label", "label_fi", "description", "description_fi", "year", "probability", "set",
            "process", "shift", "scale", "source");
    static final List<String> PROCESS_TYPES = List.of("hold", "growth", "random_walk", "milestones");
    static final Map<String, List<String>> PROCESS_KEYS = Map.of(
            "hold", List.of("type"),
            "growth", List.of("type", "rate"),
            "random_walk", List.of("type", "drift", "volatility", "geometric"),
            "milestones", List.of("type", "values"));

    private TimeSections() {
    }

    /** {@code horizon: {start: 2019, end: 2030, step: 1}}. */
    static void horizon(Field f, Reading r, ModelDraft draft) {
        Map<String, Field> m = r.fields(f, "the years of trajectories, e.g. {start: 2019, end: 2030}", HORIZON_KEYS);
        if (m == null) {
            return;
        }
        Integer start = m.containsKey("start") ? year(m.get("start"), r) : null;
        Integer end = m.containsKey("end") ? year(m.get("end"), r) : null;
        Integer step = m.containsKey("step") ? year(m.get("step"), r) : Integer.valueOf(1);
        if (!m.containsKey("start")) {
            r.missing(f, "start", "a horizon runs from start to end, e.g. {start: 2019, end: 2030}");
        }
        if (!m.containsKey("end")) {
            r.missing(f, "end", "a horizon runs from start to end, e.g. {start: 2019, end: 2030}");
        }
        if (start != null && end != null && step != null) {
            draft.horizon = r.attempt(f, () -> new Horizon(start, end, step));
        }
    }

    /** A whole number (a year or a step), or null after reporting. */
    static Integer year(Field f, Reading r) {
        Double v = r.number(f);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || Math.abs(v) > Horizon.MAX_YEAR) {
            r.fail(f, "expected a whole year such as 2020, got " + f.node().describe());
            return null;
        }
        return v.intValue();
    }

    /** {@code process: hold} or {@code process: {type: growth, rate: 0.02}} and the other process types. */
    static TimeProcess process(Field f, Reading r) {
        if (f.node() instanceof Scalar s && s.kind() == Scalar.Kind.TEXT && s.text().equals("hold")) {
            return TimeProcess.hold();
        }
        Map<String, Field> m = r.fields(f, "a process such as {type: growth, rate: 0.02}", null);
        if (m == null) {
            return null;
        }
        Field tf = m.get("type");
        if (tf == null) {
            r.missing(f, "type", "a process names its type, one of " + String.join(", ", PROCESS_TYPES));
            r.failed(f.path());
            return null;
        }
        String type = r.text(tf);
        if (type == null || !PROCESS_KEYS.containsKey(type)) {
            r.fail(tf, "unknown process type " + tf.node().describe()
                    + (type == null ? "" : fi.foresight.model.Suggestions.didYouMean(type, PROCESS_TYPES))
                    + "; types are " + String.join(", ", PROCESS_TYPES));
            r.failed(f.path());
            return null;
        }
        List<String> keys = PROCESS_KEYS.get(type);
        boolean ok = true;
        for (Field child : m.values()) {
            if (!keys.contains(child.key())) {
                r.unknownKey(child, keys, "a " + type + " process has the keys ");
                ok = false;
            }
        }
        TimeProcess p = switch (type) {
            case "hold" -> TimeProcess.hold();
            case "growth" -> growth(f, m, r);
            case "random_walk" -> randomWalk(f, m, r);
            default -> milestones(f, m, r);
        };
        if (p == null || !ok) {
            r.failed(f.path());
            return null;
        }
        return p;
    }

    private static TimeProcess growth(Field f, Map<String, Field> m, Reading r) {
        Field rate = m.get("rate");
        if (rate == null) {
            r.missing(f, "rate", "a growth process needs its yearly rate, e.g. rate: 0.02 or "
                    + "rate: {type: uniform, min: 0.01, max: 0.03}");
            return null;
        }
        Distribution d = DistributionReader.read(rate, r);
        return d == null ? null : new TimeProcess.Growth(d);
    }

    private static TimeProcess randomWalk(Field f, Map<String, Field> m, Reading r) {
        if (!m.containsKey("volatility")) {
            r.missing(f, "volatility", "a random walk needs the standard deviation of its yearly steps, e.g. "
                    + "volatility: 2");
            return null;
        }
        Double drift = r.number(m, "drift", 0);
        Double volatility = r.number(m.get("volatility"));
        Boolean geometric = m.containsKey("geometric") ? r.bool(m.get("geometric")) : Boolean.FALSE;
        if (drift == null || volatility == null || geometric == null) {
            return null;
        }
        return r.attempt(f, () -> new TimeProcess.RandomWalk(drift, volatility, geometric));
    }

    private static TimeProcess milestones(Field f, Map<String, Field> m, Reading r) {
        Field vf = m.get("values");
        if (vf == null) {
            r.missing(f, "values", "milestones give values in some years, e.g. values: {2019: 100, 2030: 150}");
            return null;
        }
        var entries = r.fields(vf, "a mapping of years to values, e.g. {2019: 100, 2030: 150}", null);
        if (entries == null) {
            return null;
        }
        var values = new LinkedHashMap<Integer, Double>();
        boolean ok = true;
        for (Field e : entries.values()) {
            Integer y = parseYear(e.key());
            Double v = r.number(e);
            if (y == null) {
                r.problem(e.keyLoc(), e.path(), "'" + e.key() + "' is not a year; milestones are keyed by whole "
                        + "years such as 2025");
                r.failed(e.path());
                ok = false;
            } else if (v == null) {
                ok = false;
            } else {
                values.put(y, v);
            }
        }
        return ok ? r.attempt(vf, () -> new TimeProcess.Milestones(values)) : null;
    }

    private static Integer parseYear(String key) {
        try {
            int y = Integer.parseInt(key.trim());
            return Math.abs(y) <= Horizon.MAX_YEAR ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code from: 2020} of a scenario or lever; null when absent (or after reporting). */
    static Integer from(Map<String, Field> m, Reading r) {
        Field f = m.get("from");
        return f == null || f.isNull() ? null : year(f, r);
    }

    /**
     * {@code events: {id: {label, year, probability, set: {driver: value}, process: {driver: process},
     * shift: {driver: amount}, scale: {driver: factor}}}}.
     */
    static void events(Field section, Reading r, ModelDraft draft) {
        var all = r.fields(section, "a mapping of event ids to events, e.g. {closure: {year: 2022, set: {x: 0}}}",
                null);
        if (all == null) {
            return;
        }
        for (Field f : all.values()) {
            Map<String, Field> m = r.fields(f, "an event such as {year: 2022, probability: 0.3, set: {x: 0}}",
                    EVENT_KEYS);
            if (m == null) {
                continue;
            }
            Field yf = m.get("year");
            Distribution year = null;
            if (yf == null) {
                r.missing(f, "year", "an event happens in a year, e.g. year: 2022 or year: {type: discrete, "
                        + "values: [2021, 2022], probabilities: [0.5, 0.5]}");
            } else {
                year = DistributionReader.read(yf, r);
            }
            Double probability = r.number(m, "probability", 1);
            var effects = new ArrayList<TimeEvent.Effect>();
            boolean ok = effects(m, r, effects);
            if (year != null && probability != null && ok) {
                Distribution y = year;
                TimeEvent e = r.attemptAtKey(f, () -> new TimeEvent(f.key(), r.text(m, "label"),
                        r.text(m, "label_fi"), r.text(m, "description"), r.text(m, "description_fi"), y, probability,
                        effects, r.sources(m)));
                if (e != null) {
                    draft.events.add(e);
                }
            }
        }
    }

    /**
     * Effects in the order their drivers first appear under set:, process:, shift: and scale: (in file order):
     * one effect per driver, joining its set, process, shift and scale.
     */
    private static boolean effects(Map<String, Field> m, Reading r, List<TimeEvent.Effect> out) {
        var sets = new LinkedHashMap<String, Distribution>();
        var processes = new LinkedHashMap<String, TimeProcess>();
        var shifts = new LinkedHashMap<String, Double>();
        var scales = new LinkedHashMap<String, Double>();
        var order = new ArrayList<String>();
        boolean ok = true;
        for (Field f : m.values()) {
            switch (f.key()) {
                case "set" -> ok &= each(f, r, "a mapping of drivers to their new value, e.g. {spb_access: 0}",
                        e -> DistributionReader.read(e, r), sets, order);
                case "process" -> ok &= each(f, r, "a mapping of drivers to their new process, e.g. "
                        + "{exports: {type: growth, rate: -0.05}}", e -> process(e, r), processes, order);
                case "shift" -> ok &= each(f, r, "a mapping of drivers to amounts, e.g. {attitude_climate: -0.1}",
                        r::number, shifts, order);
                case "scale" -> ok &= each(f, r, "a mapping of drivers to factors, e.g. {exports: 0.7}", r::number,
                        scales, order);
                default -> {
                }
            }
        }
        for (String driver : order) {
            out.add(new TimeEvent.Effect(driver, sets.get(driver), processes.get(driver),
                    shifts.getOrDefault(driver, 0.0), scales.getOrDefault(driver, 1.0)));
        }
        return ok;
    }

    /** Reads every entry of the mapping {@code f} into {@code out}; false when the mapping or an entry failed. */
    private static <T> boolean each(Field f, Reading r, String what, java.util.function.Function<Field, T> read,
                                    Map<String, T> out, List<String> order) {
        var entries = r.fields(f, what, null);
        if (entries == null) {
            return false;
        }
        boolean ok = true;
        for (Field e : entries.values()) {
            T v = read.apply(e);
            ok &= v != null;
            if (v != null) {
                out.put(e.key(), v);
                if (!order.contains(e.key())) {
                    order.add(e.key());
                }
            }
        }
        return ok;
    }
}

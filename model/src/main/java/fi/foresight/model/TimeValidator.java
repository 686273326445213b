package fi.foresight.model;

import fi.foresight.expression.Expression;
import fi.foresight.expression.NameRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of a model's time parts: horizon, processes, events, {@code from} years, {@code year} and {@code prev}. */
final class TimeValidator {
    private static final String DECLARE = "declare horizon: {start: 2019, end: 2030} (Model.builder(...).horizon(2019, 2030))";

    private TimeValidator() {
    }

    static List<Problem> validate(Map<String, String> sources, List<Driver> drivers, List<Outcome> outcomes,
                                  List<Panel> panels, List<Scenario> scenarios, List<Lever> levers,
                                  List<TimeEvent> events, Horizon horizon) {
        var p = new ArrayList<Problem>();
        boolean timeless = horizon == null;
        Set<String> driverIds = new LinkedHashSet<>(drivers.stream().map(Driver::id).toList());
        for (Driver d : drivers) {
            if (timeless && d.isTimeVarying()) {
                p.add(Problem.at("variables." + d.id() + ".process", "a " + d.process().type().replace('_', ' ')
                        + " process moves the value over the years of a horizon, and the model has none; " + DECLARE));
            }
        }
        var known = new ArrayList<String>(driverIds);
        known.addAll(ModelValidator.outcomeColumns(outcomes, panels));
        var knownSet = new LinkedHashSet<>(known);
        for (Outcome o : outcomes) {
            if (!(o instanceof ExpressionOutcome e)) {
                continue;
            }
            String path = "outcomes." + o.id() + ".expression";
            Expression x = e.expression();
            if (timeless) {
                for (NameRef ref : x.references()) {
                    if (ref.name().equals(Expression.YEAR)) {
                        p.add(new Problem(path, "'year' is the current year of a trajectory, and the model has no "
                                + "horizon; " + DECLARE, ref.column()));
                        break;
                    }
                }
            }
            for (NameRef ref : x.previous()) {
                if (!knownSet.contains(ref.name())) {
                    p.add(new Problem(path, "unknown name '" + ref.name() + "' in prev(" + ref.name() + ")"
                            + Suggestions.didYouMean(ref.name(), known) + "; prev reads a variable or an outcome",
                            ref.column()));
                } else if (timeless) {
                    p.add(new Problem(path, "prev(" + ref.name() + ") is the value one year earlier, and the model "
                            + "has no horizon; " + DECLARE, ref.column()));
                }
            }
        }
        for (Adjustment a : scenarios) {
            from(p, "scenarios." + a.id(), a, horizon);
        }
        for (Adjustment a : levers) {
            from(p, "levers." + a.id(), a, horizon);
        }
        var eventIds = new LinkedHashSet<String>();
        for (TimeEvent e : events) {
            String path = "events." + e.id();
            if (!eventIds.add(e.id())) {
                p.add(Problem.at(path, "duplicate id '" + e.id() + "' in events; each id may be declared once"));
            }
            if (timeless) {
                p.add(Problem.at(path, "an event happens in a year of the horizon, and the model has none; " + DECLARE));
            } else if (e.year().support().min() > horizon.end()) {
                p.add(Problem.at(path + ".year", "every year the event may happen in lies after the horizon's end ("
                        + horizon.end() + "), so it never happens on the horizon; give years up to " + horizon.end()));
            }
            if (e.effects().isEmpty()) {
                p.add(Problem.at(path, "the event changes nothing; give set: {driver: value}, process: {driver: ...}, shift: or scale:"));
            }
            for (String s : e.sources()) {
                if (!sources.containsKey(s)) {
                    p.add(Problem.at(path + ".source", "unknown source '" + s + "'"
                            + Suggestions.didYouMean(s, sources.keySet()) + "; declare it under sources:"));
                }
            }
            for (TimeEvent.Effect f : e.effects()) {
                if (!driverIds.contains(f.driver())) {
                    String key = f.set() != null ? "set" : f.process() != null ? "process" : f.shift() != 0 ? "shift"
                            : "scale";
                    p.add(Problem.at(path + "." + key + "." + f.driver(), "unknown variable '" + f.driver() + "'"
                            + Suggestions.didYouMean(f.driver(), driverIds) + "; an event changes a declared variable"));
                }
            }
        }
        return p;
    }

    private static void from(List<Problem> p, String path, Adjustment a, Horizon horizon) {
        if (a.from() == null) {
            return;
        }
        if (horizon == null) {
            p.add(Problem.at(path + ".from", "from: " + a.from() + " is a year of a horizon, and the model has none; "
                    + DECLARE));
        } else if (a.from() < horizon.start() || a.from() > horizon.end()) {
            p.add(Problem.at(path + ".from", "from (" + a.from() + ") lies outside the horizon " + horizon.start()
                    + "–" + horizon.end() + "; give a year in it, or leave from: out to act over the whole horizon"));
        }
    }
}

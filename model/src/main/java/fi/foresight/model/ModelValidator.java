package fi.foresight.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/** The cross-reference checks of a model; each problem names the model path it concerns. */
final class ModelValidator {
    /** Names an expression reserves; no driver or outcome may take them. */
    static final Set<String> RESERVED = Set.of("pi", "e", "year", Scenario.BASE, Lever.NONE);
    /** Tolerance for a negative eigenvalue of the correlation matrix caused by rounding. */
    /** A hint when {@code name} is the start of a panel column whose panel id has a hyphen, e.g. index.north-east. */
    private static String hyphenatedColumn(String name, List<String> columns) {
        return columns.stream().filter(c -> c.startsWith(name + "-")).findFirst()
                .map(c -> "; '" + c + "' cannot be written in an expression, where '-' means minus: give the panel"
                        + " an id with '_' instead")
                .orElse("");
    }

    private static final double PSD_TOLERANCE = 1e-10;

    private ModelValidator() {
    }

    static List<Problem> validate(String id, Map<String, String> sources, List<Driver> drivers,
                                  List<Correlation> correlations, List<Panel> panels, List<Outcome> outcomes,
                                  List<Target> targets, List<Scenario> scenarios, List<Lever> levers) {
        var p = new ArrayList<Problem>();
        if (!Ids.isValidName(id)) {
            p.add(Problem.at("model", Ids.invalidName("model", id)));
        }
        Set<String> driverIds = uniqueIds(p, "variables", drivers.stream().map(Driver::id).toList());
        Set<String> outcomeIds = uniqueIds(p, "outcomes", outcomes.stream().map(Outcome::id).toList());
        Set<String> panelIds = uniqueIds(p, "panels", panels.stream().map(Panel::id).toList());
        uniqueIds(p, "scenarios", scenarios.stream().map(Scenario::id).toList());
        uniqueIds(p, "levers", levers.stream().map(Lever::id).toList());
        for (String o : outcomeIds) {
            if (driverIds.contains(o)) {
                p.add(Problem.at("outcomes." + o, "'" + o + "' is both a variable and an outcome; ids must be unique across both"));
            }
        }
        reserved(p, "variables", driverIds);
        reserved(p, "outcomes", outcomeIds);
        for (Scenario s : scenarios) {
            if (s.id().equals(Scenario.BASE)) {
                p.add(Problem.at("scenarios." + s.id(), "'base' is the unmodified model and is always present; give this scenario another id"));
            }
        }
        for (Lever l : levers) {
            if (l.id().equals(Lever.NONE)) {
                p.add(Problem.at("levers." + l.id(), "'none' is the run without a lever and is always present; give this lever another id"));
            }
        }

        for (Driver d : drivers) {
            sourcesExist(p, "variables." + d.id() + ".source", d.sources(), sources);
        }
        for (Panel pa : panels) {
            sourcesExist(p, "panels." + pa.id() + ".source", pa.sources(), sources);
            for (String v : pa.weights().keySet()) {
                driverExists(p, "panels." + pa.id() + ".weights." + v, v, driverIds);
            }
            for (String v : pa.weightDistributions().keySet()) {
                driverExists(p, "panels." + pa.id() + ".weight_distributions." + v, v, driverIds);
            }
        }
        correlations(p, correlations, drivers, driverIds);

        List<String> columns = outcomeColumns(outcomes, panels);
        var columnSet = new LinkedHashSet<>(columns);
        for (Outcome o : outcomes) {
            sourcesExist(p, "outcomes." + o.id() + ".source", o.sources(), sources);
            if (o instanceof WeightedIndex w) {
                weightedIndex(p, w, panels, panelIds, drivers);
            } else if (o instanceof ExpressionOutcome e) {
                for (var ref : e.expression().references()) {
                    if (ref.name().equals(fi.foresight.expression.Expression.YEAR)) {
                        continue; // the horizon's year; TimeValidator checks that there is a horizon
                    }
                    if (!driverIds.contains(ref.name()) && !columnSet.contains(ref.name())) {
                        var known = new ArrayList<String>(driverIds);
                        known.addAll(columns);
                        p.add(new Problem("outcomes." + o.id() + ".expression", "unknown name '" + ref.name()
                                + "'" + Suggestions.didYouMean(ref.name(), known) + hyphenatedColumn(ref.name(), columns)
                                + "; an expression may use variables and other outcomes", ref.column()));
                    }
                }
            }
        }
        cycles(p, outcomes, panels);
        for (int i = 0; i < targets.size(); i++) {
            String o = targets.get(i).outcome();
            if (!columnSet.contains(o)) {
                p.add(Problem.at("targets." + o, "unknown outcome '" + o + "'" + Suggestions.didYouMean(o, columns)
                        + "; targets name an outcome column: " + columns));
            }
        }
        for (Scenario s : scenarios) {
            adjustment(p, "scenarios." + s.id(), s, driverIds, panelIds, sources);
        }
        for (Lever l : levers) {
            adjustment(p, "levers." + l.id(), l, driverIds, panelIds, sources);
        }
        return p;
    }

    static List<String> outcomeColumns(List<Outcome> outcomes, List<Panel> panels) {
        var cols = new ArrayList<String>();
        for (Outcome o : outcomes) {
            cols.add(o.id());
            if (o instanceof WeightedIndex w) {
                List<String> ps = w.panels().isEmpty() ? panels.stream().map(Panel::id).toList() : w.panels();
                if (ps.size() > 1) {
                    ps.forEach(pa -> cols.add(OutcomeColumn.of(o.id(), pa).key()));
                }
            }
        }
        return cols;
    }

    private static Set<String> uniqueIds(List<Problem> p, String section, List<String> ids) {
        var seen = new LinkedHashSet<String>();
        for (String id : ids) {
            if (!seen.add(id)) {
                p.add(Problem.at(section + "." + id, "duplicate id '" + id + "' in " + section + "; each id may be declared once"));
            }
        }
        return seen;
    }

    private static void reserved(List<Problem> p, String section, Set<String> ids) {
        for (String id : ids) {
            if (RESERVED.contains(id)) {
                p.add(Problem.at(section + "." + id, "'" + id + "' is a reserved name; reserved names are "
                        + RESERVED.stream().sorted().toList()));
            } else if (fi.foresight.expression.Names.isReserved(id)) {
                p.add(Problem.at(section + "." + id, "'" + id + "' is a word of the expression language (a function,"
                        + " constant or keyword), so expressions could not use it; choose another id"));
            }
        }
    }

    private static void sourcesExist(List<Problem> p, String path, List<String> ids, Map<String, String> sources) {
        for (String s : ids) {
            if (!sources.containsKey(s)) {
                p.add(Problem.at(path, "unknown source '" + s + "'" + Suggestions.didYouMean(s, sources.keySet())
                        + (sources.isEmpty() ? "; declare it under sources:" : "; declared sources are " + abbreviate(sources.keySet()))));
            }
        }
    }

    private static String abbreviate(Set<String> ids) {
        var l = new ArrayList<>(ids);
        return l.size() <= 8 ? l.toString() : l.subList(0, 4) + "… (" + l.size() + " in all)";
    }

    static void driverExists(List<Problem> p, String path, String v, Set<String> driverIds) {
        if (!driverIds.contains(v)) {
            p.add(Problem.at(path, "unknown variable '" + v + "'" + Suggestions.didYouMean(v, driverIds)
                    + "; weights and overrides name a declared variable"));
        }
    }

    private static void weightedIndex(List<Problem> p, WeightedIndex w, List<Panel> panels, Set<String> panelIds,
                                      List<Driver> drivers) {
        String path = "outcomes." + w.id() + ".weighted_index";
        if (panels.isEmpty()) {
            p.add(Problem.at(path, "a weighted index needs weights; declare weights: or panels: with weights"));
            return;
        }
        List<Panel> used = new ArrayList<>();
        for (String pa : w.panels()) {
            if (!panelIds.contains(pa)) {
                p.add(Problem.at(path + ".panels", "unknown panel '" + pa + "'" + Suggestions.didYouMean(pa, panelIds)
                        + "; panels are " + panelIds));
            } else {
                panels.stream().filter(x -> x.id().equals(pa)).forEach(used::add);
            }
        }
        if (w.panels().isEmpty()) {
            used.addAll(panels);
        }
        if (!used.isEmpty() && used.stream().mapToDouble(Panel::poolWeight).sum() == 0) {
            p.add(Problem.at(path, "the pool weights of its panels sum to 0; at least one panel needs pool_weight > 0"));
        }
        var needRange = new LinkedHashSet<String>();
        for (Panel pa : used) {
            needRange.addAll(pa.weights().keySet());
            needRange.addAll(pa.weightDistributions().keySet());
        }
        for (Driver d : drivers) {
            if (needRange.contains(d.id()) && d.scalingRange() == null) {
                p.add(Problem.at("variables." + d.id() + ".range", "variable '" + d.id() + "' enters weighted index '"
                        + w.id() + "' but its distribution has no bounded range to scale from; add range: [min, max]"));
            }
        }
    }

    private static void correlations(List<Problem> p, List<Correlation> cs, List<Driver> drivers, Set<String> driverIds) {
        if (cs.isEmpty()) {
            return;
        }
        var pairs = new HashSet<String>();
        boolean ok = true;
        for (int k = 0; k < cs.size(); k++) {
            Correlation c = cs.get(k);
            for (String v : List.of(c.a(), c.b())) {
                if (!driverIds.contains(v)) {
                    p.add(Problem.at("correlations[" + k + "]", "unknown variable '" + v + "'"
                            + Suggestions.didYouMean(v, driverIds) + "; correlations name declared variables"));
                    ok = false;
                }
            }
            String key = c.a().compareTo(c.b()) < 0 ? c.a() + "|" + c.b() : c.b() + "|" + c.a();
            if (!pairs.add(key)) {
                p.add(Problem.at("correlations[" + k + "]", "the pair " + c.a() + ", " + c.b()
                        + " is given more than once; give each pair once"));
                ok = false;
            }
        }
        if (!ok) {
            return;
        }
        var index = new HashMap<String, Integer>();
        var involved = new ArrayList<String>();
        for (Driver d : drivers) {
            boolean in = cs.stream().anyMatch(c -> c.a().equals(d.id()) || c.b().equals(d.id()));
            if (in) {
                index.put(d.id(), involved.size());
                involved.add(d.id());
            }
        }
        int n = involved.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        for (Correlation c : cs) {
            int i = index.get(c.a());
            int j = index.get(c.b());
            m[i][j] = c.rho();
            m[j][i] = c.rho();
        }
        var eig = new EigenDecomposition(new Array2DRowRealMatrix(m, false));
        double[] values = eig.getRealEigenvalues();
        int smallest = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[smallest]) {
                smallest = i;
            }
        }
        if (values[smallest] < -PSD_TOLERANCE) {
            double[] v = eig.getEigenvector(smallest).toArray();
            int a = 0;
            int b = -1;
            for (int i = 1; i < n; i++) {
                if (Math.abs(v[i]) > Math.abs(v[a])) {
                    b = a;
                    a = i;
                } else if (b < 0 || Math.abs(v[i]) > Math.abs(v[b])) {
                    b = i;
                }
            }
            p.add(Problem.at("correlations", String.format(java.util.Locale.ROOT,
                    "the correlation matrix is not positive semi-definite (smallest eigenvalue %.4g); "
                            + "the correlations involving %s and %s contradict each other; weaken them so that "
                            + "every eigenvalue is >= 0", values[smallest], involved.get(a), involved.get(b))));
        }
    }

    private static void cycles(List<Problem> p, List<Outcome> outcomes, List<Panel> panels) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        Map<String, String> columnOwner = new HashMap<>();
        for (String c : outcomeColumns(outcomes, panels)) {
            columnOwner.put(c, OutcomeColumn.parse(c).outcome());
        }
        for (Outcome o : outcomes) {
            var ds = new ArrayList<String>();
            if (o instanceof ExpressionOutcome e) {
                for (var ref : e.expression().references()) {
                    String owner = columnOwner.get(ref.name());
                    if (owner != null && !ds.contains(owner)) {
                        ds.add(owner);
                    }
                }
            }
            deps.put(o.id(), ds);
        }
        var state = new HashMap<String, Integer>();
        var reported = new HashSet<String>();
        for (String o : deps.keySet()) {
            var stack = new ArrayList<String>();
            visit(o, deps, state, stack, p, reported);
        }
    }

    private static void visit(String o, Map<String, List<String>> deps, Map<String, Integer> state,
                              List<String> stack, List<Problem> p, Set<String> reported) {
        Integer s = state.get(o);
        if (s != null && s == 2) {
            return;
        }
        if (s != null && s == 1) {
            var cycle = new ArrayList<>(stack.subList(stack.indexOf(o), stack.size()));
            cycle.add(o);
            var key = new java.util.TreeSet<>(cycle).toString();
            if (reported.add(key)) {
                p.add(Problem.at("outcomes." + o + ".expression", "outcomes refer to each other in a cycle: "
                        + String.join(" -> ", cycle) + "; an outcome may only use outcomes that do not use it"));
            }
            return;
        }
        state.put(o, 1);
        stack.add(o);
        for (String d : deps.getOrDefault(o, List.of())) {
            visit(d, deps, state, stack, p, reported);
        }
        stack.remove(stack.size() - 1);
        state.put(o, 2);
    }

    private static void adjustment(List<Problem> p, String path, Adjustment a, Set<String> driverIds,
                                   Set<String> panelIds, Map<String, String> sources) {
        sourcesExist(p, path + ".source", a.sources(), sources);
        changes(p, path, a.overrides(), driverIds, panelIds);
    }

    /** Checks that overrides written under {@code path} name known drivers and panels. */
    static void changes(List<Problem> p, String path, List<Change> overrides, Set<String> driverIds,
                        Set<String> panelIds) {
        for (Change o : overrides) {
            if (o instanceof Change.SetWeight w) {
                if (!w.panel().equals(Change.SetWeight.ALL_PANELS) && !panelIds.contains(w.panel())) {
                    p.add(Problem.at(path + ".weights." + w.panel(), "unknown panel '" + w.panel() + "'"
                            + Suggestions.didYouMean(w.panel(), panelIds) + "; panels are " + panelIds
                            + " (or '*' for every panel)"));
                }
                driverExists(p, path + ".weights." + w.panel() + "." + w.driver(), w.driver(), driverIds);
            } else {
                String key = o instanceof Change.SetDistribution ? "set" : o instanceof Change.Shift ? "shift" : "scale";
                driverExists(p, path + "." + key + "." + o.driver(), o.driver(), driverIds);
            }
        }
    }
}

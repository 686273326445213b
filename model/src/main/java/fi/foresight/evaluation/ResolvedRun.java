package fi.foresight.evaluation;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Gamma;
import fi.foresight.expression.ColumnProgram;
import fi.foresight.expression.Expression;
import fi.foresight.model.Adjustment;
import fi.foresight.model.Driver;
import fi.foresight.model.InputId;
import fi.foresight.model.ExpressionOutcome;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Outcome;
import fi.foresight.model.OutcomeColumn;
import fi.foresight.model.Change;
import fi.foresight.model.Panel;
import fi.foresight.model.Range;
import fi.foresight.model.Scenario;
import fi.foresight.model.WeightedIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model with one scenario's and one lever's overrides applied, compiled into evaluation steps.
 *
 * <p>Expression slots: drivers {@code [0, d)}, outcome columns {@code [d, d + m)}, then {@code year} at
 * {@code d + m} and the previous values read through {@code prev(x)} at {@code d + m + 1 + i} for the i-th name
 * of {@link #previous()}.
 *
 * @param firstYear      the horizon's first year ({@code year} in a static run), NaN without a horizon
 * @param previous       the names read through {@code prev}, each once
 * @param previousDriver for each of them its driver index, or -1
 * @param previousOutput for each of them its output column, or -1
 * @param writtenAtStep  for each output column the index of the step that writes it
 */
record ResolvedRun(Scenario scenario, Lever lever, List<Input> inputs, List<String> outputs, int drivers,
                   double[] scale, double[] shift, double[] rangeMin, double[] rangeWidth, boolean[] scaled,
                   List<ResolvedPanel> panels, List<Step> steps, double firstYear, List<String> previous,
                   int[] previousDriver, int[] previousOutput, int[] writtenAtStep) {

    /** One panel's weights: fixed ones, or a per-sample weight input for each driver that has one. */
    record ResolvedPanel(String id, int[] driver, double[] weight, int[] weightInput, boolean normalise,
                         double poolWeight) {
        boolean uncertain() {
            for (int w : weightInput) {
                if (w >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One outcome to compute, in dependency order. */
    sealed interface Step permits IndexStep, ExpressionStep {
    }

    /** A weighted index: panel indices (written to panelColumn[i], or scratch when -1) then the pooled column. */
    record IndexStep(int column, int[] panel, int[] panelColumn, double[] poolWeight) implements Step {
    }

    /** An expression over driver columns (slots 0..d-1) and outcome columns (slots d..). */
    record ExpressionStep(int column, ColumnProgram program) implements Step {
    }

    static ResolvedRun resolve(Model model, Scenario scenario, Lever lever) {
        int d = model.drivers().size();
        var dists = new ArrayList<Distribution>();
        model.drivers().forEach(x -> dists.add(x.distribution()));
        double[] scale = new double[d];
        double[] shift = new double[d];
        java.util.Arrays.fill(scale, 1);
        var pointWeights = new LinkedHashMap<String, LinkedHashMap<String, Double>>();
        var weightDists = new LinkedHashMap<String, LinkedHashMap<String, Distribution>>();
        for (Panel p : model.panels()) {
            pointWeights.put(p.id(), new LinkedHashMap<>(p.weights()));
            weightDists.put(p.id(), new LinkedHashMap<>(p.weightDistributions()));
        }
        for (Adjustment a : List.<Adjustment>of(scenario, lever)) {
            for (Change o : a.overrides()) {
                int i = model.driverIndex(o.driver());
                if (o instanceof Change.SetDistribution s) {
                    dists.set(i, s.distribution());
                    scale[i] = 1;
                    shift[i] = 0;
                } else if (o instanceof Change.Shift s) {
                    shift[i] += s.amount();
                } else if (o instanceof Change.Scale s) {
                    scale[i] *= s.factor();
                    shift[i] *= s.factor();
                } else if (o instanceof Change.SetWeight w) {
                    for (Panel p : model.panels()) {
                        if (w.panel().equals(Change.SetWeight.ALL_PANELS) || w.panel().equals(p.id())) {
                            pointWeights.get(p.id()).put(w.driver(), w.weight());
                            weightDists.get(p.id()).remove(w.driver());
                        }
                    }
                }
            }
        }
        var inputs = new ArrayList<Input>();
        for (int i = 0; i < d; i++) {
            Driver drv = model.drivers().get(i);
            inputs.add(new Input(drv.id(), drv.label(), dists.get(i), Input.Kind.DRIVER));
        }
        double[] rangeMin = new double[d];
        double[] rangeWidth = new double[d];
        boolean[] scaled = new boolean[d];
        var panels = new ArrayList<ResolvedPanel>();
        for (Panel p : model.panels()) {
            var pw = pointWeights.get(p.id());
            var wd = weightDists.get(p.id());
            var normalised = p.dirichlet() > 0 || !wd.isEmpty() || !p.normalise()
                    ? pw : normalise(pw);
            int m = pw.size();
            for (String v : wd.keySet()) {
                if (!pw.containsKey(v)) {
                    m++;
                }
            }
            int[] driver = new int[m];
            double[] weight = new double[m];
            int[] weightInput = new int[m];
            var order = new ArrayList<String>(pw.keySet());
            wd.keySet().stream().filter(v -> !pw.containsKey(v)).forEach(order::add);
            double sum = pw.values().stream().mapToDouble(Math::abs).sum();
            for (int k = 0; k < m; k++) {
                String v = order.get(k);
                driver[k] = model.driverIndex(v);
                weight[k] = normalised.getOrDefault(v, 0.0);
                weightInput[k] = -1;
                if (wd.containsKey(v)) {
                    weightInput[k] = inputs.size();
                    inputs.add(new Input(InputId.weight(p.id(), v).key(), p.label() + ": weight of " + v, wd.get(v),
                            Input.Kind.WEIGHT));
                } else if (p.dirichlet() > 0 && weight[k] > 0) {
                    weightInput[k] = inputs.size();
                    inputs.add(new Input(InputId.weight(p.id(), v).key(), p.label() + ": weight of " + v,
                            Gamma.of(p.dirichlet() * weight[k] / sum, 1.0), Input.Kind.WEIGHT));
                }
                Range r = model.drivers().get(driver[k]).scalingRange();
                scaled[driver[k]] = true;
                rangeMin[driver[k]] = r.min();
                rangeWidth[driver[k]] = r.max() - r.min();
            }
            panels.add(new ResolvedPanel(p.id(), driver, weight, weightInput,
                    p.normalise() || p.dirichlet() > 0, p.poolWeight()));
        }
        List<String> outputs = model.outcomeColumns();
        var slots = new HashMap<String, Integer>();
        for (int i = 0; i < d; i++) {
            slots.put(model.drivers().get(i).id(), i);
        }
        for (int j = 0; j < outputs.size(); j++) {
            slots.put(outputs.get(j), d + j);
        }
        slots.put(Expression.YEAR, d + outputs.size());
        var previous = new ArrayList<String>();
        for (Outcome o : model.outcomes()) {
            if (o instanceof ExpressionOutcome e) {
                for (var ref : e.expression().previous()) {
                    if (!previous.contains(ref.name())) {
                        slots.put(Expression.previousKey(ref.name()), d + outputs.size() + 1 + previous.size());
                        previous.add(ref.name());
                    }
                }
            }
        }
        int[] previousDriver = new int[previous.size()];
        int[] previousOutput = new int[previous.size()];
        for (int i = 0; i < previous.size(); i++) {
            previousDriver[i] = model.driverIndex(previous.get(i));
            previousOutput[i] = outputs.indexOf(previous.get(i));
        }
        var steps = new ArrayList<Step>();
        for (Outcome o : topological(model)) {
            int column = outputs.indexOf(o.id());
            if (o instanceof WeightedIndex w) {
                List<Panel> ps = model.panelsOf(w);
                int[] panel = new int[ps.size()];
                int[] panelColumn = new int[ps.size()];
                double[] pool = new double[ps.size()];
                for (int k = 0; k < ps.size(); k++) {
                    panel[k] = model.panels().indexOf(ps.get(k));
                    panelColumn[k] = ps.size() > 1 ? outputs.indexOf(OutcomeColumn.of(o.id(), ps.get(k).id()).key()) : -1;
                    pool[k] = ps.get(k).poolWeight();
                }
                steps.add(new IndexStep(column, panel, panelColumn, pool));
            } else {
                var e = (ExpressionOutcome) o;
                steps.add(new ExpressionStep(column, e.expression().compile(slots)));
            }
        }
        int[] writtenAtStep = new int[outputs.size()];
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            if (step instanceof IndexStep idx) {
                writtenAtStep[idx.column()] = s;
                for (int c : idx.panelColumn()) {
                    if (c >= 0) {
                        writtenAtStep[c] = s;
                    }
                }
            } else {
                writtenAtStep[((ExpressionStep) step).column()] = s;
            }
        }
        double firstYear = model.horizon().map(h -> (double) h.start()).orElse(Double.NaN);
        return new ResolvedRun(scenario, lever, List.copyOf(inputs), outputs, d, scale, shift, rangeMin,
                rangeWidth, scaled, List.copyOf(panels), List.copyOf(steps), firstYear, List.copyOf(previous),
                previousDriver, previousOutput, writtenAtStep);
    }

    /** The same run with {@code year} bound to {@code year} in a static evaluation (no previous columns). */
    ResolvedRun atYear(double year) {
        return new ResolvedRun(scenario, lever, inputs, outputs, drivers, scale, shift, rangeMin, rangeWidth, scaled,
                panels, steps, year, previous, previousDriver, previousOutput, writtenAtStep);
    }

    /** The same run with other inputs of the same names and kinds (e.g. drivers at their state in a year). */
    ResolvedRun withInputs(List<Input> replaced) {
        if (replaced.size() != inputs.size()) {
            throw new IllegalArgumentException("expected " + inputs.size() + " inputs, got " + replaced.size());
        }
        for (int i = 0; i < replaced.size(); i++) {
            if (!replaced.get(i).name().equals(inputs.get(i).name()) || replaced.get(i).kind() != inputs.get(i).kind()) {
                throw new IllegalArgumentException("input " + i + " is '" + inputs.get(i).name() + "', not '"
                        + replaced.get(i).name() + "'");
            }
        }
        return new ResolvedRun(scenario, lever, List.copyOf(replaced), outputs, drivers, scale, shift, rangeMin,
                rangeWidth, scaled, panels, steps, firstYear, previous, previousDriver, previousOutput, writtenAtStep);
    }

    private static Map<String, Double> normalise(Map<String, Double> w) {
        double sum = w.values().stream().mapToDouble(Math::abs).sum();
        var out = new LinkedHashMap<String, Double>();
        w.forEach((k, v) -> out.put(k, sum > 0 ? v / sum : v));
        return out;
    }

    /** Outcomes ordered so that each comes after the outcomes its expression uses. */
    private static List<Outcome> topological(Model model) {
        var byId = new LinkedHashMap<String, Outcome>();
        model.outcomes().forEach(o -> byId.put(o.id(), o));
        var done = new HashSet<String>();
        var order = new ArrayList<Outcome>();
        for (Outcome o : model.outcomes()) {
            visit(o, byId, done, order);
        }
        return order;
    }

    private static void visit(Outcome o, Map<String, Outcome> byId, Set<String> done, List<Outcome> order) {
        if (!done.add(o.id())) {
            return;
        }
        if (o instanceof ExpressionOutcome e) {
            for (var ref : e.expression().references()) {
                Outcome dep = byId.get(OutcomeColumn.parse(ref.name()).outcome());
                if (dep != null) {
                    visit(dep, byId, done, order);
                }
            }
        }
        order.add(o);
    }
}

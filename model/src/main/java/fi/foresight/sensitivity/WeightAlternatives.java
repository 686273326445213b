package fi.foresight.sensitivity;

import fi.foresight.distributions.Distribution;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Alternative;
import fi.foresight.model.InputId;
import fi.foresight.model.Driver;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Change;
import fi.foresight.model.Panel;
import fi.foresight.model.Range;
import fi.foresight.model.Scenario;
import fi.foresight.sampling.Design;
import fi.foresight.sampling.SamplingKernel;
import fi.foresight.time.YearState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario × lever alternatives of a weight sensitivity analysis, each reduced to what a weighted index needs:
 * the expected scaled value {@code m_i = E[clamp((x_i - min_i) / (max_i - min_i), 0, 1)]} of every driver, and the
 * weights the alternative pins with its own overrides.
 *
 * <p>Overrides apply as the evaluator applies them: the scenario's, then the lever's; setting a distribution resets
 * earlier shifts and scalings; a shift adds; a scale multiplies the value and the shift so far; setting a weight
 * pins it. The expectation is a midpoint rule on the quantile scale with {@value #NODES} nodes
 * ({@code u_j = (j + 1/2) / NODES}), exact for a driver that stays linear inside its range (e.g. a uniform) and
 * otherwise within O(NODES⁻²) for continuous distributions. {@link #check} evaluates the same nodes through the
 * evaluator's kernel and fails loudly if the two disagree.
 */
final class WeightAlternatives {
    static final int NODES = 4096;

    /** One scenario × lever. */
    static final class ResolvedAlternative {
        final String scenario;
        final String lever;
        /** Per driver (model order): expected scaled value, NaN for drivers without a scaling range. */
        final double[] m;
        /** panel id → driver id → pinned raw weight. */
        final Map<String, Map<String, Double>> pinned;
        /** The evaluator at a year of the horizon (drivers at their state in it), or null for the static one. */
        final Evaluator atYear;

        ResolvedAlternative(String scenario, String lever, double[] m, Map<String, Map<String, Double>> pinned,
                    Evaluator atYear) {
            this.atYear = atYear;
            this.scenario = scenario;
            this.lever = lever;
            this.m = m;
            this.pinned = pinned;
        }

        /** The name tables write, {@code scenario/lever}. */
        String id() {
            return new Alternative(scenario, lever).key();
        }

        Map<String, Double> pinned(String panel) {
            return pinned.getOrDefault(panel, Map.of());
        }
    }

    private WeightAlternatives() {
    }

    /** Quantiles at the quadrature nodes per distribution, shared by all alternatives of a run. */
    static final class NodeQuantiles {
        private final double[] u = nodes();
        private final Map<Distribution, double[]> cache = new java.util.HashMap<>();

        double[] of(Distribution d) {
            return cache.computeIfAbsent(d, x -> {
                double[] q = new double[NODES];
                x.quantiles(u, q, NODES);
                return q;
            });
        }
    }

    static ResolvedAlternative resolve(Model model, Scenario scenario, Lever lever) {
        return resolve(model, scenario, lever, new NodeQuantiles());
    }

    static ResolvedAlternative resolve(Model model, Scenario scenario, Lever lever, NodeQuantiles quantiles) {
        return resolve(model, scenario, lever, quantiles, null);
    }

    /**
     * The alternative at a year of the horizon: drivers at their state in that year (paths drawn with the seed),
     * the scenario's and lever's changes when they act in that year.
     */
    static ResolvedAlternative resolveAt(Model model, Scenario scenario, Lever lever, int year, long seed,
                                 NodeQuantiles quantiles) {
        Evaluator at = YearState.of(model, scenario.id(), lever.id(), year, Design.MONTE_CARLO, SamplingKernel.PORTABLE)
                .stateEvaluator(seed);
        Scenario s = scenario.from() == null || scenario.from() <= year ? scenario
                : new Scenario(scenario.id(), scenario.label(), scenario.labelFi(), scenario.description(),
                        scenario.descriptionFi(), scenario.sources(), List.of());
        Lever l = lever.from() == null || lever.from() <= year ? lever
                : new Lever(lever.id(), lever.label(), lever.labelFi(), lever.description(), lever.descriptionFi(),
                        lever.sources(), List.of());
        return resolve(model, s, l, quantiles, at);
    }

    /**
     * The alternative; at a year of the horizon {@code atYear} is the year's state evaluator
     * ({@link fi.foresight.time.YearState#stateEvaluator(long)}), whose driver inputs replace the distributions and
     * whose scenario and lever must be those given here with only the changes active in that year.
     */
    static ResolvedAlternative resolve(Model model, Scenario scenario, Lever lever, NodeQuantiles quantiles,
                               Evaluator atYear) {
        int d = model.drivers().size();
        Distribution[] dist = new Distribution[d];
        double[] scale = new double[d];
        double[] shift = new double[d];
        for (int i = 0; i < d; i++) {
            dist[i] = model.drivers().get(i).distribution();
            scale[i] = 1;
        }
        var pinned = new LinkedHashMap<String, Map<String, Double>>();
        for (var adjustment : List.of(scenario, lever)) {
            for (Change o : adjustment.overrides()) {
                if (o instanceof Change.SetWeight w) {
                    for (Panel p : model.panels()) {
                        if (w.panel().equals(Change.SetWeight.ALL_PANELS) || w.panel().equals(p.id())) {
                            pinned.computeIfAbsent(p.id(), x -> new LinkedHashMap<>()).put(w.driver(), w.weight());
                        }
                    }
                    continue;
                }
                int i = model.driverIndex(o.driver());
                if (o instanceof Change.SetDistribution s) {
                    dist[i] = s.distribution();
                    scale[i] = 1;
                    shift[i] = 0;
                } else if (o instanceof Change.Shift s) {
                    shift[i] += s.amount();
                } else if (o instanceof Change.Scale s) {
                    scale[i] *= s.factor();
                    shift[i] *= s.factor();
                }
            }
        }
        if (atYear != null) {
            for (int i = 0; i < d; i++) {
                dist[i] = atYear.inputs().get(i).distribution();
            }
        }
        double[] m = new double[d];
        for (int i = 0; i < d; i++) {
            Driver drv = model.drivers().get(i);
            Range r = drv.scalingRange();
            if (r == null) {
                m[i] = Double.NaN;
                continue;
            }
            double[] x = quantiles.of(dist[i]);
            double sum = 0;
            for (int j = 0; j < NODES; j++) {
                sum += r.scale(scale[i] * x[j] + shift[i]);
            }
            m[i] = sum / NODES;
        }
        return new ResolvedAlternative(scenario.id(), lever.id(), m, pinned, atYear);
    }

    static double[] nodes() {
        double[] u = new double[NODES];
        for (int j = 0; j < NODES; j++) {
            u[j] = (j + 0.5) / NODES;
        }
        return u;
    }

    /**
     * Evaluates the index columns through the evaluator at the quadrature nodes (every driver at node j in row j,
     * uncertain weights at their point values) and compares each column's mean with the expected value computed
     * from the weights and m.
     */
    static void check(Model model, ResolvedAlternative a, Map<String, Double> expected,
                      Map<String, PanelWeights> panels,
                      NodeQuantiles quantiles) {
        Evaluator ev = a.atYear != null ? a.atYear : Evaluator.of(model, a.scenario, a.lever);
        List<Input> inputs = ev.inputs();
        double[][] in = new double[inputs.size()][];
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            if (input.kind() == Input.Kind.DRIVER) {
                in[i] = quantiles.of(input.distribution());
            } else {
                in[i] = new double[NODES];
                var weight = (InputId.PanelWeight) input.id();
                PanelWeights pw = panels.get(weight.panel());
                java.util.Arrays.fill(in[i], pw.raw(weight.driver()));
            }
        }
        double[][] y = new double[ev.outputs().size()][NODES];
        ev.kernel().evaluate(in, NODES, y);
        for (var e : expected.entrySet()) {
            double mean = Stats.mean(y[ev.outputIndex(e.getKey())], NODES);
            double want = e.getValue();
            if (!(Math.abs(mean - want) <= 1e-9 * (1 + Math.abs(want)))) {
                throw new IllegalStateException("weight sensitivity of '" + e.getKey() + "' for " + a.id()
                        + ": the expected index " + want + " computed from the weights disagrees with the evaluator's "
                        + mean + "; please report this model");
            }
        }
    }

    /** The point weights of a panel as declared (before any scenario or lever). */
    static final class PanelWeights {
        final Panel panel;
        final List<String> drivers;
        /** Raw point weights: declared, or the mean of a weight distribution for drivers that only have one. */
        final double[] raw;
        final double sum;
        final boolean normalise;

        PanelWeights(Panel panel) {
            this.panel = panel;
            var names = new ArrayList<String>(panel.weights().keySet());
            panel.weightDistributions().keySet().stream().filter(v -> !panel.weights().containsKey(v))
                    .forEach(names::add);
            this.drivers = List.copyOf(names);
            this.raw = new double[names.size()];
            double s = 0;
            for (int i = 0; i < raw.length; i++) {
                String v = names.get(i);
                Double w = panel.weights().get(v);
                raw[i] = w != null ? w : panel.weightDistributions().get(v).mean();
                s += Math.abs(raw[i]);
            }
            this.sum = s;
            this.normalise = panel.normalise() || panel.dirichlet() > 0;
        }

        double raw(String driver) {
            int i = drivers.indexOf(driver);
            return i < 0 ? 0 : raw[i];
        }

        /** Shares w_i / Σ|w|. */
        double[] shares() {
            double[] s = new double[raw.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = sum > 0 ? raw[i] / sum : 0;
            }
            return s;
        }

        /** The panel's index for an alternative at the given raw weights (declared order), pins applied. */
        double index(ResolvedAlternative a, Model model, double[] rawWeights) {
            var w = new LinkedHashMap<String, Double>();
            for (int i = 0; i < drivers.size(); i++) {
                w.put(drivers.get(i), rawWeights[i]);
            }
            w.putAll(a.pinned(panel.id()));
            double num = 0;
            double den = 0;
            for (var e : w.entrySet()) {
                num += e.getValue() * a.m[model.driverIndex(e.getKey())];
                den += Math.abs(e.getValue());
            }
            return normalise ? (den > 0 ? num / den : 0) : num;
        }
    }
}

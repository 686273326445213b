package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Options that the decision types ({@code robustness}, {@code value_of_information}, {@code goal_seek}) share:
 * {@code outcome} (required), {@code direction} ({@code maximise} or {@code minimise}), {@code target}
 * ({@code {at_least: x}}, {@code {at_most: x}} or both), {@code scenarios} and {@code levers} (default the job's) and
 * {@code scenario_weights} (a weight per scenario; when {@code scenarios} is not given, the weights name them).
 */
final class DecisionOptions {
    private DecisionOptions() {
    }

    /** {@code outcome:}, an outcome column of the model; required. */
    static String outcome(AnalysisOptions options) {
        options.needsOutcomes();
        String outcome = options.outcome("outcome", null);
        if (outcome == null && !options.has("outcome")) {
            options.problem(null, "a " + options.type() + " analysis needs outcome: one of "
                    + options.model().map(Model::outcomeColumns).map(Object::toString).orElse("the model's outcomes"));
        }
        return outcome;
    }

    /** {@code direction: maximise} (the default) or {@code minimise}; true when lower is better. */
    static boolean minimise(AnalysisOptions options) {
        return options.choice("direction", "maximise", "maximise", "minimise").equals("minimise");
    }

    /**
     * {@code target: {at_least: x, at_most: y}}: the bounds {at_least, at_most} (NaN where absent), or null when the
     * option is absent.
     */
    static double[] target(AnalysisOptions options) {
        Map<String, Double> t = options.numbers("target", "at_least", "at_most");
        if (t.isEmpty()) {
            if (options.has("target")) {
                options.problem("target", "target needs at_least, at_most or both, e.g. target: {at_least: 0.6}");
            }
            return null;
        }
        double lo = t.getOrDefault("at_least", Double.NaN);
        double hi = t.getOrDefault("at_most", Double.NaN);
        if (lo > hi) {
            options.problem("target", "target's at_least (" + lo + ") is above its at_most (" + hi + ")");
        }
        return new double[] {lo, hi};
    }

    /** {@code scenarios:} (each one of the model's), else the keys of {@code weights}; empty means the job's. */
    static List<String> scenarios(AnalysisOptions options) {
        return ids(options, "scenarios", m -> m.allScenarios().stream().map(Scenario::id).toList());
    }

    /** {@code levers:} (each one of the model's); empty means the job's. */
    static List<String> levers(AnalysisOptions options) {
        return ids(options, "levers", m -> m.allLevers().stream().map(Lever::id).toList());
    }

    /**
     * {@code scenario_weights:}: one non-negative weight per scenario with a positive sum, checked against the
     * {@code scenarios} given (or naming them); empty when absent.
     */
    static Map<String, Double> weights(AnalysisOptions options, List<String> scenarios) {
        Map<String, Double> w = options.numbers("scenario_weights");
        if (w.isEmpty()) {
            return w;
        }
        List<String> known = options.model().map(m -> m.allScenarios().stream().map(Scenario::id).toList()).orElse(null);
        double sum = 0;
        for (var e : w.entrySet()) {
            if (known != null && !known.contains(e.getKey())) {
                options.problem("scenario_weights", "unknown scenario '" + e.getKey() + "'"
                        + Suggestions.didYouMean(e.getKey(), known) + "; scenarios are " + known);
            }
            if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                options.problem("scenario_weights", "the weight of '" + e.getKey() + "' (" + e.getValue()
                        + ") must be a number >= 0");
            }
            sum += e.getValue();
        }
        if (!(sum > 0)) {
            options.problem("scenario_weights", "scenario weights must have a positive sum");
        }
        for (String s : scenarios) {
            if (!w.containsKey(s)) {
                options.problem("scenario_weights", "scenario_weights has no weight for '" + s
                        + "'; give one for each of " + scenarios + " (or leave out scenarios: the weights name them)");
            }
        }
        return w;
    }

    /** The weights in the order of {@code scenarios}, or null for equal weights. */
    static double[] ordered(Map<String, Double> weights, List<String> scenarios) {
        if (weights.isEmpty()) {
            return null;
        }
        return scenarios.stream().mapToDouble(s -> weights.getOrDefault(s, 0.0)).toArray();
    }

    private static List<String> ids(AnalysisOptions options, String key, Function<Model, List<String>> known) {
        List<String> ids = options.list(key);
        options.model().ifPresent(m -> {
            List<String> all = known.apply(m);
            for (String id : ids) {
                if (!all.contains(id)) {
                    options.problem(key, "unknown " + key.substring(0, key.length() - 1) + " '" + id + "'"
                            + Suggestions.didYouMean(id, all) + "; " + key + " are " + all);
                }
            }
        });
        return new ArrayList<>(ids);
    }
}

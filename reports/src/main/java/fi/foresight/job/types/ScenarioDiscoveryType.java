package fi.foresight.job.types;

import fi.foresight.discovery.DiscoveryResult;
import fi.foresight.discovery.DiscoverySettings;
import fi.foresight.discovery.ScenarioDiscovery;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.Limits;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Suggestions;
import java.util.List;
import java.util.function.Function;

/**
 * {@code {type: scenario_discovery, outcome: index, condition: {at_most: 0.6}}}: under which conditions of the drivers
 * (and of the scenario and lever, when several are pooled) the outcome meets the condition, by PRIM or CART over
 * simulated futures kept for the purpose ({@link ScenarioDiscovery}).
 *
 * <p>Options: {@code outcome} and {@code condition} ({@code at_least}, {@code at_most} or both; required),
 * {@code method} ({@code prim}, the default, or {@code cart}), {@code scenarios} and {@code levers} (default the
 * job's), {@code samples} (per scenario × lever; default the job's), {@code seed}, {@code boxes} (PRIM's most boxes,
 * 3), {@code threshold} (PRIM's density of a reported box, 0.8), {@code alpha} (PRIM's peeling share, 0.05),
 * {@code mass_min} (the smallest share of futures in a box or leaf, 0.05) and {@code depth} (CART's most levels, 3).
 */
public final class ScenarioDiscoveryType implements AnalysisType {
    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        options.needsOutcomes();
        String outcome = options.outcome("outcome", null);
        if (outcome == null && !options.has("outcome")) {
            options.problem(null, "a scenario_discovery analysis needs outcome: one of "
                    + options.model().map(Model::outcomeColumns).map(Object::toString).orElse("the model's outcomes"));
        }
        double[] condition = condition(options);
        String method = options.choice("method", "prim", "prim", "cart");
        int boxes = options.integer("boxes", 3, 1, 10);
        double threshold = options.number("threshold", 0.8, 0.01, 1);
        double alpha = options.number("alpha", 0.05, 0.01, 0.49);
        double massMin = options.number("mass_min", 0.05, 0.001, 0.49);
        int depth = options.integer("depth", 3, 1, 6);
        List<String> scenarios = ids(options, "scenarios", m -> m.allScenarios().stream().map(Scenario::id).toList());
        List<String> levers = ids(options, "levers", m -> m.allLevers().stream().map(Lever::id).toList());
        int samples = options.samples(1, Limits.MAX_SAMPLES);
        long seed = options.seed();
        options.model().ifPresent(m -> {
            int runs = Math.max(1, scenarios.size()) * Math.max(1, levers.size());
            if ((long) samples * runs * (m.drivers().size() + 1) > ScenarioDiscovery.MAX_CELLS) {
                options.problem("samples", ScenarioDiscovery.cellsMessage(samples, runs, m.drivers().size()));
            }
        });
        var settings = new DiscoverySettings(method, alpha, threshold, massMin, boxes, depth);
        return PlannedAnalysis.of(options, context -> {
            // the study captures plain values only: the Spark engine ships it to other machines
            List<String> s = List.copyOf(scenarios.isEmpty() ? context.scenarios() : scenarios);
            List<String> l = List.copyOf(levers.isEmpty() ? context.levers() : levers);
            double lo = condition[0];
            double hi = condition[1];
            int threads = context.threads();
            try (Progress.Task task = context.progress().start("scenario discovery", 0)) {
                task.note(samples + " samples x " + s.size() * l.size() + " runs, " + method);
                DiscoveryResult r = context.run(m -> ScenarioDiscovery.of(m).outcome(outcome).atLeast(lo).atMost(hi)
                        .scenarios(s).levers(l).samples(samples).seed(seed).threads(threads)
                        .settings(settings));
                task.advance((long) samples * s.size() * l.size());
                return r;
            }
        });
    }

    /** {@code condition: {at_least: x, at_most: y}} as {at_least, at_most}, NaN where absent. */
    private static double[] condition(AnalysisOptions options) {
        String example = "{at_most: 0.6}";
        var section = options.section("condition", example);
        if (section.isEmpty()) {
            if (!options.has("condition")) {
                options.problem(null, "a scenario_discovery analysis needs the condition of interest, e.g. condition: "
                        + example + " (the futures where the outcome is at most 0.6) or {at_least: x}");
            }
            return new double[] {Double.NaN, Double.NaN};
        }
        AnalysisOptions c = section.get();
        double big = Double.MAX_VALUE;
        double lo = c.has("at_least") ? c.number("at_least", Double.NaN, -big, big) : Double.NaN;
        double hi = c.has("at_most") ? c.number("at_most", Double.NaN, -big, big) : Double.NaN;
        if (!c.has("at_least") && !c.has("at_most")) {
            options.problem("condition", "condition needs at_least, at_most or both, e.g. condition: " + example);
        } else if (lo > hi) {
            options.problem("condition", "condition's at_least (" + lo + ") is above its at_most (" + hi
                    + "); no future could meet it");
        }
        return new double[] {lo, hi};
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
        return List.copyOf(ids);
    }
}

package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Suggestions;
import fi.foresight.sensitivity.WeightSensitivity;
import fi.foresight.sensitivity.WeightSensitivityResult;
import java.util.List;
import java.util.function.Function;

/**
 * {@code {type: weights, outcome: index, scenarios: [base]}}: weight sensitivity with {@link WeightSensitivity}: for
 * every weight of every panel, how far it may move (the panel's other weights keeping their proportions) before the
 * ranking of the alternatives (scenario × lever, by expected index) changes, and how likely each alternative is to
 * rank first when the weights are uncertain.
 *
 * <p>Options: {@code outcome} or {@code outcomes} (weighted-index columns; default the pooled column of every
 * weighted index), {@code scenarios} and {@code levers} (the alternatives; default the job's), {@code better}
 * ({@code higher}, the default, or {@code lower}), {@code samples} (weight draws for the ranking probabilities,
 * default {@value #DEFAULT_SAMPLES}; 0 for none), {@code draws} ({@code dirichlet}, the default: around the stated
 * weights, with the panel's own uncertainty or {@code concentration}; {@code uniform}: every weighting equally
 * likely), {@code concentration} (default 20), {@code seed} (default the job's).
 */
public final class WeightsType implements AnalysisType {
    static final int DEFAULT_SAMPLES = 10_000;
    static final int MAX_SAMPLES = 1_000_000;

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        List<String> columns = options.model().map(SensitivityOptions::indexColumns).orElse(null);
        if (columns != null && columns.isEmpty()) {
            options.problem(null, "the model has no weighted index; weight sensitivity needs an outcome with "
                    + "weighted_index: true and panels with weights");
        }
        List<String> outcomes = SensitivityOptions.outcomes(options, columns, "weighted-index columns");
        List<String> scenarios = ids(options, "scenarios", m -> m.allScenarios().stream().map(Scenario::id).toList());
        List<String> levers = ids(options, "levers", m -> m.allLevers().stream().map(Lever::id).toList());
        boolean lower = options.choice("better", "higher", "higher", "lower").equals("lower");
        int samples = options.samplesOr(DEFAULT_SAMPLES, 0, MAX_SAMPLES);
        boolean uniform = options.choice("draws", "dirichlet", "dirichlet", "uniform").equals("uniform");
        double concentration = options.number("concentration", 20, 1e-3, 1e6);
        long seed = options.seed();
        Integer year = SensitivityOptions.atYear(options);
        return PlannedAnalysis.of(options, context -> {
            Model model = context.model();
            WeightSensitivity w = WeightSensitivity.of(model).samples(samples).seed(seed).concentration(concentration)
                    .threads(context.threads())
                    .scenarios((scenarios.isEmpty() ? context.scenarios() : scenarios).toArray(String[]::new))
                    .levers((levers.isEmpty() ? context.levers() : levers).toArray(String[]::new));
            if (!outcomes.isEmpty()) {
                w.outcome(outcomes.toArray(String[]::new));
            }
            if (lower) {
                w.lowerIsBetter();
            }
            if (uniform) {
                w.uniformWeights();
            }
            if (year != null) {
                w.atYear(year);
            }
            WeightSensitivityResult result;
            try (Progress.Task task = context.progress().start("weights", 0)) {
                result = w.run();
            }
            return WeightsReport.of(result, model);
        });
    }

    /** A list of scenario or lever ids, each one of the model's. */
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
        return ids;
    }
}

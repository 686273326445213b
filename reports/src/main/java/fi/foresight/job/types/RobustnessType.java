package fi.foresight.job.types;

import fi.foresight.decision.Robustness;
import fi.foresight.decision.RobustnessResult;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.Limits;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Target;
import java.util.List;
import java.util.Map;

/**
 * {@code {type: robustness, outcome: index, target: {at_least: 0.6}}}: which lever is robust across the scenarios,
 * with {@link Robustness}: per lever its mean over all simulated futures, worst scenario mean, maximum regret and
 * satisficing share, on common random numbers.
 *
 * <p>Options: {@code outcome} (required), {@code direction} ({@code maximise}, the default, or {@code minimise}),
 * {@code target} (for the satisficing share; default the model's target on the outcome, if any), {@code scenarios}
 * and {@code levers} (default the job's; at least two levers), {@code scenario_weights} (for the mean and the
 * satisficing share; default equal), {@code samples} (per scenario × lever; default the job's), {@code seed}.
 */
public final class RobustnessType implements AnalysisType {
    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        String outcome = DecisionOptions.outcome(options);
        boolean minimise = DecisionOptions.minimise(options);
        double[] target = DecisionOptions.target(options);
        List<String> scenarios = DecisionOptions.scenarios(options);
        List<String> levers = DecisionOptions.levers(options);
        Map<String, Double> weights = DecisionOptions.weights(options, scenarios);
        if (scenarios.isEmpty()) {
            scenarios.addAll(weights.keySet());
        }
        if (options.has("levers") && levers.size() < 2) {
            options.problem("levers", "robustness compares levers; give at least two, got " + levers);
        }
        int samples = options.samples(1, Limits.MAX_SAMPLES);
        long seed = options.seed();
        return PlannedAnalysis.of(options, context -> {
            // the study captures plain values only: the Spark engine ships it to other machines
            String[] s = (scenarios.isEmpty() ? context.scenarios() : scenarios).toArray(String[]::new);
            String[] l = (levers.isEmpty() ? context.levers() : levers).toArray(String[]::new);
            if (l.length < 2) {
                throw new IllegalArgumentException("robustness compares levers, but the job has only " + List.of(l));
            }
            double[] w = DecisionOptions.ordered(weights, List.of(s));
            int threads = context.threads();
            boolean ownTarget = target != null;
            double lo = ownTarget ? target[0] : Double.NaN;
            double hi = ownTarget ? target[1] : Double.NaN;
            try (Progress.Task task = context.progress().start("robustness", 0)) {
                task.note(samples + " samples x " + s.length * l.length + " runs");
                RobustnessResult r = context.run(m -> {
                    Robustness rob = Robustness.of(m).outcome(outcome).minimise(minimise).scenarios(s).levers(l)
                            .weights(w).samples(samples).seed(seed).threads(threads);
                    return ownTarget ? rob.target(new Target(outcome, lo, hi)) : rob;
                });
                task.advance((long) samples * s.length * l.length);
                return r;
            }
        });
    }
}

package fi.foresight.job.types;

import fi.foresight.decision.ValueOfInformation;
import fi.foresight.decision.ValueOfInformationResult;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.Limits;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import java.util.List;
import java.util.Map;

/**
 * {@code {type: value_of_information, outcome: index}}: what is worth finding out before choosing among the levers,
 * with {@link ValueOfInformation}: the EVPI and the EVPPI of each driver, each panel's weights and (over several
 * scenarios) of knowing which scenario comes true.
 *
 * <p>Options: {@code outcome} (required), {@code direction} ({@code maximise} or {@code minimise}), {@code scenarios}
 * (pooled as a mixture; default the job's), {@code scenario_weights} (default equal), {@code levers} (the choice;
 * default the job's, at least two), {@code bins} (quantile bins per input; default one per thousand futures, 2 to
 * 100), {@code samples} (per scenario × lever; default the job's), {@code seed}. Every future is kept: futures ×
 * (levers + inputs) may not exceed {@value ValueOfInformation#MAX_VALUES} numbers.
 */
public final class ValueOfInformationType implements AnalysisType {
    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        String outcome = DecisionOptions.outcome(options);
        boolean minimise = DecisionOptions.minimise(options);
        List<String> scenarios = DecisionOptions.scenarios(options);
        List<String> levers = DecisionOptions.levers(options);
        Map<String, Double> weights = DecisionOptions.weights(options, scenarios);
        if (scenarios.isEmpty()) {
            scenarios.addAll(weights.keySet());
        }
        if (options.has("levers") && levers.size() < 2) {
            options.problem("levers", "the value of information is about a choice; give at least two levers, got "
                    + levers);
        }
        int bins = options.integer("bins", 0, 0, 10_000);
        if (bins == 1) {
            options.problem("bins", "bins (1) must be 0 (automatic) or at least 2");
        }
        int samples = options.samples(1, Limits.MAX_SAMPLES);
        long seed = options.seed();
        options.model().ifPresent(m -> {
            int s = scenarios.isEmpty() ? m.allScenarios().size() : scenarios.size();
            int l = levers.isEmpty() ? m.allLevers().size() : levers.size();
            long values = ValueOfInformation.keptValues(m, s, l, samples);
            if (values > ValueOfInformation.MAX_VALUES) {
                options.problem("samples", "value_of_information keeps every simulated future: " + samples
                        + " samples x " + s + " scenarios need " + values + " numbers, above the limit of "
                        + ValueOfInformation.MAX_VALUES + "; lower samples or list fewer scenarios");
            }
        });
        return PlannedAnalysis.of(options, context -> {
            String[] s = (scenarios.isEmpty() ? context.scenarios() : scenarios).toArray(String[]::new);
            String[] l = (levers.isEmpty() ? context.levers() : levers).toArray(String[]::new);
            if (l.length < 2) {
                throw new IllegalArgumentException("the value of information is about a choice among levers, but the "
                        + "job has only " + List.of(l));
            }
            double[] w = DecisionOptions.ordered(weights, List.of(s));
            int threads = context.threads();
            try (Progress.Task task = context.progress().start("value_of_information", 0)) {
                task.note(samples + " samples x " + s.length * l.length + " runs");
                // the study captures plain values only: the Spark engine ships it to other machines
                ValueOfInformationResult r = context.run(m -> ValueOfInformation.of(m).outcome(outcome)
                        .minimise(minimise).scenarios(s).levers(l).weights(w).bins(bins).samples(samples).seed(seed)
                        .threads(threads));
                task.advance((long) samples * s.length * l.length);
                return r;
            }
        });
    }
}

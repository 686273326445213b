package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Model;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.sampling.Design;
import fi.foresight.sensitivity.DistributionSensitivity;
import fi.foresight.sensitivity.DistributionSensitivityResult;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * {@code {type: distribution_sensitivity, outcome: index, samples: 4096}}: Borgonovo's δ and the PAWN statistics of
 * every input for each outcome, with {@link DistributionSensitivity}, from a Monte Carlo sample of one scenario ×
 * lever that this analysis draws itself (with its own seed), correlated drivers sampled as the model correlates
 * them.
 *
 * <p>Options: {@code outcome} or {@code outcomes} (default: every outcome column), {@code scenario}, {@code lever},
 * {@code inputs} ({@code all}, the default, or {@code drivers}), {@code samples} (draws, default the job's, at most
 * {@value #MAX_SAMPLES}: the estimators need the whole sample in memory), {@code design} ({@code monte_carlo} or
 * {@code latin_hypercube}), {@code resamples} (bootstrap resamples for δ's bias correction and interval, default
 * 100), {@code confidence} (default 0.95), {@code slices} (PAWN's conditioning slices, default 10), {@code seed}
 * (default the job's). The report shows the table ordered by δ within each outcome, the largest first.
 */
public final class DistributionSensitivityType implements AnalysisType {
    /** Most draws one distribution-sensitivity analysis keeps in memory. */
    static final int MAX_SAMPLES = 200_000;

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        List<String> outcomes = SensitivityOptions.outcomes(options);
        String scenario = SensitivityOptions.scenario(options);
        String lever = SensitivityOptions.lever(options);
        boolean driversOnly = SensitivityOptions.driversOnly(options, SensitivityOptions.ALL);
        int samples = options.samples(50, MAX_SAMPLES);
        String design = options.choice("design", "monte_carlo", "monte_carlo", "latin_hypercube");
        int resamples = options.integer("resamples", 100, 0, 10_000);
        double confidence = options.number("confidence", 0.95, 0.5, 0.999);
        int slices = options.integer("slices", 10, 2, 100);
        long seed = options.seed();
        return PlannedAnalysis.of(options, context -> {
            Model model = driversOnly ? SensitivityOptions.withFixedWeights(context.model()) : context.model();
            DistributionSensitivityResult result;
            try (Progress.Task task = context.progress().start("distribution_sensitivity", 0)) {
                task.note(samples + " samples");
                MonteCarloResult mc = MonteCarlo.of(model).samples(samples).seed(seed).threads(context.threads())
                        .scenarios(scenario).levers(lever).design(Design.valueOf(design.toUpperCase(Locale.ROOT)))
                        .keepSamples(true).run();
                task.advance(samples);
                List<String> chosen = outcomes.isEmpty() ? mc.outcomes() : outcomes;
                Table draws = mc.samples();
                for (String o : mc.outcomes()) {
                    if (!chosen.contains(o)) {
                        draws.removeColumns(o);
                    }
                }
                var labels = new java.util.HashMap<String, String>();
                draws.columnNames().forEach(c -> labels.put(c, InputLabels.of(model, c).en()));
                result = DistributionSensitivity.of(draws, chosen).labels(labels).resamples(resamples)
                        .confidence(confidence)
                        .slices(slices).seed(seed).threads(context.threads()).run();
            }
            return reported(result, model);
        });
    }

    /**
     * The result for the run directory and the report: the {@code distribution-sensitivity} table ordered by δ
     * within each outcome, the largest first, and the result's chart per outcome with the inputs' labels.
     */
    private static Reported reported(DistributionSensitivityResult r, Model model) {
        var table = Rows.sortedWithin(r.table(), "outcome", "delta", true);
        return new Reported(r.kind(), List.of(table),
                r.charts(v -> InputLabels.of(model, v), c -> InputLabels.outcome(model, c)), r.findings());
    }
}

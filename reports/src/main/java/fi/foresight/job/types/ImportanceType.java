package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Model;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.sampling.Design;
import fi.foresight.sensitivity.Importance;
import fi.foresight.sensitivity.ImportanceResult;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * {@code {type: importance, outcome: index, samples: 20000}}: Spearman rank correlations and standardised regression
 * coefficients of every input with each outcome, with {@link Importance}, from a Monte Carlo sample of one scenario ×
 * lever that this analysis draws itself (with its own seed; the job's {@code montecarlo} analysis, which keeps no
 * draws, is not reused).
 *
 * <p>Options: {@code outcome} or {@code outcomes} (default: every outcome column), {@code scenario}, {@code lever},
 * {@code inputs} ({@code all}, the default, or {@code drivers}), {@code samples} (draws, default the job's, at most
 * {@value #MAX_SAMPLES}), {@code design} ({@code monte_carlo} or {@code latin_hypercube}), {@code seed} (default the
 * job's).
 */
public final class ImportanceType implements AnalysisType {
    /** Most draws one importance analysis keeps in memory. */
    static final int MAX_SAMPLES = 200_000;

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        List<String> outcomes = SensitivityOptions.outcomes(options);
        String scenario = SensitivityOptions.scenario(options);
        String lever = SensitivityOptions.lever(options);
        boolean driversOnly = SensitivityOptions.driversOnly(options, SensitivityOptions.ALL);
        int samples = options.samples(10, MAX_SAMPLES);
        String design = options.choice("design", "monte_carlo", "monte_carlo", "latin_hypercube");
        long seed = options.seed();
        Integer year = options.atYear();
        return PlannedAnalysis.of(options, context -> {
            Model model = driversOnly ? SensitivityOptions.withFixedWeights(context.model()) : context.model();
            ImportanceResult result;
            try (Progress.Task task = context.progress().start("importance", 0)) {
                task.note(samples + " samples");
                MonteCarlo run = MonteCarlo.of(model).samples(samples).seed(seed).threads(context.threads())
                        .scenarios(scenario).levers(lever).design(Design.valueOf(design.toUpperCase(Locale.ROOT)))
                        .keepSamples(true);
                MonteCarloResult mc = (year == null ? run : run.atYear(year)).run();
                task.advance(samples);
                List<String> chosen = outcomes.isEmpty() ? mc.outcomes() : outcomes;
                Table draws = mc.samples();
                for (String o : mc.outcomes()) {
                    if (!chosen.contains(o)) {
                        draws.removeColumns(o);
                    }
                }
                result = Importance.of(draws, chosen);
            }
            return ImportanceReport.of(result, model);
        });
    }
}

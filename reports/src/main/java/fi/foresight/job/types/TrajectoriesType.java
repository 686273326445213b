package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.Limits;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Lever;
import fi.foresight.sampling.Design;
import fi.foresight.time.Trajectories;

/**
 * {@code {type: trajectories, outcome: internationalised_smes, lever: none, samples: 5000, sample_paths: 20}}:
 * yearly trajectories from the model's horizon start to its end with {@link Trajectories}, over the job's
 * scenarios, for one lever (default {@code none}: the futures without a policy change).
 *
 * <p>Options: {@code outcome} (an outcome column; default every outcome), {@code lever} (default {@code none}),
 * {@code samples} (paths per scenario; default the job's), {@code seed} (default the job's), {@code sample_paths}
 * (how many single paths the spaghetti chart draws; default 20), {@code design} (how the start values are drawn:
 * {@code monte_carlo}, the default, {@code latin_hypercube} or {@code sobol}, randomised Sobol' points).
 */
public final class TrajectoriesType implements AnalysisType {

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        options.needsOutcomes();
        int samples = options.samples(1, Limits.MAX_SAMPLES);
        long seed = options.seed();
        String outcome = options.outcome("outcome", null);
        String lever = options.text("lever").orElse(Lever.NONE);
        int paths = options.integer("sample_paths", 20, 0, 200);
        Design design = MonteCarloType.design(options);
        options.model().ifPresent(m -> {
            if (!m.hasHorizon()) {
                options.problem(null, "trajectories need a horizon in the model; add horizon: {start: 2019, end: 2030}");
            }
            if (m.allLevers().stream().noneMatch(l -> l.id().equals(lever))) {
                options.problem("lever", "unknown lever '" + lever + "'; levers are "
                        + m.allLevers().stream().map(Lever::id).toList());
            }
        });
        return PlannedAnalysis.of(options, context -> {
            try (Progress.Task task = context.progress().start("trajectories", 0)) {
                task.note(samples + " paths x " + context.scenarios().size() + " scenarios");
                var run = Trajectories.of(context.model())
                        .samples(samples).seed(seed).threads(context.threads())
                        .scenarios(context.scenarios().toArray(String[]::new))
                        .levers(lever)
                        .samplePaths(paths)
                        .design(design);
                if (outcome != null) {
                    run = run.outcomes(outcome);
                }
                var result = run.run();
                task.advance((long) samples * context.scenarios().size());
                return result;
            }
        });
    }

}

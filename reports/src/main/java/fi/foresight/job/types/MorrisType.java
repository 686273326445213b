package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Model;
import fi.foresight.sensitivity.Morris;
import fi.foresight.sensitivity.MorrisResult;
import java.util.List;

/**
 * {@code {type: morris, outcome: index, trajectories: 20, levels: 4}}: elementary-effects screening with
 * {@link Morris} in one scenario × lever.
 *
 * <p>Options: {@code outcome} or {@code outcomes} (default: every outcome column), {@code scenario}, {@code lever},
 * {@code inputs} ({@code all}, the default, or {@code drivers}), {@code trajectories} (r, default 20; r (k + 1)
 * evaluations), {@code levels} (p, even, default 4), {@code optimised_from} (choose the r trajectories from a pool
 * of this many by Campolongo's spread; default 0, none), {@code bootstrap} (resamples for the interval of μ*,
 * default 1000), {@code confidence} (default 0.95), {@code seed} (default the job's).
 */
public final class MorrisType implements AnalysisType {
    static final int MAX_TRAJECTORIES = 100_000;
    static final int MAX_POOL = 2_000;

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        List<String> outcomes = SensitivityOptions.outcomes(options);
        String scenario = SensitivityOptions.scenario(options);
        String lever = SensitivityOptions.lever(options);
        boolean driversOnly = SensitivityOptions.driversOnly(options, SensitivityOptions.ALL);
        int trajectories = options.integer("trajectories", 20, 2, MAX_TRAJECTORIES);
        int levels = options.integer("levels", 4, 2, 100);
        if (levels % 2 != 0) {
            options.problem("levels", "levels (" + levels + ") must be even, e.g. 4, so that the jump p / (2 (p - 1)) "
                    + "lands on the grid");
        }
        int pool = options.integer("optimised_from", 0, 0, MAX_POOL);
        if (pool > 0 && pool < trajectories) {
            options.problem("optimised_from", "optimised_from (" + pool + ") must be at least trajectories ("
                    + trajectories + "): the trajectories are chosen from that many; or 0 for no selection");
        }
        int bootstrap = options.integer("bootstrap", 1000, 0, 100_000);
        double confidence = options.number("confidence", 0.95, 0.5, 0.999);
        long seed = options.seed();
        Integer year = SensitivityOptions.atYear(options);
        return PlannedAnalysis.of(options, context -> {
            Model model = driversOnly ? SensitivityOptions.withFixedWeights(context.model()) : context.model();
            // the study captures plain values only: the Spark engine ships it to other machines
            int threads = context.threads();
            String[] chosen = outcomes.toArray(String[]::new);
            MorrisResult result;
            try (Progress.Task task = context.progress().start("morris", 0)) {
                task.note(trajectories + " trajectories, " + levels + " levels");
                result = context.run(m -> {
                    Morris morris = Morris.of(driversOnly ? SensitivityOptions.withFixedWeights(m) : m)
                            .scenario(scenario).lever(lever).trajectories(trajectories).levels(levels)
                            .optimisedFrom(pool).bootstrap(bootstrap).confidence(confidence).seed(seed)
                            .threads(threads);
                    if (year != null) {
                        morris.atYear(year);
                    }
                    return chosen.length > 0 ? morris.outcome(chosen) : morris;
                });
                task.advance(result.settings().evaluations());
            }
            return MorrisReport.of(result, model);
        });
    }
}

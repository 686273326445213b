package fi.foresight.job.types;

import fi.foresight.decision.GoalSeek;
import fi.foresight.decision.GoalSeekResult;
import fi.foresight.distributions.Distribution;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.Limits;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Suggestions;
import fi.foresight.model.Target;
import java.util.List;
import java.util.Optional;

/**
 * {@code {type: goal_seek, lever: fund, outcome: index, target: {at_least: 0.6}, probability: 0.8}}: the smallest
 * strength of a lever (or value of a driver) with which the target is met with the probability, per scenario, with
 * {@link GoalSeek}; "not reachable within [lower, upper]" is an answer.
 *
 * <p>Options: {@code lever} or {@code driver} (one of them), {@code outcome} and {@code target} (required),
 * {@code probability} (default 0.8), {@code lower} and {@code upper} (the range; for a lever's strength default 0 and
 * 3, 1 being the lever as written; for a driver default its range, which must then be finite), {@code tolerance}
 * (default (upper − lower) / 1000), {@code scenarios} (default the job's), {@code samples} (futures per point; default
 * the job's), {@code seed}.
 */
public final class GoalSeekType implements AnalysisType {
    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        String outcome = DecisionOptions.outcome(options);
        double[] target = DecisionOptions.target(options);
        if (target == null && !options.has("target")) {
            options.problem(null, "goal_seek needs a target, e.g. target: {at_least: 0.6}");
        }
        Optional<String> lever = options.text("lever");
        Optional<String> driver = options.text("driver");
        if (lever.isPresent() == driver.isPresent()) {
            options.problem(lever.isPresent() ? "driver" : null, "goal_seek seeks either a lever's strength (lever: id) "
                    + "or a driver's value (driver: id); give exactly one");
        }
        Optional<Model> model = options.model();
        double[] range = {0, 3};
        if (model.isPresent() && lever.isPresent()) {
            List<String> ids = model.get().allLevers().stream().map(Lever::id).toList();
            if (!ids.contains(lever.get())) {
                options.problem("lever", "unknown lever '" + lever.get() + "'" + Suggestions.didYouMean(lever.get(), ids)
                        + "; levers are " + ids);
            } else {
                String why = GoalSeek.unscalable(model.get().lever(lever.get()));
                if (why != null) {
                    options.problem("lever", why);
                }
            }
        }
        if (model.isPresent() && driver.isPresent()) {
            int d = model.get().driverIndex(driver.get());
            if (d < 0) {
                options.problem("driver", "unknown driver '" + driver.get() + "'"
                        + Suggestions.didYouMean(driver.get(), model.get().driverIds()));
            } else {
                Distribution dist = model.get().drivers().get(d).distribution();
                range = new double[] {dist.support().min(), dist.support().max()};
            }
        }
        double probability = options.number("probability", 0.8, 1e-9, 1);
        double lower = options.number("lower", Double.isFinite(range[0]) ? range[0] : Double.NaN, -1e300, 1e300);
        double upper = options.number("upper", Double.isFinite(range[1]) ? range[1] : Double.NaN, -1e300, 1e300);
        if (driver.isPresent() && (Double.isNaN(lower) || Double.isNaN(upper))) {
            options.problem(Double.isNaN(lower) ? "lower" : "upper", "driver '" + driver.get() + "' has no finite "
                    + (Double.isNaN(lower) ? "lowest" : "highest") + " value; give the range as lower: and upper:");
        } else if (!(lower < upper)) {
            options.problem("upper", "upper (" + upper + ") must be above lower (" + lower + ")");
        }
        double tolerance = options.number("tolerance", (upper - lower) / 1000, Double.MIN_VALUE, 1e300);
        List<String> scenarios = DecisionOptions.scenarios(options);
        int samples = options.samples(1, Limits.MAX_SAMPLES);
        long seed = options.seed();
        return PlannedAnalysis.of(options, context -> {
            String[] s = (scenarios.isEmpty() ? context.scenarios() : scenarios).toArray(String[]::new);
            GoalSeek seek = GoalSeek.of(context.model()).target(new Target(outcome, target[0], target[1]))
                    .probability(probability).range(lower, upper).tolerance(tolerance).scenarios(s).samples(samples)
                    .seed(seed).threads(context.threads());
            if (lever.isPresent()) {
                seek.lever(lever.get());
            } else {
                seek.driver(driver.get());
            }
            try (Progress.Task task = context.progress().start("goal_seek", 0)) {
                task.note(samples + " samples per point x " + s.length + " scenarios");
                GoalSeekResult r = seek.run(context::run);
                task.advance((long) samples * s.length * r.rounds());
                return r;
            }
        });
    }
}

package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Model;
import fi.foresight.sensitivity.Tornado;
import fi.foresight.sensitivity.TornadoResult;
import java.util.List;

/**
 * {@code {type: tornado, outcome: index, low: 0.1, high: 0.9, others: median}}: one-at-a-time swings and spider data
 * with {@link Tornado} in one scenario × lever.
 *
 * <p>Options: {@code outcome} or {@code outcomes} (default: every outcome column), {@code scenario}, {@code lever},
 * {@code inputs} ({@code drivers}, the default: the panels' weights stay at their stated values, because one
 * component of a Dirichlet moved alone is not a weight anyone states; {@code all} swings them too), {@code low} and
 * {@code high} (the quantile levels each input swings between, default 0.1 and 0.9, i.e. P10 and P90),
 * {@code others} ({@code median}, the default, or {@code mean}: where the other inputs are held).
 */
public final class TornadoType implements AnalysisType {
    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        List<String> outcomes = SensitivityOptions.outcomes(options);
        String scenario = SensitivityOptions.scenario(options);
        String lever = SensitivityOptions.lever(options);
        boolean driversOnly = SensitivityOptions.driversOnly(options, SensitivityOptions.DRIVERS);
        double low = options.number("low", 0.1, 0, 1);
        double high = options.number("high", 0.9, 0, 1);
        if (!(low < high)) {
            options.problem("high", "high (" + high + ") must be above low (" + low + "); e.g. low: 0.1, high: 0.9 "
                    + "swings each input between its P10 and P90");
        }
        String others = options.choice("others", "median", "median", "mean");
        // a tornado draws nothing unless drivers enter at their state in a year of a horizon (trajectory paths)
        boolean horizon = options.model().map(m -> m.hasHorizon()).orElse(false);
        long seed = horizon ? options.seed() : 1;
        Integer year = SensitivityOptions.atYear(options);
        return PlannedAnalysis.of(options, context -> {
            Model model = driversOnly ? SensitivityOptions.withFixedWeights(context.model()) : context.model();
            Tornado tornado = Tornado.of(model).scenario(scenario).lever(lever).range(low, high).seed(seed);
            if (year != null) {
                tornado.atYear(year);
            }
            if (others.equals("mean")) {
                tornado.othersAtMean();
            }
            if (!outcomes.isEmpty()) {
                tornado.outcome(outcomes.toArray(String[]::new));
            }
            TornadoResult result;
            try (Progress.Task task = context.progress().start("tornado", 0)) {
                result = tornado.run();
            }
            return TornadoReport.of(result, model);
        });
    }
}

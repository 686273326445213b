package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.views.Views;

/**
 * {@code {type: views}}: the model's drivers that come from people's views (fitted to answers with {@code fit:},
 * {@code type: elicited}, {@code type: pooled}) shown with {@link Views}: every candidate family with its AIC and
 * Kolmogorov–Smirnov distance, the asked and achieved quantiles, each expert beside the pool, a Q–Q chart of each fit
 * and each pool's densities in one chart. No options; it draws nothing.
 */
public final class ViewsType implements AnalysisType {

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        options.model().ifPresent(m -> {
            if (Views.derived(m).isEmpty()) {
                options.problem(null, "the model has no driver fitted to values (fit:), elicited (type: elicited) or "
                        + "pooled (type: pooled); a views analysis shows those (see docs/model-format.md)");
            }
        });
        return PlannedAnalysis.of(options, context -> {
            try (Progress.Task task = context.progress().start("views", 0)) {
                return Views.of(context.model()).run();
            }
        });
    }
}

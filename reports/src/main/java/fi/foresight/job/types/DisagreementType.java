package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Suggestions;
import fi.foresight.survey.Disagreement;
import fi.foresight.survey.PanelRatings;
import java.util.List;

/**
 * {@code {type: disagreement, panels: [entrepreneurs]}}: how much the members of each panel whose weights come from
 * importance ratings ({@code weights_from:}) disagree, with {@link Disagreement}: per driver the interquartile
 * range of the ratings and the share within one scale point of the median, per panel Kendall's W and the Dirichlet
 * concentration of its weights.
 *
 * <p>Options: {@code panels} (default: every panel with {@code weights_from}).
 */
public final class DisagreementType implements AnalysisType {

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        List<String> asked = options.list("panels");
        options.model().ifPresent(m -> {
            List<String> rated = rated(m);
            if (rated.isEmpty()) {
                options.problem(null, "the model has no panel with weights_from:, so there are no ratings to "
                        + "compare; give a panel weights_from: {data: …, columns: {driver: column}} (see "
                        + "docs/model-format.md)");
            }
            for (String id : asked) {
                if (!rated.contains(id)) {
                    options.problem("panels", "'" + id + "' is not a panel with weights_from:"
                            + Suggestions.didYouMean(id, rated) + "; such panels are " + rated);
                }
            }
        });
        return PlannedAnalysis.of(options, context -> {
            try (Progress.Task task = context.progress().start("disagreement", 0)) {
                return Disagreement.of(PanelRatings.of(context.model(), asked));
            }
        });
    }

    /** The panels whose weights come from ratings, in model order. */
    static List<String> rated(Model m) {
        return m.panels().stream().filter(p -> p.weightsFrom() != null).map(Panel::id).toList();
    }

}

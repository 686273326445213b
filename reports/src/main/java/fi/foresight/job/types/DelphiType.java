package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.survey.DelphiResult;

/**
 * {@code {type: delphi}}: convergence and stability of the rounds of the model's {@code delphi:} study with
 * {@link DelphiResult}: per statement and round the interquartile range, share within one point of the median and
 * coefficient of variation; between consecutive rounds the distribution change (Scheibe, Skutsch and Schofer
 * 1975) and the shares of experts who changed their answer.
 *
 * <p>No options besides {@code type}; the rounds, statements and expert column are the model's.
 */
public final class DelphiType implements AnalysisType {

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        options.model().ifPresent(m -> {
            if (m.delphi().isEmpty()) {
                options.problem(null, "the model has no delphi: section; a delphi analysis needs rounds of the "
                        + "same statements, e.g. delphi: {expert: expert, rounds: [round_1, round_2], questions: "
                        + "[q1, q2]} naming entries of data: (see docs/model-format.md)");
            }
        });
        var settings = new java.util.LinkedHashMap<String, Object>(options.settings());
        options.model().flatMap(m -> m.delphi()).ifPresent(d -> {
            settings.put("rounds", String.join(", ", d.rounds().stream().map(r -> r.name()).toList()));
            settings.put("questions", d.questions());
            settings.put("expert", d.expert());
        });
        return PlannedAnalysis.of(options.type(), settings, context -> {
            try (Progress.Task task = context.progress().start("delphi", 0)) {
                return DelphiResult.of(context.model().delphi().orElseThrow());
            }
        });
    }
}

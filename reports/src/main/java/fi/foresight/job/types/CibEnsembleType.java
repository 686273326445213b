package fi.foresight.job.types;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.cib.EnsembleAnalysis;
import fi.foresight.cib.EnsembleReport;
import fi.foresight.model.JudgementSpread;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import java.util.Optional;

/**
 * {@code {type: cib_ensemble, tolerance: 0, aggregate: sum, uncertainty: {spread: 1, draws: 1000}}}: the
 * consistent scenarios of each expert's cross-impact matrix (the model's {@code cib.experts}) and of their
 * ensemble, with {@link EnsembleAnalysis}; a model without experts is an ensemble of its one matrix.
 *
 * <p>Options: {@code tolerance} (largest inconsistency admitted, default 0), {@code aggregate} ({@code sum}, the
 * default, or {@code mean}: whether the tolerance applies to the weighted sum of the experts' matrices or to their
 * mean), {@code uncertainty} (judgement uncertainty of the ensemble: {@code spread} a whole number ± k for every
 * judged impact, {@code experts} for half the range of the experts' judgements, or {@code stated} for the model's
 * {@code spread}/{@code spreads}, default {@code stated} when the model states spreads and 1 otherwise;
 * {@code draws} random matrices, default {@value #DEFAULT_DRAWS}; {@code include_zeros}, default false), {@code seed}
 * (default the job's).
 */
public final class CibEnsembleType implements AnalysisType {
    /** Random matrices when {@code draws} is not given. */
    public static final int DEFAULT_DRAWS = 1000;
    /** Most random matrices. */
    public static final int MAX_DRAWS = 1_000_000;

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        int tolerance = options.integer("tolerance", 0, 0, 1000);
        boolean mean = "mean".equals(options.choice("aggregate", "sum", "sum", "mean"));
        long seed = options.seed();
        Optional<AnalysisOptions> u = options.section("uncertainty", "{spread: 1, draws: 1000}");
        Optional<CrossImpactSystem> cib = options.model().flatMap(m -> m.cib());
        if (options.model().isPresent() && cib.isEmpty()) {
            options.problem(null, "the model has no cib: section; a cib_ensemble analysis needs descriptors and the "
                    + "experts' cross-impacts (see docs/model-format.md, cib: experts)");
        }
        JudgementSpread spread = null;
        int draws = 0;
        if (u.isPresent()) {
            AnalysisOptions uo = u.get();
            boolean stated = cib.map(s -> s.judgements().spreads().isPresent()).orElse(false);
            String text = uo.text("spread").orElse(stated ? "stated" : "1");
            boolean zeros = uo.flag("include_zeros", false);
            draws = uo.integer("draws", DEFAULT_DRAWS, 1, MAX_DRAWS);
            spread = spread(uo, text, zeros, cib);
        }
        JudgementSpread how = spread;
        int n = draws;
        return PlannedAnalysis.of(options, context -> {
            CrossImpactSystem system = context.model().cib().orElseThrow();
            EnsembleAnalysis analysis = EnsembleAnalysis.of(system).tolerance(tolerance).mean(mean)
                    .threads(context.threads());
            if (how != null) {
                analysis = analysis.uncertainty(how, n, seed);
            }
            try (Progress.Task task = context.progress().start("cib_ensemble", 0)) {
                task.note(system.judgements().experts().size() + " experts");
                EnsembleReport report = analysis.run();
                return report;
            }
        });
    }

    /** The spread named by {@code text}: a whole number, {@code experts} or {@code stated}; null after a problem. */
    private static JudgementSpread spread(AnalysisOptions uo, String text, boolean zeros,
                                          Optional<CrossImpactSystem> cib) {
        if (text.matches("[0-9]{1,4}")) {
            int k = Integer.parseInt(text);
            if (k > 1000) {
                uo.problem("spread", "spread (" + k + ") must be in [0, 1000]");
                return null;
            }
            return JudgementSpread.uniform(k, zeros);
        }
        if ("experts".equals(text)) {
            if (cib.isPresent() && cib.get().judgements().experts().isEmpty()) {
                uo.problem("spread", "spread: experts takes each judgement's spread from the experts' disagreement, "
                        + "but the model's cib: section names no experts; give a whole number such as spread: 1, "
                        + "or add experts: to the model");
                return null;
            }
            return JudgementSpread.experts();
        }
        if ("stated".equals(text)) {
            if (cib.isPresent() && cib.get().judgements().spreads().isEmpty()) {
                uo.problem("spread", "spread: stated uses the spreads stated in the model, but its cib: section "
                        + "gives neither spread: nor spreads:; give a whole number such as spread: 1");
                return null;
            }
            return JudgementSpread.stated();
        }
        uo.problem("spread", "spread '" + text + "' is not a whole number from 0 to 1000, experts or stated; "
                + "e.g. spread: 1 lets every judged impact vary by ± 1");
        return null;
    }
}

package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.Limits;
import fi.foresight.model.Model;
import fi.foresight.model.Suggestions;
import fi.foresight.montecarlo.PrecisionGoal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of a {@code montecarlo} entry beyond samples, seed and design: {@code conditional_tornado} (outcome
 * columns, or {@code all}), {@code conditional_statistic} ({@code mean} or {@code pXX}) and
 * {@code precision: {outcome, statistic, se, max_samples}}, checked with problems at their place in the job file.
 */
final class MonteCarloOptions {
    /** Default {@code max_samples} of a precision goal. */
    static final int DEFAULT_MAX_SAMPLES = 1_000_000;

    private MonteCarloOptions() {
    }

    /**
     * The outcome columns of {@code conditional_tornado: [index, …]} ({@code all}: every outcome column of the
     * model); empty when absent.
     *
     * @param options the entry's options
     * @return the outcome columns
     */
    static List<String> conditionalTornado(AnalysisOptions options) {
        List<String> asked = options.list("conditional_tornado");
        Model model = options.model().orElse(null);
        if (asked.isEmpty() || model == null) {
            return asked;
        }
        List<String> columns = model.outcomeColumns();
        if (asked.equals(List.of("all"))) {
            return columns;
        }
        var out = new ArrayList<String>();
        for (String o : asked) {
            if (!columns.contains(o)) {
                options.problem("conditional_tornado", "unknown outcome '" + o + "'" + Suggestions.didYouMean(o, columns)
                        + "; name outcome columns (" + String.join(", ", columns) + ") or all");
            } else if (out.contains(o)) {
                options.problem("conditional_tornado", "outcome '" + o + "' is named twice; name each once");
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * The statistic the conditional tornado compares between bins, {@code conditional_statistic: mean} (the default)
     * or a percentile {@code pXX} such as {@code p10}, {@code p50} or {@code p90}.
     *
     * @param options     the entry's options
     * @param conditional the outcome columns of the conditional tornado (the statistic needs some)
     * @return the percentile as a probability in (0, 1), or NaN for the mean (also when the value is wrong: it is
     *         then reported as a problem)
     */
    static double conditionalStatistic(AnalysisOptions options, List<String> conditional) {
        if (!options.has("conditional_statistic")) {
            return Double.NaN;
        }
        String statistic = options.text("conditional_statistic").orElse("mean");
        String s = statistic.toLowerCase(Locale.ROOT);
        if (conditional.isEmpty()) {
            options.problem("conditional_statistic", "conditional_statistic chooses what the conditional tornado "
                    + "compares, but there is no conditional_tornado; add conditional_tornado: [outcome] or drop it");
            return Double.NaN;
        }
        if (s.equals("mean")) {
            return Double.NaN;
        }
        double level = percentile(s);
        if (Double.isNaN(level)) {
            options.problem("conditional_statistic", "'" + statistic + "' is not a statistic the conditional tornado "
                    + "can compare; use mean or a percentile pXX with 0 < XX < 100, such as p10, p50 or p90");
        }
        return level;
    }

    /**
     * The goal of {@code precision: {outcome: index, statistic: mean, se: 0.001, max_samples: 200000}}, or null.
     *
     * @param options the entry's options
     * @return the goal, or null when absent or wrong (wrong values are reported as problems)
     */
    static PrecisionGoal precision(AnalysisOptions options) {
        var section = options.section("precision", "{outcome: index, statistic: mean, se: 0.001, max_samples: 200000}");
        if (section.isEmpty()) {
            return null;
        }
        AnalysisOptions p = section.get();
        String outcome = p.outcome("outcome", null);
        String statistic = p.text("statistic").orElse("mean");
        boolean hasSe = p.has("se");
        double se = p.number("se", Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        if (hasSe && !Double.isNaN(se) && !(se > 0 && Double.isFinite(se))) {
            p.problem("se", "se (" + se + ") must be a positive number: the standard error to reach, e.g. se: 0.001");
            se = Double.NaN;
        }
        int max = p.integer("max_samples", Math.min(DEFAULT_MAX_SAMPLES, Limits.MAX_SAMPLES), 2, Limits.MAX_SAMPLES);
        boolean ok = true;
        if (outcome == null) {
            if (!p.has("outcome")) {
                p.problem(null, "precision needs an outcome: the outcome column whose statistic must be precise, "
                        + "e.g. precision: {outcome: index, se: 0.001}");
            }
            ok = false;
        }
        if (!hasSe) {
            p.problem(null, "precision needs se: the standard error to reach, a positive number, e.g. se: 0.001");
            ok = false;
        } else if (Double.isNaN(se)) {
            ok = false;
        }
        PrecisionGoal.Statistic kind;
        double level = Double.NaN;
        String s = statistic.toLowerCase(Locale.ROOT);
        if (s.equals("mean")) {
            kind = PrecisionGoal.Statistic.MEAN;
        } else if (s.equals("exceedance")) {
            kind = PrecisionGoal.Statistic.EXCEEDANCE;
            if (outcome != null && options.model().isPresent()
                    && options.model().get().targets().stream().noneMatch(t -> t.outcome().equals(outcome))) {
                p.problem("statistic", "statistic: exceedance watches the chance of meeting the model's target on '"
                        + outcome + "', but the model has no target on it; add one under targets: in the model, or "
                        + "use mean or a percentile such as p90");
                ok = false;
            }
        } else {
            kind = PrecisionGoal.Statistic.PERCENTILE;
            level = percentile(s);
            if (Double.isNaN(level)) {
                p.problem("statistic", "'" + statistic + "' is not a statistic; use mean, exceedance or a percentile "
                        + "between p1 and p99 such as p90 or p2.5");
                ok = false;
            }
        }
        return ok ? new PrecisionGoal(outcome, kind, level, se, max) : null;
    }

    /** The level of {@code pXX} (0 &lt; XX &lt; 100), or NaN. */
    private static double percentile(String s) {
        if (!s.matches("p[0-9]+(\\.[0-9]+)?")) {
            return Double.NaN;
        }
        double v = Double.parseDouble(s.substring(1));
        return v > 0 && v < 100 ? v / 100 : Double.NaN;
    }
}

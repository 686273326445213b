package fi.foresight.job.types;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisResults;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.Limits;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.sampling.Design;
import fi.foresight.montecarlo.PrecisionGoal;
import java.util.List;
import java.util.Locale;

/**
 * {@code {type: montecarlo, samples: 10000, seed: 42, design: latin_hypercube, keep_samples: false}}: Monte Carlo
 * over the job's scenarios × levers with {@link MonteCarlo}.
 *
 * <p>Options: {@code samples} (per scenario × lever; default the job's), {@code seed} (default the job's),
 * {@code design} ({@code monte_carlo}, {@code latin_hypercube} or {@code sobol}: randomised, scrambled Sobol'
 * points per block), {@code keep_samples} (write every draw to
 * {@code montecarlo-samples.csv}; at most {@value #MAX_KEPT} draws in all), {@code conditional_tornado} (outcome
 * columns, or {@code all}: the outcome's mean within each bin of each input, from the same samples; tables
 * {@code tornado-conditional} and {@code tornado-conditional-swing}, a chart and findings),
 * {@code conditional_statistic} ({@code mean}, the default, or a percentile {@code pXX} that the conditional
 * tornado compares instead), {@code precision}
 * ({@code {outcome, statistic: mean|pXX|exceedance, se, max_samples}}: stop each run once the statistic's standard
 * error is at most {@code se}; table {@code montecarlo-precision} and a finding).
 */
public final class MonteCarloType implements AnalysisType {
    /** Most draws {@code keep_samples} may write (samples × scenarios × levers). */
    public static final long MAX_KEPT = 2_000_000;

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        options.needsOutcomes();
        int samples = options.samples(1, Limits.MAX_SAMPLES);
        long seed = options.seed();
        Design sampling = design(options);
        boolean keep = options.flag("keep_samples", false);
        List<String> conditional = MonteCarloOptions.conditionalTornado(options);
        double conditionalLevel = MonteCarloOptions.conditionalStatistic(options, conditional);
        PrecisionGoal goal = MonteCarloOptions.precision(options);
        Integer year = options.atYear();
        if (keep && (goal != null ? goal.maxSamples() : samples) > MAX_KEPT) {
            options.problem("keep_samples", "keep_samples writes every draw; " + samples + " samples exceed the limit of "
                    + MAX_KEPT + " kept draws; lower samples or drop keep_samples");
        }
        return PlannedAnalysis.of(options, context -> {
            long runs = (long) context.scenarios().size() * context.levers().size();
            long drawn = goal != null ? goal.maxSamples() : samples;
            if (keep && drawn * runs > MAX_KEPT) {
                throw new IllegalArgumentException("keep_samples would write " + samples * runs + " draws ("
                        + samples + " samples x " + runs + " scenario-lever runs); the limit is " + MAX_KEPT);
            }
            MonteCarloResult result;
            try (Progress.Task task = context.progress().start("montecarlo", 0)) {
                task.note(samples + " samples x " + runs + " runs");
                // the study captures plain values only: the Spark engine ships it to other machines
                int threads = context.threads();
                String[] scenarios = context.scenarios().toArray(String[]::new);
                String[] levers = context.levers().toArray(String[]::new);
                result = context.run(model -> {
                    MonteCarlo mc = MonteCarlo.of(model)
                            .samples(samples).seed(seed).threads(threads)
                            .scenarios(scenarios).levers(levers)
                            .design(sampling)
                            .keepSamples(keep)
                            .conditionalTornado(conditional.toArray(String[]::new))
                            .conditionalPercentile(conditionalLevel)
                            .precision(goal);
                    return year == null ? mc : mc.atYear(year);
                });
                task.advance(samples * runs);
            }
            return withReportExtras(result);
        });
    }

    /**
     * The sampling design of a Monte Carlo or trajectories entry: {@code design: monte_carlo} (the default),
     * {@code latin_hypercube} or {@code sobol}.
     *
     * @param options the entry's options
     * @return the design
     */
    static Design design(AnalysisOptions options) {
        String design = options.choice("design", "monte_carlo", "monte_carlo", "latin_hypercube", "sobol");
        return Design.valueOf(design.toUpperCase(Locale.ROOT));
    }

    /**
     * The result with what the report needs besides its own charts and findings: box plots by scenario and the
     * grid of means by scenario and lever (which read well with many scenario × lever runs), a histogram when the
     * result draws none, and plain-language findings on the typical and extreme futures and on the targets.
     */
    static AnalysisResult withReportExtras(MonteCarloResult result) {
        return AnalysisResults.withExtras(result,
                own -> {
                    var charts = new java.util.LinkedHashMap<>(MonteCarloExtras.charts(result,
                            own.keySet().stream().noneMatch(k -> k.startsWith("montecarlo-histogram-"))));
                    charts.putAll(ConditionalTornadoReport.charts(result));
                    return charts;
                },
                own -> {
                    var findings = new java.util.ArrayList<>(MonteCarloExtras.findings(result));
                    findings.addAll(ConditionalTornadoReport.findings(result));
                    findings.addAll(ConditionalTornadoReport.precisionFindings(result));
                    return findings;
                });
    }
}

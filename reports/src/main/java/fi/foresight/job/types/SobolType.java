package fi.foresight.job.types;

import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Model;
import fi.foresight.sensitivity.Sobol;
import fi.foresight.sensitivity.SobolResult;
import java.util.List;

/**
 * {@code {type: sobol, outcome: index, samples: 4096, second_order: false}}: first-order and total
 * Sobol' indices with {@link Sobol} in one scenario × lever.
 *
 * <p>Options: {@code outcome} or {@code outcomes} (default: every outcome column), {@code scenario} (default
 * {@code base}), {@code lever} (default {@code none}), {@code inputs} ({@code all}: drivers and the panels'
 * uncertain weights, the default; {@code drivers}: weights held at their stated values), {@code samples} (the base
 * sample N, a power of two, default {@value #DEFAULT_SAMPLES}; N (k + 2) evaluations for k inputs; {@code --samples}
 * replaces it, rounded down to a power of two), {@code intervals} ({@code replicates}, the default: Student t
 * intervals from {@code replicates} independent replicates of the design, default 8, a power of two for the Sobol'
 * design; {@code bootstrap}: percentile intervals from {@code bootstrap} resamples of the rows, default 100, also
 * chosen by giving {@code bootstrap} alone; {@code none}), {@code confidence} (default 0.95), {@code second_order} (default false), {@code design} ({@code sobol} or
 * {@code monte_carlo}), {@code seed} (default the job's). Threads come from the job.
 */
public final class SobolType implements AnalysisType {
    static final int DEFAULT_SAMPLES = 4096;
    static final int MIN_SAMPLES = 64;
    /** Replicates behind the default intervals. */
    static final int DEFAULT_REPLICATES = 8;
    static final int MAX_SAMPLES = 1 << 20;
    /** Most model evaluations one Sobol' analysis may ask for. */
    static final long MAX_EVALUATIONS = 200_000_000L;
    /** Most uncertain inputs the Sobol' sequence has dimensions for (two per input). */
    static final int MAX_SEQUENCE_INPUTS = 500;

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        List<String> outcomes = SensitivityOptions.outcomes(options);
        String scenario = SensitivityOptions.scenario(options);
        String lever = SensitivityOptions.lever(options);
        boolean driversOnly = SensitivityOptions.driversOnly(options, SensitivityOptions.ALL);
        String design = options.choice("design", "sobol", "sobol", "monte_carlo");
        int samples = options.samplesOr(DEFAULT_SAMPLES, MIN_SAMPLES, MAX_SAMPLES);
        if (design.equals("sobol") && Integer.bitCount(samples) != 1) {
            int lower = Integer.highestOneBit(samples);
            if (options.samplesOverridden()) {
                samples = Math.max(MIN_SAMPLES, lower);
            } else {
                options.problem("samples", "samples (" + samples + ") must be a power of two for the Sobol' design, e.g. "
                        + lower + " or " + (lower << 1) + " (or set design: monte_carlo)");
            }
        }
        // bootstrap: alone (job files from before replicate intervals) still asks for the bootstrap
        String intervals = options.choice("intervals", options.has("bootstrap") ? "bootstrap" : "replicates",
                "replicates", "bootstrap", "none");
        int bootstrap = options.integer("bootstrap", 100, 0, 10_000);
        if (options.has("bootstrap") && !intervals.equals("bootstrap")) {
            options.problem("bootstrap", "bootstrap is the number of resamples of intervals: bootstrap; with intervals: "
                    + intervals + " leave it out");
        }
        int replicates = options.integer("replicates", DEFAULT_REPLICATES, 1, 1024);
        if (replicates == 1 && intervals.equals("replicates")) {
            options.problem("replicates", "replicates: 1 leaves no spread to measure an interval from; set at least 2 "
                    + "(default " + DEFAULT_REPLICATES + "), or intervals: none or bootstrap for one shifted sequence");
        }
        if (design.equals("sobol") && Integer.bitCount(replicates) != 1) {
            options.problem("replicates", "replicates (" + replicates + ") must be a power of two for the Sobol' design,"
                    + " e.g. " + Integer.highestOneBit(replicates) + " or " + (Integer.highestOneBit(replicates) << 1)
                    + " (or set design: monte_carlo)");
        }
        double confidence = options.number("confidence", 0.95, 0.5, 0.999);
        boolean secondOrder = options.flag("second_order", false);
        long seed = options.seed();
        Integer year = SensitivityOptions.atYear(options);
        int n = samples;
        options.model().ifPresent(m -> {
            long varied = SensitivityOptions.variedInputCount(m, driversOnly);
            if (design.equals("sobol") && varied > MAX_SEQUENCE_INPUTS) {
                options.problem("design", "the model has " + varied + " uncertain inputs; the Sobol' design covers at "
                        + "most " + MAX_SEQUENCE_INPUTS + "; set design: monte_carlo"
                        + (driversOnly || SensitivityOptions.variedInputCount(m, true) > MAX_SEQUENCE_INPUTS ? ""
                                : " or inputs: drivers"));
            }
            long k = SensitivityOptions.inputCountBound(m, driversOnly);
            long evaluations = (long) n * (secondOrder ? 2 * k + 2 : k + 2);
            if (evaluations > MAX_EVALUATIONS) {
                options.problem("samples", "samples " + n + " with up to " + k + " uncertain inputs asks for up to "
                        + evaluations + " model evaluations; the limit is " + MAX_EVALUATIONS + "; lower samples"
                        + (secondOrder ? " or drop second_order" : ""));
            }
        });
        var settings = new java.util.LinkedHashMap<>(options.settings());
        settings.put("samples", n);
        settings.put("intervals", intervals);
        if (!intervals.equals("bootstrap")) {
            settings.remove("bootstrap");
        }
        if (!intervals.equals("replicates") && !design.equals("sobol")) {
            settings.remove("replicates");
        }
        return PlannedAnalysis.of(options.type(), settings, context -> {
            Model model = driversOnly ? SensitivityOptions.withFixedWeights(context.model()) : context.model();
            // the study captures plain values only: the Spark engine ships it to other machines
            int threads = context.threads();
            String[] chosen = outcomes.toArray(String[]::new);
            boolean monteCarlo = design.equals("monte_carlo");
            SobolResult result;
            try (Progress.Task task = context.progress().start("sobol", 0)) {
                task.note("N = " + n + (secondOrder ? ", second order" : ""));
                result = context.run(m -> {
                    Sobol sobol = Sobol.of(driversOnly ? SensitivityOptions.withFixedWeights(m) : m).scenario(scenario)
                            .lever(lever).samples(n).replicates(replicates).confidence(confidence)
                            .secondOrder(secondOrder).seed(seed).threads(threads);
                    if (year != null) {
                        sobol.atYear(year);
                    }
                    if (!intervals.equals("replicates")) {
                        sobol.bootstrap(intervals.equals("bootstrap") ? bootstrap : 0);
                    }
                    if (chosen.length > 0) {
                        sobol.outcome(chosen);
                    }
                    return monteCarlo ? sobol.monteCarlo() : sobol;
                });
                task.advance(result.settings().evaluations());
            }
            return SobolReport.of(result, model);
        });
    }
}

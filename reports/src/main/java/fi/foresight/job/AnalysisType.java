package fi.foresight.job;

/**
 * How a job file's {@code {type: NAME, …options}} becomes something that runs: reads that type's options (each
 * problem placed at its {@code file:line:col} through {@link AnalysisOptions}) and returns the planned analysis.
 * Registered under its name in {@link AnalysisRegistry}.
 *
 * <pre>{@code
 * AnalysisType montecarlo = options -> {
 *     int samples = options.samples(100, Limits.MAX_SAMPLES);
 *     long seed = options.seed();
 *     return PlannedAnalysis.of(options, context ->
 *         MonteCarlo.of(context.model()).samples(samples).seed(seed).threads(context.threads()).run());
 * };
 * }</pre>
 *
 * An implementation must not throw for bad options; it reports them and returns a plan anyway (it is discarded
 * when the job has problems).
 */
@FunctionalInterface
public interface AnalysisType {
    PlannedAnalysis plan(AnalysisOptions options);
}

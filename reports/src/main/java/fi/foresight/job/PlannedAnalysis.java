package fi.foresight.job;

import fi.foresight.analysis.AnalysisResult;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An analysis whose options have been read and checked, ready to run against the job's model. The runner calls
 * {@link #run(RunContext)} and treats every result alike.
 */
public interface PlannedAnalysis {
    /** The type as written in the job file. */
    String type();

    /** The options as resolved (defaults filled in), for run.json and the report's method notes. */
    Map<String, Object> settings();

    /** Runs the analysis; an exception means the analysis failed (exit code 1). */
    AnalysisResult run(RunContext context);

    /** A plan from the options read so far and the work to do. */
    static PlannedAnalysis of(AnalysisOptions options, Function<RunContext, AnalysisResult> work) {
        return of(options.type(), options.settings(), work);
    }

    static PlannedAnalysis of(String type, Map<String, Object> settings, Function<RunContext, AnalysisResult> work) {
        Objects.requireNonNull(work, "work");
        Map<String, Object> ordered = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        return new PlannedAnalysis() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Map<String, Object> settings() {
                return ordered;
            }

            @Override
            public AnalysisResult run(RunContext context) {
                return work.apply(context);
            }

            @Override
            public String toString() {
                return type + " " + ordered;
            }
        };
    }
}

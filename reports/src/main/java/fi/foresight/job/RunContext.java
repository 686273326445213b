package fi.foresight.job;

import fi.foresight.analysis.BlockStudy;
import fi.foresight.model.Model;
import java.util.List;
import java.util.Objects;

/**
 * What a planned analysis gets when it runs: the model, the job's scenarios and levers, the thread count, a
 * progress sink and the engine that runs block analyses ({@link #run(BlockStudy)}: this machine, or Spark). Seeds
 * and sample counts are options of each analysis, already read into its plan.
 *
 * @param model     the job's model
 * @param scenarios scenario ids to cover ({@code base} first when included)
 * @param levers    lever ids to cover ({@code none} first when included)
 * @param threads   worker threads (results must not depend on it)
 * @param progress  where to report progress
 * @param engine    where block analyses run (default: this machine)
 */
public record RunContext(Model model, List<String> scenarios, List<String> levers, int threads, Progress progress,
                         Engine engine) {
    public RunContext {
        Objects.requireNonNull(model, "model");
        engine = engine == null ? Engine.local(model) : engine;
        scenarios = List.copyOf(scenarios);
        levers = List.copyOf(levers);
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        progress = progress == null ? Progress.silent() : progress;
    }

    /** A context whose block analyses run on this machine. */
    public RunContext(Model model, List<String> scenarios, List<String> levers, int threads, Progress progress) {
        this(model, scenarios, levers, threads, progress, null);
    }

    /** Runs the analysis that {@code study} configures over {@link #model()} on {@link #engine()}. */
    public <R> R run(BlockStudy<R> study) {
        return engine.run(study);
    }
}

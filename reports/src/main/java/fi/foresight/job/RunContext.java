package fi.foresight.job;

import fi.foresight.model.Model;
import java.util.List;
import java.util.Objects;

/**
 * What a planned analysis gets when it runs: the model, the job's scenarios and levers, the thread count and a
 * progress sink. Seeds and sample counts are options of each analysis, already read into its plan.
 *
 * @param model     the job's model
 * @param scenarios scenario ids to cover ({@code base} first when included)
 * @param levers    lever ids to cover ({@code none} first when included)
 * @param threads   worker threads (results must not depend on it)
 * @param progress  where to report progress
 */
public record RunContext(Model model, List<String> scenarios, List<String> levers, int threads, Progress progress) {
    public RunContext {
        Objects.requireNonNull(model, "model");
        scenarios = List.copyOf(scenarios);
        levers = List.copyOf(levers);
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        progress = progress == null ? Progress.silent() : progress;
    }
}

package fi.foresight.job;

import fi.foresight.analysis.BlockStudy;
import fi.foresight.model.Model;
import java.util.Objects;

/**
 * Where the analyses of one job run. A job type hands its analysis to {@link RunContext#run(BlockStudy)} as a
 * {@link BlockStudy} (a lambda capturing plain values); the local engine runs it on this machine's threads, the
 * Spark engine (module {@code spark/}) ships the model file and the study to a cluster. Both return the same
 * result for the same study.
 *
 * <pre>{@code
 * int samples = 10_000;
 * long seed = 42;
 * MonteCarloResult r = context.run(model -> MonteCarlo.of(model).samples(samples).seed(seed));
 * }</pre>
 */
public interface Engine {
    /** Runs the analysis that {@code study} configures over the job's model. */
    <R> R run(BlockStudy<R> study);

    /** This machine: {@code study.configure(model).run()}. */
    static Engine local(Model model) {
        Objects.requireNonNull(model, "model");
        return new Engine() {
            @Override
            public <R> R run(BlockStudy<R> study) {
                return study.configure(model).run();
            }

            @Override
            public String toString() {
                return "local";
            }
        };
    }
}

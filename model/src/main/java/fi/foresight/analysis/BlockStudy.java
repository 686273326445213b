package fi.foresight.analysis;

import fi.foresight.model.Model;
import java.io.Serializable;

/**
 * How to configure a block analysis over a model, as a value that can be shipped to another machine, which reads
 * the model file itself and calls {@link #configure(Model)} there. Write it as a lambda that captures plain
 * values only (numbers, strings, enums, arrays and lists of them), never the model or a run context:
 *
 * <pre>{@code
 * int samples = 1_000_000;
 * long seed = 42;
 * BlockStudy<MonteCarloResult> study = model -> MonteCarlo.of(model).samples(samples).seed(seed);
 * MonteCarloResult here = study.configure(model).run();
 * }</pre>
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface BlockStudy<R> extends Serializable {
    /**
     * The analysis over {@code model}.
     *
     * @param model the model, read from its file on the machine that runs the analysis
     * @return the configured analysis
     */
    BlockAnalysis<R> configure(Model model);
}

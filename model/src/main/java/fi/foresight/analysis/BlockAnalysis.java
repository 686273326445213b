package fi.foresight.analysis;

/**
 * A configured analysis that can run here ({@link #run()}, multi-threaded) or be cut into tasks for running
 * elsewhere ({@link #blocks()}); both give the same result for the same settings and seed. {@code run()} means
 * "run {@code blocks()} on the local executor" ({@link LocalPlans#run}), and both take the settings as they stand
 * when called, so later changes to the builder do not reach a running plan.
 *
 * @param <R> the result type
 */
public interface BlockAnalysis<R> {
    /**
     * Runs on this machine.
     *
     * @return the result, the same as merging the partials of {@link #blocks()}
     */
    R run();

    /**
     * The same analysis as tasks whose partials merge into the result of {@link #run()}.
     *
     * @return the plan of tasks for this analysis' settings and seed
     */
    BlockPlan<R> blocks();
}

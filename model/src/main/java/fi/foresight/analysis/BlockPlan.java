package fi.foresight.analysis;

/**
 * An analysis cut into numbered tasks that may run anywhere (other threads, processes or machines) and whose
 * partial results merge, in task order, into exactly the result of the analysis' own {@code run()}.
 *
 * <p>A task's partial depends only on the plan and the task index: each task derives its random streams from
 * (seed, block index) as the local engine does. Partials travel as bytes, so any transport (a Spark job, a file)
 * can carry them. A plan is immutable and thread-safe; its {@link Worker}s are not (one per thread).
 *
 * <pre>{@code
 * BlockPlan<MonteCarloResult> plan = MonteCarlo.of(model).samples(1_000_000).seed(42).blocks();
 * BlockPlan.Worker w = plan.worker();
 * BlockPlan.Merger<MonteCarloResult> m = plan.merger();
 * while (m.next() < plan.tasks()) {
 *     long t = m.next();
 *     m.accept(t, w.compute(t));        // anywhere, in any order; merged in task order
 * }
 * MonteCarloResult r = m.result();     // the same tables as MonteCarlo...run()
 * }</pre>
 *
 * @param <R> the result type
 */
public interface BlockPlan<R> {
    /**
     * The number of tasks, numbered 0 … tasks() − 1.
     *
     * @return how many tasks the analysis is cut into
     */
    long tasks();

    /**
     * A worker for one thread.
     *
     * @return a new worker, to be used by one thread only
     */
    Worker worker();

    /**
     * A fresh merger.
     *
     * @return a merger that expects task 0 (or the first task needed) next
     */
    Merger<R> merger();

    /** Computes tasks' partial results; holds scratch, so use one per thread. */
    interface Worker {
        /**
         * The partial result of {@code task}, encoded; the same bytes wherever and whenever it runs.
         *
         * @param task the task index, 0 … {@code tasks()} − 1
         * @return the task's encoded partial result
         */
        byte[] compute(long task);
    }

    /** Merges partials strictly in task order on one thread. */
    interface Merger<R> {
        /**
         * The task whose partial is needed next, or {@code tasks()} when the result is complete. It may jump
         * ahead: tasks it passes over (for instance the rest of a run stopped by a precision rule) are not needed.
         *
         * @return the index of the next task to merge, or {@code tasks()} when done
         */
        long next();

        /**
         * Merges the partial of task {@link #next()}; any other task is an error.
         *
         * @param task the task index; must equal {@link #next()}
         * @param partial the bytes {@link Worker#compute(long)} returned for {@code task}
         */
        void accept(long task, byte[] partial);

        /**
         * The result, once {@link #next()} has reached {@code tasks()}.
         *
         * @return the merged result, equal to the analysis' own {@code run()}
         */
        R result();
    }
}

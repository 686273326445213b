package fi.foresight.analysis;

/**
 * A {@link BlockPlan.Merger} that takes every task's partial once, in task order, and refuses any other order: the
 * one place that checks the order. A plan's merger says only how one partial adds to the result so far
 * ({@link #merge}) and what the result is once every partial is in ({@link #finish}).
 *
 * @param <R> the result type
 */
public abstract class InOrderMerger<R> implements BlockPlan.Merger<R> {
    private final long tasks;
    private long next;

    /**
     * A merger of {@code tasks} partials.
     *
     * @param tasks the plan's number of tasks
     */
    protected InOrderMerger(long tasks) {
        this.tasks = tasks;
    }

    @Override
    public final long next() {
        return next;
    }

    @Override
    public final void accept(long task, byte[] partial) {
        if (task != next || next >= tasks) {
            throw new IllegalStateException("task " + task + " arrived while the merge needs task " + next
                    + " of " + tasks + "; partials must be merged in task order");
        }
        var in = new PartialBytes.Reader(partial);
        merge(task, in);
        in.end();
        next++;
    }

    @Override
    public final R result() {
        if (next < tasks) {
            throw new IllegalStateException("the merge is at task " + next + " of " + tasks
                    + "; merge every partial first");
        }
        return finish();
    }

    /**
     * Adds one task's partial to the result so far; called once per task, in task order.
     *
     * @param task    the task's number
     * @param partial the partial's bytes, to be read to their end
     */
    protected abstract void merge(long task, PartialBytes.Reader partial);

    /**
     * The result, once every partial is merged.
     *
     * @return the merged result
     */
    protected abstract R finish();
}

package fi.foresight.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Block plans on this machine: running one on a few threads with the partials merged in task order (so the result
 * does not depend on the thread count), and turning a plan's result into another.
 *
 * <pre>{@code
 * FutureGridResult r = LocalPlans.run(FutureGrid.of(model).outcome("index").blocks(), 2, "foresight-decision");
 * }</pre>
 */
public final class LocalPlans {
    private LocalPlans() {
    }

    /**
     * The plan whose merged result is {@code then} applied to {@code plan}'s result.
     *
     * @param plan the plan
     * @param then what turns its result into the new one
     * @param <A>  the plan's result type
     * @param <R>  the new result type
     * @return the plan with the same tasks and partials
     */
    public static <A, R> BlockPlan<R> map(BlockPlan<A> plan, Function<A, R> then) {
        return new BlockPlan<>() {
            @Override
            public long tasks() {
                return plan.tasks();
            }

            @Override
            public Worker worker() {
                return plan.worker();
            }

            @Override
            public Merger<R> merger() {
                Merger<A> inner = plan.merger();
                return new Merger<>() {
                    @Override
                    public long next() {
                        return inner.next();
                    }

                    @Override
                    public void accept(long task, byte[] partial) {
                        inner.accept(task, partial);
                    }

                    @Override
                    public R result() {
                        return then.apply(inner.result());
                    }
                };
            }
        };
    }

    /**
     * Runs every task on up to {@code threads} threads (each with its own worker) and merges the partials in task
     * order, so the result does not depend on the thread count.
     *
     * @param plan       the plan
     * @param threads    the most threads, at least 1
     * @param threadName the name of the threads (seen in thread dumps)
     * @param <R>        the result type
     * @return the merged result
     */
    public static <R> R run(BlockPlan<R> plan, int threads, String threadName) {
        int tasks = Math.toIntExact(plan.tasks());
        byte[][] partials = new byte[tasks][];
        int workers = Math.max(1, Math.min(threads, tasks));
        if (workers == 1) {
            BlockPlan.Worker w = plan.worker();
            for (int t = 0; t < tasks; t++) {
                partials[t] = w.compute(t);
            }
        } else {
            computeInParallel(plan, tasks, workers, threadName, partials);
        }
        BlockPlan.Merger<R> m = plan.merger();
        while (m.next() < tasks) {
            long t = m.next();
            m.accept(t, partials[(int) t]);
        }
        return m.result();
    }

    private static void computeInParallel(BlockPlan<?> plan, int tasks, int workers, String threadName,
                                          byte[][] partials) {
        var next = new AtomicInteger();
        onThreads(workers, threadName, "simulating futures", () -> {
            BlockPlan.Worker w = plan.worker();
            for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                partials[t] = w.compute(t);
            }
        });
    }

    /**
     * Runs {@code worker} once on each of {@code workers} new daemon threads and waits for all of them; an exception
     * of a worker is rethrown here (an unchecked one as it is).
     *
     * @param workers    the number of threads, at least 1
     * @param threadName the name of the threads (seen in thread dumps)
     * @param doing      what the threads do, for the message when the wait is interrupted (e.g. "simulating futures")
     * @param worker     the work of each thread (typically taking task numbers from a shared counter)
     * @throws IllegalStateException when interrupted while waiting, or when a worker threw a checked exception
     */
    public static void onThreads(int workers, String threadName, String doing, Runnable worker) {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

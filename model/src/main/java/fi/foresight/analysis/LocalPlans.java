package fi.foresight.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The one local runner: block plans (and any numbered tasks or list of items) on this machine's threads with the
 * partials merged in task order on the calling thread (so the result does not depend on the thread count), and
 * turning a plan's result into another. No other class of the workbench's computation makes a thread pool
 * ({@code ThreadPoolTest} holds it to that).
 *
 * <pre>{@code
 * FutureGridResult r = LocalPlans.run(FutureGrid.of(model).outcome("index").blocks(), 2, "foresight-decision");
 * }</pre>
 */
public final class LocalPlans {
    /** Tasks per thread computed ahead of the merge at most. */
    public static final int IN_FLIGHT_PER_THREAD = 4;

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
     * Runs the tasks the plan's merger asks for on up to {@code threads} threads (each with its own worker) and
     * merges the partials in task order on the calling thread as they arrive, so the result does not depend on the
     * thread count. At most {@value #IN_FLIGHT_PER_THREAD} tasks per thread are computed ahead of the merge, so
     * memory does not grow with the number of tasks; tasks the merger passes over (the rest of a run stopped by a
     * precision rule) are dropped. With one thread every task runs on the calling thread.
     *
     * @param plan       the plan
     * @param threads    the most threads, at least 1
     * @param threadName the name of the threads (seen in thread dumps)
     * @param <R>        the result type
     * @return the merged result
     */
    public static <R> R run(BlockPlan<R> plan, int threads, String threadName) {
        BlockPlan.Merger<R> m = plan.merger();
        inOrder(plan.tasks(), threads, threadName, new OrderedTasks<BlockPlan.Worker, Long, byte[]>() {
            @Override
            public Long prepare(long task) {
                return task;
            }

            @Override
            public BlockPlan.Worker worker() {
                return plan.worker();
            }

            @Override
            public byte[] compute(BlockPlan.Worker worker, Long task) {
                return worker.compute(task);
            }

            @Override
            public long merge(long task, byte[] partial) {
                m.accept(task, partial);
                return m.next();
            }
        });
        return m.result();
    }

    /**
     * {@code task} applied to every item on up to {@code threads} threads, the results in the items' order.
     *
     * @param items      the items
     * @param threads    the most threads, at least 1
     * @param threadName the name of the threads (seen in thread dumps)
     * @param task       what each item becomes (called on any thread; must not depend on which)
     * @param <T>        the item type
     * @param <O>        the result type
     * @return the results, one per item in the items' order
     */
    public static <T, O> List<O> mapAll(List<T> items, int threads, String threadName,
                                        Function<? super T, ? extends O> task) {
        return mapAll(items, threads, threadName, task, (i, o) -> {
        });
    }

    /**
     * {@code task} applied to every item on up to {@code threads} threads, the results in the items' order, each
     * also handed to {@code done} on the calling thread as soon as it and every earlier one are in (for progress).
     *
     * @param items      the items
     * @param threads    the most threads, at least 1
     * @param threadName the name of the threads (seen in thread dumps)
     * @param task       what each item becomes (called on any thread; must not depend on which)
     * @param done       told of each result in the items' order, on the calling thread
     * @param <T>        the item type
     * @param <O>        the result type
     * @return the results, one per item in the items' order
     */
    public static <T, O> List<O> mapAll(List<T> items, int threads, String threadName,
                                        Function<? super T, ? extends O> task, BiConsumer<Integer, O> done) {
        var out = new ArrayList<O>(items.size());
        inOrder(items.size(), threads, threadName, new OrderedTasks<Void, T, O>() {
            @Override
            public T prepare(long i) {
                return items.get((int) i);
            }

            @Override
            public Void worker() {
                return null;
            }

            @Override
            public O compute(Void worker, T item) {
                return task.apply(item);
            }

            @Override
            public long merge(long i, O result) {
                out.add(result);
                done.accept((int) i, result);
                return i + 1;
            }
        });
        return out;
    }

    /**
     * Numbered tasks computed on worker threads and merged strictly in task order on the calling thread: the one
     * shape of every local run ({@link #inOrder}).
     *
     * @param <W> a worker's scratch (one per thread; {@code Void} when there is none)
     * @param <I> what a task is handed, prepared on the calling thread in task order (e.g. its random streams)
     * @param <P> a task's partial result
     */
    public interface OrderedTasks<W, I, P> {
        /**
         * What task {@code task} is handed; called on the calling thread in increasing task order (tasks the merge
         * passes over are never prepared).
         *
         * @param task the task's number
         * @return its input
         */
        I prepare(long task);

        /**
         * A new worker, used by one thread only.
         *
         * @return the worker
         */
        W worker();

        /**
         * The partial result of one task; called on any thread, with that thread's worker.
         *
         * @param worker the thread's worker
         * @param input  what {@link #prepare} gave for the task
         * @return the task's partial
         */
        P compute(W worker, I input);

        /**
         * Merges the partial of task {@code task}; called on the calling thread in task order.
         *
         * @param task    the task's number
         * @param partial its partial
         * @return the next task the merge needs: {@code task + 1}, a later task (those between are dropped), or
         *         the number of tasks when the merge is complete
         */
        long merge(long task, P partial);
    }

    /**
     * Runs {@code tasks} numbered tasks: each is prepared on the calling thread in task order, computed on one of
     * up to {@code threads} threads and merged on the calling thread in task order; at most
     * {@value #IN_FLIGHT_PER_THREAD} tasks per thread are ahead of the merge. The result does not depend on the
     * thread count. An exception of a task is rethrown here (an unchecked one as it is).
     *
     * @param tasks      the number of tasks, numbered 0 … tasks − 1
     * @param threads    the most threads, at least 1 (1: every task on the calling thread)
     * @param threadName the name of the threads (seen in thread dumps)
     * @param work       the tasks
     * @param <W>        a worker's scratch
     * @param <I>        a task's prepared input
     * @param <P>        a task's partial result
     * @throws IllegalStateException when interrupted, when a task threw a checked exception or when the merge
     *                               asks for a task it has passed
     */
    public static <W, I, P> void inOrder(long tasks, int threads, String threadName, OrderedTasks<W, I, P> work) {
        long next = 0;
        if (threads <= 1 || tasks <= 1) {
            W w = work.worker();
            while (next < tasks) {
                I in = work.prepare(next);
                next = checkedNext(next, work.merge(next, work.compute(w, in)), tasks);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool((int) Math.min(threads, tasks), daemons(threadName));
        ThreadLocal<W> workers = ThreadLocal.withInitial(work::worker);
        var inFlight = new ArrayDeque<Pending<P>>();
        long submitted = 0;
        long window = (long) IN_FLIGHT_PER_THREAD * threads;
        try {
            while (next < tasks) {
                while (submitted < tasks && inFlight.size() < window) {
                    I in = work.prepare(submitted);
                    inFlight.add(new Pending<>(submitted++, pool.submit(() -> work.compute(workers.get(), in))));
                }
                Pending<P> p = inFlight.removeFirst();
                next = checkedNext(next, work.merge(p.task(), await(p.partial())), tasks);
                while (!inFlight.isEmpty() && inFlight.peekFirst().task() < next) {
                    inFlight.removeFirst().partial().cancel(true);
                }
                submitted = Math.max(submitted, next);
            }
        } finally {
            for (Pending<P> p : inFlight) {
                p.partial().cancel(true);
            }
            pool.shutdownNow();
        }
    }

    /** A task on its way. */
    private record Pending<P>(long task, Future<P> partial) {
    }

    private static long checkedNext(long merged, long next, long tasks) {
        if (next <= merged || next > tasks) {
            throw new IllegalStateException("after task " + merged + " the merge asks for task " + next + " of "
                    + tasks + "; it must move forward");
        }
        return next;
    }

    private static <P> P await(Future<P> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while simulating futures", e);
        } catch (ExecutionException e) {
            throw unwrapped(e);
        }
    }

    private static RuntimeException unwrapped(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
            return re;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e.getCause());
    }

    private static ThreadFactory daemons(String threadName) {
        return r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        };
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
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemons(threadName));
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
            throw unwrapped(e);
        } finally {
            pool.shutdownNow();
        }
    }
}

package fi.foresight.decision;

import fi.foresight.analysis.BlockPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Small tools over block plans: running one on this machine's threads, and turning its result into another. */
final class Plans {
    private Plans() {
    }

    /** The plan whose merged result is {@code then} applied to {@code plan}'s result. */
    static <A, R> BlockPlan<R> map(BlockPlan<A> plan, Function<A, R> then) {
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
     */
    static <R> R runLocally(BlockPlan<R> plan, int threads) {
        int tasks = Math.toIntExact(plan.tasks());
        byte[][] partials = new byte[tasks][];
        int workers = Math.max(1, Math.min(threads, tasks));
        if (workers == 1) {
            BlockPlan.Worker w = plan.worker();
            for (int t = 0; t < tasks; t++) {
                partials[t] = w.compute(t);
            }
        } else {
            var next = new java.util.concurrent.atomic.AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "foresight-decision");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < workers; i++) {
                    futures.add(pool.submit(() -> {
                        BlockPlan.Worker w = plan.worker();
                        for (int t = next.getAndIncrement(); t < tasks; t = next.getAndIncrement()) {
                            partials[t] = w.compute(t);
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while simulating futures", e);
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
        BlockPlan.Merger<R> m = plan.merger();
        while (m.next() < tasks) {
            long t = m.next();
            m.accept(t, partials[(int) t]);
        }
        return m.result();
    }
}

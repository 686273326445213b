package fi.foresight.discovery;

import fi.foresight.analysis.BlockPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a block plan on this machine's threads and merges the partials in task order. */
final class LocalBlocks {
    private LocalBlocks() {
    }

    static <R> R run(BlockPlan<R> plan, int threads) {
        int tasks = Math.toIntExact(plan.tasks());
        byte[][] partials = new byte[tasks][];
        int workers = Math.max(1, Math.min(threads, tasks));
        if (workers == 1) {
            BlockPlan.Worker w = plan.worker();
            for (int t = 0; t < tasks; t++) {
                partials[t] = w.compute(t);
            }
        } else {
            var next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "foresight-discovery");
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

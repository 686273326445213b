package fi.foresight.spark;

import fi.foresight.analysis.BlockPlan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

/**
 * Runs a block plan on Spark. The driver cuts the block tasks into contiguous ranges (one Spark task each,
 * sized by {@link TaskSizing}), submits them in waves of RDD jobs (two waves in flight, so executors never wait
 * for the merge), collects each wave and merges its partials strictly in task order. Each executor rebuilds the
 * plan from the recipe once per JVM and computes its range's partials from (seed, task index) alone, so the
 * result is bit-identical to the local engine whatever the partitioning. Tasks that the merger no longer needs
 * (a Monte Carlo run stopped by its precision rule) are not submitted, and a finished merge cancels the jobs still
 * running.
 */
final class SparkBlocks {
    /** Spark tasks per wave, per core of the cluster. */
    private static final int WAVE_PER_CORE = 2;
    /** The driver times block tasks until this much time or {@link #CALIBRATION_TASKS} tasks. */
    private static final double CALIBRATION_SECONDS = 0.5;
    private static final int CALIBRATION_TASKS = 3;

    private SparkBlocks() {
    }

    static <R> R run(JavaSparkContext sc, Recipe<R> recipe, BlockPlan<R> plan, TaskSizing sizing) {
        Plans.put(recipe, plan);
        try {
            return merge(sc, recipe, plan, sizing);
        } finally {
            Plans.forget(recipe);
        }
    }

    private static <R> R merge(JavaSparkContext sc, Recipe<R> recipe, BlockPlan<R> plan, TaskSizing sizing) {
        long tasks = plan.tasks();
        BlockPlan.Merger<R> merger = plan.merger();
        int parallelism = Math.max(1, sc.defaultParallelism());
        long bytesPerTask = 0;
        List<long[]> ranges;
        if (sizing.partitions() > 0) {
            ranges = TaskSizing.split(0, tasks, sizing.partitions());
        } else {
            BlockPlan.Worker worker = plan.worker();
            double fastest = Double.POSITIVE_INFINITY;
            double spent = 0;
            for (int i = 0; i < CALIBRATION_TASKS && spent < CALIBRATION_SECONDS && merger.next() < tasks; i++) {
                long t = merger.next();
                long t0 = System.nanoTime();
                byte[] partial = worker.compute(t);
                double seconds = (System.nanoTime() - t0) / 1e9;
                merger.accept(t, partial);
                fastest = Math.min(fastest, seconds);
                spent += seconds;
                bytesPerTask = Math.max(bytesPerTask, partial.length);
            }
            long from = merger.next();
            long per = sizing.tasksPerPartition(fastest, tasks - from, parallelism);
            ranges = TaskSizing.split(from, tasks, (tasks - from + per - 1) / per);
        }
        long budget = resultBudget(sc);
        Function<long[], byte[][]> compute = new Compute<>(recipe);
        Deque<Wave> inFlight = new ArrayDeque<>();
        int nextRange = 0;
        try {
            while (merger.next() < tasks) {
                while (inFlight.size() < 2 && nextRange < ranges.size()) {
                    long needed = merger.next();
                    while (nextRange < ranges.size() && ranges.get(nextRange)[1] <= needed) {
                        nextRange++;
                    }
                    if (nextRange == ranges.size()) {
                        break;
                    }
                    int size = waveSize(ranges, nextRange, parallelism, bytesPerTask, budget);
                    List<long[]> wave = new ArrayList<>(ranges.subList(nextRange, nextRange + size));
                    nextRange += size;
                    inFlight.add(new Wave(wave, sc.parallelize(wave, wave.size()).map(compute).collectAsync()));
                }
                if (inFlight.isEmpty()) {
                    throw new IllegalStateException("the merge needs task " + merger.next() + " of " + tasks
                            + " but no Spark task computes it");
                }
                Wave w = inFlight.removeFirst();
                if (w.end() <= merger.next()) {
                    w.future().cancel(true);
                    continue;
                }
                List<byte[][]> results = await(w.future());
                for (int r = 0; r < results.size(); r++) {
                    long from = w.ranges().get(r)[0];
                    byte[][] partials = results.get(r);
                    for (int i = 0; i < partials.length; i++) {
                        bytesPerTask = Math.max(bytesPerTask, partials[i].length);
                        if (from + i == merger.next()) {
                            merger.accept(from + i, partials[i]);
                        }
                        partials[i] = null;
                    }
                }
            }
            return merger.result();
        } finally {
            for (Wave w : inFlight) {
                w.future().cancel(true);
            }
        }
    }

    /** One RDD job: its ranges in order and its pending collect. */
    private record Wave(List<long[]> ranges, JavaFutureAction<List<byte[][]>> future) {
        /** The first task after the wave's ranges. */
        long end() {
            return ranges.get(ranges.size() - 1)[1];
        }
    }

    /** Ranges per wave: two per core, fewer when their partials would strain spark.driver.maxResultSize. */
    private static int waveSize(List<long[]> ranges, int from, int parallelism, long bytesPerTask, long budget) {
        int size = WAVE_PER_CORE * parallelism;
        if (bytesPerTask > 0) {
            long perRange = bytesPerTask * (ranges.get(from)[1] - ranges.get(from)[0]);
            size = (int) Math.max(1, Math.min(size, budget / Math.max(1, perRange)));
        }
        return Math.min(size, ranges.size() - from);
    }

    /** A quarter of spark.driver.maxResultSize (two waves in flight stay well inside it); 256 MiB if unlimited. */
    private static long resultBudget(JavaSparkContext sc) {
        long max = sc.getConf().getSizeAsBytes("spark.driver.maxResultSize", "1g");
        return max <= 0 ? 256L << 20 : max / 4;
    }

    private static <T> T await(JavaFutureAction<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Spark", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("a Spark job failed: " + cause, cause);
        }
    }

    /** What an executor does with one range: rebuild (or reuse) the plan and compute the range's partials. */
    private static final class Compute<R> implements Function<long[], byte[][]> {
        private static final long serialVersionUID = 1L;
        private final Recipe<R> recipe;

        Compute(Recipe<R> recipe) {
            this.recipe = recipe;
        }

        @Override
        public byte[][] call(long[] range) {
            BlockPlan.Worker worker = Plans.of(recipe).worker();
            byte[][] out = new byte[(int) (range[1] - range[0])][];
            for (int i = 0; i < out.length; i++) {
                out[i] = worker.compute(range[0] + i);
            }
            return out;
        }
    }
}

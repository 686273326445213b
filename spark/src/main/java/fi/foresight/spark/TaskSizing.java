package fi.foresight.spark;

/**
 * How many block tasks one Spark task computes. Spark costs some milliseconds per task (scheduling, closure
 * and result transfer), about 10–20 % of a 90 ms task, so each Spark task should carry about
 * {@link #targetSeconds()} of work: the driver times the first block tasks itself (their partials are merged, not
 * wasted) and groups the rest in runs of {@code round(target / seconds per block task)}, but never so many that
 * fewer Spark tasks than {@code parallelism} remain (a small study still spreads over every core).
 *
 * @param targetSeconds work per Spark task (default 1 s; {@code spark.foresight.taskSeconds})
 * @param partitions    a fixed number of Spark tasks instead (0: sized by time), for tests and experiments
 */
record TaskSizing(double targetSeconds, int partitions) {
    /** About a second of work per Spark task. */
    static final TaskSizing DEFAULT = new TaskSizing(1.0, 0);

    TaskSizing {
        if (!(targetSeconds > 0) || partitions < 0) {
            throw new IllegalArgumentException("task sizing: targetSeconds (" + targetSeconds + ") must be > 0 and "
                    + "partitions (" + partitions + ") >= 0 (0: sized by time)");
        }
    }

    /** Block tasks per Spark task, given the measured seconds of one block task. */
    long tasksPerPartition(double secondsPerTask, long remaining, int parallelism) {
        long byTime = Math.max(1, Math.round(targetSeconds / Math.max(secondsPerTask, 1e-9)));
        long spread = Math.max(1, (remaining + parallelism - 1) / Math.max(1, parallelism));
        return Math.min(byTime, spread);
    }

    /** Contiguous ranges {from, to} covering [from, to) in {@code count} nearly equal parts (no empty part). */
    static java.util.List<long[]> split(long from, long to, long count) {
        long n = to - from;
        long parts = Math.max(1, Math.min(count, n));
        var ranges = new java.util.ArrayList<long[]>();
        for (long p = 0; p < parts && n > 0; p++) {
            ranges.add(new long[] {from + n * p / parts, from + n * (p + 1) / parts});
        }
        return ranges;
    }
}

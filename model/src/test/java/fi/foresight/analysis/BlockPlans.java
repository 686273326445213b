package fi.foresight.analysis;

import java.util.HashMap;
import java.util.Map;

/** Runs a block plan the way a cluster would: cut into pieces, each with its own worker, computed out of order. */
public final class BlockPlans {
    private BlockPlans() {
    }

    /**
     * Cuts the tasks into {@code pieces} contiguous ranges, computes the ranges last to first, each with a fresh
     * worker, then merges the needed partials in task order.
     */
    public static <R> R inPieces(BlockPlan<R> plan, int pieces) {
        long tasks = plan.tasks();
        Map<Long, byte[]> partials = new HashMap<>();
        for (int p = pieces - 1; p >= 0; p--) {
            long from = tasks * p / pieces;
            long to = tasks * (p + 1) / pieces;
            BlockPlan.Worker w = plan.worker();
            for (long t = from; t < to; t++) {
                partials.put(t, w.compute(t));
            }
        }
        BlockPlan.Merger<R> m = plan.merger();
        while (m.next() < tasks) {
            long t = m.next();
            m.accept(t, partials.get(t));
        }
        return m.result();
    }
}

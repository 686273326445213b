package fi.foresight.sensitivity;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Kernel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the blocks of a design on a few worker threads, each with its own {@link Kernel}. A block's content depends
 * only on its index (never on the thread that runs it) and each block writes only its own slots of the result
 * arrays, so results are bit-identical for any number of threads.
 */
final class BlockRunner {
    /** The work of one block. */
    interface BlockTask {
        void run(int block, Kernel kernel);
    }

    /** The work of one block that needs no kernel (e.g. a bootstrap resample). */
    interface PlainTask {
        void run(int block);
    }

    private BlockRunner() {
    }

    /** Default worker count: the available processors. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    static void run(Evaluator evaluator, int blocks, int threads, BlockTask task) {
        int workers = Math.max(1, Math.min(threads, blocks));
        if (workers == 1) {
            Kernel k = evaluator.kernel();
            for (int b = 0; b < blocks; b++) {
                task.run(b, k);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        execute(workers, () -> {
            Kernel k = evaluator.kernel();
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                task.run(b, k);
            }
        });
    }

    static void run(int blocks, int threads, PlainTask task) {
        int workers = Math.max(1, Math.min(threads, blocks));
        if (workers == 1) {
            for (int b = 0; b < blocks; b++) {
                task.run(b);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        execute(workers, () -> {
            for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
                task.run(b);
            }
        });
    }

    private static void execute(int workers, Runnable worker) {
        LocalPlans.onThreads(workers, "foresight-sensitivity", "evaluating design blocks", worker);
    }
}

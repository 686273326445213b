package fi.foresight.job;

/**
 * Where long work reports how far it is. The command line shows a progress bar on a terminal and a line every few
 * seconds otherwise; tests and notebooks use {@link #silent()}. Implementations are thread-safe.
 *
 * <pre>{@code
 * try (Progress.Task task = progress.start("montecarlo", samples)) {
 *     ... task.advance(blockSize); ...
 * }
 * }</pre>
 */
public interface Progress {
    /** Starts a task of {@code total} units (0 when the amount is unknown). */
    Task start(String name, long total);

    /** One task under way. */
    interface Task extends AutoCloseable {
        /** {@code units} more are done. */
        void advance(long units);

        /** A short note on what is happening now (e.g. the scenario being run). */
        default void note(String text) {
        }

        /** The task is over (done or abandoned). */
        @Override
        void close();
    }

    /** Reports nothing. */
    static Progress silent() {
        return (name, total) -> new Task() {
            @Override
            public void advance(long units) {
            }

            @Override
            public void close() {
            }
        };
    }
}

package fi.foresight.cli;

import fi.foresight.job.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on stderr: a progress bar on a terminal, otherwise (logs, CI) a line when a task starts, one every
 * {@value #INTERVAL_SECONDS} seconds while it runs and one when it ends.
 */
final class ConsoleProgress implements Progress {
    static final int INTERVAL_SECONDS = 5;

    private final PrintStream err;
    private final boolean terminal;

    private ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** The progress for this process: silent with {@code --quiet}, a bar on a terminal, lines otherwise. */
    static Progress forConsole(boolean quiet, PrintStream err) {
        if (quiet) {
            return Progress.silent();
        }
        boolean terminal = System.console() != null && err == System.err && System.getenv("TERM") != null
                && !"dumb".equals(System.getenv("TERM"));
        return new ConsoleProgress(err, terminal);
    }

    /** Lines, never a bar (for tests and pipes). */
    static Progress lines(PrintStream err) {
        return new ConsoleProgress(err, false);
    }

    @Override
    public Task start(String name, long total) {
        return terminal ? new BarTask(name, total) : new LineTask(name, total);
    }

    private final class BarTask implements Task {
        private final ProgressBar bar;

        BarTask(String name, long total) {
            this.bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total > 0 ? total : -1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }

        @Override
        public void advance(long units) {
            bar.stepBy(units);
        }

        @Override
        public void note(String text) {
            bar.setExtraMessage(" " + text);
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    private final class LineTask implements Task {
        private final String name;
        private final long total;
        private final long start = System.nanoTime();
        private final AtomicLong done = new AtomicLong();
        private final ScheduledExecutorService ticker;
        private volatile String note = "";

        LineTask(String name, long total) {
            this.name = name;
            this.total = total;
            err.println("foresight: " + name + " ...");
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "foresight-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::line, INTERVAL_SECONDS, INTERVAL_SECONDS, TimeUnit.SECONDS);
        }

        private void line() {
            long d = done.get();
            String amount = total > 0 ? String.format(Locale.ROOT, "%d%% (%,d of %,d)", 100 * d / total, d, total)
                    : "running";
            err.println("foresight: " + name + ": " + amount + note + ", " + seconds() + " s");
        }

        private String seconds() {
            return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9);
        }

        @Override
        public void advance(long units) {
            done.addAndGet(units);
        }

        @Override
        public void note(String text) {
            note = " (" + text + ")";
        }

        @Override
        public void close() {
            ticker.shutdownNow();
            err.println("foresight: " + name + " done in " + seconds() + " s");
        }
    }
}

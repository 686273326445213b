package fi.foresight.report;

import fi.foresight.rundir.RunDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One file of a report (report.html, report.fi.pdf, …) and how its bytes are written; {@link #writeAll} writes a
 * report's files side by side.
 *
 * @param name   the file name inside the run directory
 * @param writer writes the file's bytes
 */
record ReportFile(String name, Writer writer) {
    /** Writes one file's bytes to a stream. */
    @FunctionalInterface
    interface Writer {
        /**
         * Writes the bytes.
         *
         * @param out where they go (closed by the caller)
         * @throws IOException when writing fails
         */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes the files into a folder, up to {@code threads} at a time; the first failure (in the files' order) is
     * thrown once all have ended.
     *
     * @param files   the files
     * @param dir     the folder
     * @param threads how many at once (at least 1)
     */
    static void writeAll(List<ReportFile> files, Path dir, int threads) {
        int n = Math.max(1, Math.min(threads, files.size()));
        if (n == 1) {
            files.forEach(f -> f.writeInto(dir));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "report-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            var pending = new ArrayList<Future<?>>();
            for (ReportFile f : files) {
                pending.add(pool.submit(() -> f.writeInto(dir)));
            }
            RuntimeException first = null;
            for (Future<?> p : pending) {
                try {
                    p.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException("a report file could not be written: " + e.getCause(), e.getCause());
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the report", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void writeInto(Path dir) {
        try (OutputStream out = Files.newOutputStream(RunDirectory.resolveConfined(dir, name))) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + dir + ": " + e.getMessage(), e);
        }
    }
}

package fi.foresight.report;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.rundir.RunDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
     * Writes the files into a folder, up to {@code threads} at a time on the one local runner
     * ({@link LocalPlans#mapAll}); the first failure (in the files' order) is thrown once all have ended.
     *
     * @param files   the files
     * @param dir     the folder
     * @param threads how many at once (at least 1)
     */
    static void writeAll(List<ReportFile> files, Path dir, int threads) {
        List<RuntimeException> failures = LocalPlans.mapAll(files, threads, "foresight-report-writer", f -> {
            try {
                f.writeInto(dir);
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        for (RuntimeException e : failures) {
            if (e != null) {
                throw e;
            }
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

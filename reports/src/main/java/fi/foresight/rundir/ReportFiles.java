package fi.foresight.rundir;

import fi.foresight.job.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Replaces the report files of a finished run ({@code foresight report}): the new files are written into a hidden
 * sibling directory, then each is moved over the old one. Only report files the run's {@link RunMarker} lists
 * unchanged are replaced (a report file of the same name that the run did not write is refused, not overwritten),
 * the marker records the new hashes before the first move, and everything else in the directory is left as it is.
 *
 * <pre>{@code
 * List<String> names = ReportFiles.replace(Path.of("runs/demo"), partial -> ReportWriter.write(run, partial, outputs, langs));
 * }</pre>
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Writes the report with {@code writer} (given a directory to write into, returning the names it wrote) and
     * moves its files into {@code runDir}. Throws {@link IllegalArgumentException} when {@code runDir} is not a run
     * this workbench wrote, or a report file there is not the run's.
     */
    public static List<String> replace(Path runDir, Function<Path, List<String>> writer) {
        Path dir = runDir.toAbsolutePath().normalize();
        RunMarker marker = RunMarker.read(dir).orElseThrow(() -> new IllegalArgumentException(dir
                + " holds no valid " + RunMarker.NAME + " marker, so its report files cannot be proved to be the run's; "
                + "run the job again to make a new run directory"));
        Leftovers.clean(dir);
        Path partial = dir.resolveSibling("." + dir.getFileName() + ".report-partial-"
                + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectory(partial);
            Leftovers.markPartial(partial);
            List<String> written = writer.apply(partial);
            var hashes = new TreeMap<String, String>();
            for (String name : written) {
                Path existing = RunDirectory.resolveConfined(dir, name);
                if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)
                        && (!Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)
                        || !marker.owns(name, Hashes.sha256(existing)))) {
                    throw new IllegalArgumentException(existing + " was not written by this run or was changed "
                            + "since; move it away to make the report again");
                }
                hashes.put(name, Hashes.sha256(partial.resolve(name)));
            }
            RunMarker pending = marker.withPending(hashes);
            pending.write(dir);
            for (String name : written) {
                RunDirectory.move(partial.resolve(name), RunDirectory.resolveConfined(dir, name), true);
            }
            pending.settled().write(dir);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } finally {
            RunDirectory.deleteQuietly(partial);
        }
    }
}

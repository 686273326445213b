package fi.foresight.rundir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hidden directories a run leaves beside its target when it is killed ({@code kill -9}, a power cut): a
 * partial run ({@code .NAME.partial-XXXXXXXX}), a report being remade ({@code .NAME.report-partial-XXXXXXXX}) or an
 * earlier run moved aside during the swap ({@code .NAME.old-XXXXXXXX}). The next command on the same target cleans
 * them: partial directories whose writing process has ended are deleted, and an earlier run moved aside is put back
 * when the target is missing (the swap was interrupted between its two renames) or deleted when the new run is in
 * place. Only what carries our markers is touched; a directory of another name or without a marker is left alone.
 */
final class Leftovers {
    /** The file that marks a directory being written, with the writing process's id. */
    static final String PARTIAL_MARKER = ".foresight-partial";
    /** A writer on another machine (a shared disk) is taken as gone after this long. */
    private static final Duration FOREIGN_HOST_AGE = Duration.ofDays(7);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Who is writing a partial directory. */
    record Writer(long pid, String start, String host) {
        static Writer current() {
            ProcessHandle self = ProcessHandle.current();
            return new Writer(self.pid(), self.info().startInstant().map(Instant::toString).orElse(""), machine());
        }

        /** Whether the process that wrote the marker may still be running. */
        boolean mayBeRunning(Path marker) {
            if (!machine().equals(host)) {
                try {
                    Instant written = Files.getLastModifiedTime(marker).toInstant();
                    return written.isAfter(Instant.now().minus(FOREIGN_HOST_AGE));
                } catch (IOException e) {
                    return true;
                }
            }
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            if (p.isEmpty() || !p.get().isAlive()) {
                return false;
            }
            String started = p.get().info().startInstant().map(Instant::toString).orElse("");
            return started.isEmpty() || start.isEmpty() || started.equals(start);
        }
    }

    private Leftovers() {
    }

    /** Marks {@code dir} as being written by this process. */
    static void markPartial(Path dir) throws IOException {
        Files.write(dir.resolve(PARTIAL_MARKER), JSON.writeValueAsBytes(Writer.current()));
    }

    /**
     * Cleans the leftovers of earlier commands beside {@code target} and, when the target is missing and an earlier
     * run was moved aside by an interrupted swap, puts that run back.
     *
     * @return what was done, one line each (for tests and a verbose log)
     */
    static List<String> clean(Path target) {
        var done = new ArrayList<String>();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return done;
        }
        String name = Pattern.quote(target.getFileName().toString());
        Pattern partial = Pattern.compile("\\." + name + "\\.(report-)?partial-[0-9a-f]{8}");
        Pattern old = Pattern.compile("\\." + name + "\\.old-[0-9a-f]{8}");
        var partials = new ArrayList<Path>();
        var olds = new ArrayList<Path>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + globSafe(target) + ".*")) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (partial.matcher(n).matches()) {
                    partials.add(p);
                } else if (old.matcher(n).matches()) {
                    olds.add(p);
                }
            }
        } catch (IOException e) {
            return done;
        }
        for (Path p : partials) {
            if (cleanPartial(p)) {
                done.add("removed " + p.getFileName());
            }
        }
        olds.sort(null);
        for (Path o : olds) {
            Ownership.Verdict v = Ownership.examine(o);
            if (!v.replaceable()) {
                if (Ownership.deleteIfOnlyEmptyDirectories(o)) {   // killed after deleting its marker
                    done.add("removed " + o.getFileName());
                }
                continue;
            }
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && complete(o, v.marker().orElseThrow())) {
                try {
                    RunDirectory.move(o, target, false);
                    done.add("restored " + o.getFileName());
                    continue;
                } catch (IOException e) {
                    // fall through: leave it for the next command
                    continue;
                }
            }
            if (Ownership.deleteOwned(o, v.marker().orElseThrow())) {
                done.add("removed " + o.getFileName());
            }
        }
        return done;
    }

    /** Deletes a partial directory when its writer has ended; true when it is gone. */
    private static boolean cleanPartial(Path dir) {
        Path marker = dir.resolve(PARTIAL_MARKER);
        try {
            if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
                Writer w = readWriter(marker);
                if (w != null && w.mayBeRunning(marker)) {
                    return false;
                }
                RunDirectory.deleteQuietly(dir);
                return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
            }
            Optional<RunMarker> m = RunMarker.read(dir);
            if (m.isPresent()) {
                return Ownership.deleteOwned(dir, m.get());   // killed during its commit, after it was sealed
            }
            try (var s = Files.list(dir)) {
                if (s.findAny().isEmpty()) {
                    Files.deleteIfExists(dir);                 // killed before its marker was written
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** Whether every file the marker lists is still in {@code dir} (a run half deleted is not put back). */
    private static boolean complete(Path dir, RunMarker marker) {
        return marker.files().keySet().stream().allMatch(f -> Files.isRegularFile(dir.resolve(f), LinkOption.NOFOLLOW_LINKS));
    }

    private static Writer readWriter(Path marker) {
        try {
            if (Files.size(marker) > 4096) {
                return null;
            }
            Writer w = JSON.readValue(Files.readAllBytes(marker), Writer.class);
            return w.host() == null || w.start() == null ? null : w;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String globSafe(Path target) {
        return target.getFileName().toString().replaceAll("[\\\\*?\\[\\]{}]", "?");
    }

    /** This machine's name, without a network look-up. */
    private static String machine() {
        try {
            Path linux = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(linux)) {
                return Files.readString(linux).trim();
            }
        } catch (IOException | RuntimeException e) {
            // fall back to the environment
        }
        String env = System.getenv("COMPUTERNAME");
        return env != null ? env : String.valueOf(System.getenv("HOSTNAME"));
    }
}

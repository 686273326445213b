package fi.foresight.rundir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A run directory being written: everything goes into a hidden sibling of the target and is moved into place by
 * {@link #commit()}, so a failed or killed run never leaves a complete-looking report. The run owns the target
 * only as far as it can prove it: a target is replaced only when it is new, empty, or an earlier run's directory
 * whose {@link RunMarker} lists every entry in it unchanged ({@link Ownership}); anything else is refused with
 * the entries named, and never touched. Paths handed to {@link #file(String)} are confined to the directory: each
 * part must be a plain name ({@code ../x}, absolute paths and hidden names are refused).
 *
 * <pre>{@code
 * try (RunDirectory dir = RunDirectory.begin(Path.of("runs/demo"))) {
 *     Files.writeString(dir.file("tables/montecarlo-summary.csv"), csv);
 *     dir.commit();
 * }   // not committed -> the partial directory is deleted
 * }</pre>
 */
public final class RunDirectory implements AutoCloseable {
    /** A plain file or directory name: no separators, not starting with a dot. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,159}");
    /** The manifest of a finished run. */
    public static final String MANIFEST = "run.json";

    private final Path target;
    private final Path partial;
    private final Thread cleanup;
    private boolean committed;

    private RunDirectory(Path target, Path partial) {
        this.target = target;
        this.partial = partial;
        this.cleanup = new Thread(() -> deleteQuietly(partial), "foresight-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Starts writing a run whose results will be at {@code target}. The target may not exist yet, or be an empty
     * directory, or hold an earlier run that this workbench wrote and nobody changed (it is replaced only when this
     * one commits). Leftovers of killed runs beside the target are cleaned first (see {@link Leftovers}).
     */
    public static RunDirectory begin(Path target) {
        Path t = target.toAbsolutePath().normalize();
        checkPlace(t);
        Leftovers.clean(t);
        check(t);
        try {
            Path parent = t.getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve("." + t.getFileName() + ".partial-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(partial);
            Leftovers.markPartial(partial);
            return new RunDirectory(t, partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory next to " + t + ": " + e.getMessage(), e);
        }
    }

    /**
     * Throws {@link IllegalArgumentException} when {@code target} cannot take a run: it is the file system root, the
     * working directory or one holding it, a home directory or one holding it, a repository's root, a symbolic
     * link or a file, or a non-empty directory that is not a run this workbench wrote, or that holds entries the run
     * did not write or that changed since (named in the message). Such a directory is never touched.
     */
    public static void check(Path target) {
        Path t = target.toAbsolutePath().normalize();
        checkPlace(t);
        if (!Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        boolean empty;
        try (var s = Files.list(t)) {
            empty = s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output directory " + t + ": " + e.getMessage(), e);
        }
        if (empty) {
            return;
        }
        Ownership.Verdict v = Ownership.examine(t);
        if (v.replaceable()) {
            return;
        }
        if (v.marker().isPresent()) {
            throw new IllegalArgumentException("output directory " + t + " holds an earlier run, and also "
                    + v.describe() + ", which that run did not write or which changed since; a new run replaces the "
                    + "whole directory, so move those out of it or choose another output directory");
        }
        throw new IllegalArgumentException("output directory " + t + " is not empty and holds no run written by "
                + "Foresight (no valid " + RunMarker.NAME + " marker"
                + (Files.exists(t.resolve(MANIFEST)) ? "; its " + MANIFEST + " was not written by this version or was changed" : "")
                + "); choose a new or empty directory; nothing in it was changed");
    }

    /** Refuses places that must never be replaced, whatever they hold. */
    private static void checkPlace(Path t) {
        if (t.getParent() == null) {
            throw new IllegalArgumentException("the output directory cannot be the file system root");
        }
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.startsWith(t)) {
            throw new IllegalArgumentException("the output directory " + t + (cwd.equals(t) ? " is" : " holds")
                    + " the working directory; name a directory for the run, e.g. --out runs/NAME");
        }
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && Path.of(home).toAbsolutePath().normalize().startsWith(t)) {
            throw new IllegalArgumentException("the output directory " + t + " is or holds a home directory; "
                    + "name a directory for the run, e.g. --out runs/NAME");
        }
        if (Files.exists(t.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("the output directory " + t + " is the root of a repository; "
                    + "name a directory for the run inside it, e.g. --out runs/NAME");
        }
        if (Files.isSymbolicLink(t)) {
            throw new IllegalArgumentException("the output directory " + t + " is a symbolic link; name the "
                    + "directory it points to, or a new one");
        }
        if (Files.exists(t) && !Files.isDirectory(t)) {
            throw new IllegalArgumentException("output " + t + " exists and is not a directory");
        }
    }

    /** Where the run will be after {@link #commit()}. */
    public Path target() {
        return target;
    }

    /** The directory being written. */
    public Path root() {
        return partial;
    }

    /**
     * The path of {@code relative} (e.g. {@code tables/sobol.csv}) inside the run, its parent directories created.
     * Throws {@link IllegalArgumentException} for anything that would leave the directory.
     */
    public Path file(String relative) {
        Path p = resolveConfined(partial, relative);
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** {@code root/relative}, refusing names that are not plain ({@code ..}, absolute, hidden, separators). */
    public static Path resolveConfined(Path root, String relative) {
        if (relative == null || relative.isEmpty()) {
            throw new IllegalArgumentException("empty file name in the run directory");
        }
        String[] parts = relative.split("/", -1);
        for (String part : parts) {
            if (!NAME.matcher(part).matches()) {
                throw new IllegalArgumentException("'" + relative + "' is not a plain file name inside the run "
                        + "directory; names use letters, digits, '.', '-' and '_' and cannot start with '.'");
            }
        }
        Path base = root.toAbsolutePath().normalize();
        Path p = base.resolve(relative).normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            throw new IllegalArgumentException("'" + relative + "' would leave the run directory");
        }
        return p;
    }

    /**
     * Seals the finished run (writes its {@link RunMarker}) and moves it into place. An earlier run there is moved
     * aside, the new one moved in, then the earlier one's own files deleted; if the process is killed between the two
     * renames, the next command on the same target puts the earlier run back.
     */
    public void commit() {
        commit(List.of());
    }

    /**
     * Like {@link #commit()}, taking the SHA-256 of the files in {@code hashed} (e.g. the manifest's file list,
     * computed moments before) instead of reading them again for the marker.
     */
    public void commit(List<Manifest.FileEntry> hashed) {
        var known = new java.util.HashMap<String, String>();
        hashed.forEach(f -> known.put(f.path(), f.sha256()));
        try {
            RunMarker.of(partial, known).write(partial);
            Files.delete(partial.resolve(Leftovers.PARTIAL_MARKER));
            FaultPoints.reach("sealed");
            Path old = null;
            RunMarker oldMarker = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                check(target);
                oldMarker = RunMarker.read(target).orElse(null);
                if (oldMarker == null) {
                    Files.delete(target);   // empty, as check() found; a directory filled since fails here
                } else {
                    old = target.resolveSibling("." + target.getFileName() + ".old-"
                            + UUID.randomUUID().toString().substring(0, 8));
                    move(target, old, false);
                }
            }
            FaultPoints.reach("between-renames");
            try {
                move(partial, target, false);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target, false);
                }
                throw e;
            }
            committed = true;
            FaultPoints.reach("committed");
            if (old != null) {
                Ownership.deleteOwned(old, oldMarker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the run into " + target + ": " + e.getMessage(), e);
        }
    }

    /** Renames {@code from} to {@code to}, atomically where the file system can. */
    static void move(Path from, Path to, boolean replace) throws IOException {
        CopyOption[] atomic = replace
                ? new CopyOption[] {StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING}
                : new CopyOption[] {StandardCopyOption.ATOMIC_MOVE};
        try {
            Files.move(from, to, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, to);
            }
        }
    }

    /** Deletes the partial directory unless the run was committed. */
    @Override
    public void close() {
        if (!committed) {
            deleteQuietly(partial);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    /** Deletes a directory tree, ignoring what cannot be deleted. */
    public static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // best effort: a hidden partial directory left behind does not look like a run
        }
    }
}

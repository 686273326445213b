package fi.foresight.rundir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A run directory being written: everything goes into a hidden sibling of the target and is moved into place by
 * {@link #commit()}, so a failed or killed run never leaves a complete-looking report. Paths handed to
 * {@link #file(String)} are confined to the directory: each part must be a plain name ({@code ../x}, absolute
 * paths and hidden names are refused).
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
    /** The marker file of a finished run. */
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
     * directory, or hold an earlier run (it is replaced only when this one commits).
     */
    public static RunDirectory begin(Path target) {
        Path t = target.toAbsolutePath().normalize();
        check(t);
        try {
            Path parent = t.getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve("." + t.getFileName() + ".partial-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(partial);
            return new RunDirectory(t, partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the run directory next to " + t + ": " + e.getMessage(), e);
        }
    }

    /**
     * Throws {@link IllegalArgumentException} when {@code target} cannot take a run: it is a file, or a non-empty
     * directory that holds no earlier run.
     */
    public static void check(Path target) {
        if (target.getParent() == null) {
            throw new IllegalArgumentException("the output directory cannot be the file system root");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IllegalArgumentException("output " + target + " exists and is not a directory");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MANIFEST))) {
            try (var s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException("output directory " + target + " is not empty and holds no "
                            + MANIFEST + "; choose an empty or new directory (an earlier run's directory is replaced)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

    /** Moves the finished run into place, replacing an earlier run there. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                check(target);
                old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
                move(target, old);
            }
            try {
                move(partial, target);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target);
                }
                throw e;
            }
            committed = true;
            if (old != null) {
                deleteQuietly(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the run into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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

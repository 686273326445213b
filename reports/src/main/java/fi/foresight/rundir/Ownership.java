package fi.foresight.rundir;

import fi.foresight.job.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which entries of a directory this workbench can prove it wrote. A directory is a run of ours when its
 * {@link RunMarker} is valid, its {@code run.json} is a run manifest listed in the marker, and every entry in it is a
 * file the marker lists with an unchanged SHA-256 (or a directory holding such files, or a leftover of our own
 * commands). Everything else is <em>foreign</em>: a user's notes, a changed table, a symbolic link, another tool's
 * files. Foreign entries are never deleted; a run into a directory that holds any refuses instead.
 */
public final class Ownership {
    /** Hidden leftovers that our own commands create inside a run directory. */
    private static final Pattern OWN_LEFTOVER = Pattern.compile(Pattern.quote(RunMarker.NAME) + "\\.tmp-[0-9a-f]{8}");
    /** How many foreign entries a verdict names at most. */
    private static final int SHOWN = 10;

    private Ownership() {
    }

    /**
     * What is known of a directory's entries.
     *
     * @param marker  the run's marker when the directory is a run of ours (possibly with foreign entries added)
     * @param foreign entries (relative paths) no run of ours wrote, or changed since, at most {@value #SHOWN}
     * @param more    how many further foreign entries were found beyond those named
     */
    public record Verdict(Optional<RunMarker> marker, List<String> foreign, int more) {
        /** Whether the whole directory is a run of ours, unchanged: it may be replaced. */
        public boolean replaceable() {
            return marker.isPresent() && foreign.isEmpty();
        }

        /** The foreign entries as a short list for a message. */
        public String describe() {
            return String.join(", ", foreign) + (more > 0 ? " and " + more + " more" : "");
        }
    }

    /** Examines {@code dir} (an existing directory): whether it is a run of ours and what in it is not. */
    public static Verdict examine(Path dir) {
        Optional<RunMarker> marker = RunMarker.read(dir);
        if (marker.isPresent() && !manifestValid(dir, marker.get())) {
            marker = Optional.empty();
        }
        RunMarker m = marker.orElse(null);
        var foreign = new ArrayList<String>();
        int[] more = {0};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = RunMarker.relative(dir, d);
                    if (m != null && m.covers(rel)) {
                        return FileVisitResult.CONTINUE;
                    }
                    add(rel + "/");
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String rel = RunMarker.relative(dir, file);
                    if (m == null || !owned(file, rel, attrs, m)) {
                        add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    add(RunMarker.relative(dir, file));
                    return FileVisitResult.CONTINUE;
                }

                private void add(String rel) {
                    if (foreign.size() < SHOWN) {
                        foreign.add(rel);
                    } else {
                        more[0]++;
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
        return new Verdict(marker, List.copyOf(foreign), more[0]);
    }

    private static boolean owned(Path file, String rel, BasicFileAttributes attrs, RunMarker m) throws IOException {
        if (rel.equals(RunMarker.NAME) || OWN_LEFTOVER.matcher(rel).matches()) {
            return attrs.isRegularFile();
        }
        return attrs.isRegularFile() && m.owns(rel, Hashes.sha256(file));
    }

    private static boolean manifestValid(Path dir, RunMarker m) {
        Path manifest = dir.resolve(RunDirectory.MANIFEST);
        try {
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
                    || !m.owns(RunDirectory.MANIFEST, Hashes.sha256(manifest))) {
                return false;
            }
            Manifest.read(manifest);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Deletes what the run of {@code marker} wrote in {@code dir}: its files whose hashes still match, our own
     * leftovers, then the manifest, then the marker, then directories left empty, then {@code dir} if it is empty.
     * Anything else stays. Killed part way, it leaves a run that still proves itself ours, or empty directories.
     *
     * @return whether {@code dir} is gone
     */
    /**
     * Deletes {@code dir} when it holds no file at all, only (nested) empty directories: what a command killed after
     * deleting a run's marker leaves. Nothing is lost by deleting it.
     *
     * @return whether {@code dir} is gone
     */
    static boolean deleteIfOnlyEmptyDirectories(Path dir) {
        var dirs = new ArrayList<Path>();
        try {
            boolean[] files = {false};
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    dirs.add(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files[0] = true;
                    return FileVisitResult.TERMINATE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    files[0] = true;
                    return FileVisitResult.TERMINATE;
                }
            });
            if (files[0]) {
                return false;
            }
            dirs.sort(Comparator.comparingInt(Path::getNameCount).reversed());
            for (Path d : dirs) {
                Files.delete(d);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean deleteOwned(Path dir, RunMarker marker) {
        var dirs = new ArrayList<Path>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String rel = RunMarker.relative(dir, d);
                    if (d.equals(dir) || marker.covers(rel)) {
                        dirs.add(d);
                        return FileVisitResult.CONTINUE;
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String rel = RunMarker.relative(dir, file);
                    if (!rel.equals(RunMarker.NAME) && !rel.equals(RunDirectory.MANIFEST)
                            && owned(file, rel, attrs, marker)) {
                        Files.deleteIfExists(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
            // the manifest and the marker go last, so that a command killed while deleting leaves either a run
            // that still proves itself ours (marker, manifest, some of its files) or empty directories only
            Path manifest = dir.resolve(RunDirectory.MANIFEST);
            if (Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)
                    && marker.owns(RunDirectory.MANIFEST, Hashes.sha256(manifest))) {
                Files.delete(manifest);
            }
            Files.deleteIfExists(dir.resolve(RunMarker.NAME));
            dirs.sort(Comparator.comparingInt(Path::getNameCount).reversed());
            for (Path d : dirs) {
                if (isEmpty(d)) {
                    Files.deleteIfExists(d);
                }
            }
            return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path d) throws IOException {
        try (var s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }
}

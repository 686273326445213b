package fi.foresight.rundir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fi.foresight.job.Hashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code .foresight-run}: the proof that a directory holds a run this workbench wrote. It names the run and lists
 * every file the run wrote with its SHA-256; a directory is replaced only when its marker is valid, its
 * {@code run.json} is a run manifest, and every entry in it is one of those files, unchanged (see
 * {@link Ownership}). {@code pending} holds the new hashes of report files while {@code foresight report} is
 * replacing them, so a report command stopped half-way leaves a directory that is still provably the run's.
 *
 * @param format  {@value #FORMAT}
 * @param run     the run's id (a random UUID)
 * @param files   every file of the run, relative to the run directory with {@code /}, to its SHA-256
 * @param pending report files being replaced, to their new SHA-256 (empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RunMarker(String format, String run, Map<String, String> files, Map<String, String> pending) {
    /** The marker's file name inside a run directory. */
    public static final String NAME = ".foresight-run";
    /** The marker's format. */
    public static final String FORMAT = "foresight-run-marker/1";
    /** A marker larger than this is not one of ours. */
    static final long MAX_BYTES = 16L << 20;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public RunMarker {
        files = Map.copyOf(files == null ? Map.of() : files);
        pending = Map.copyOf(pending == null ? Map.of() : pending);
    }

    /**
     * A marker for the run written in {@code root}: every regular file under it except the markers, with its SHA-256
     * taken from {@code hashed} (relative path to hash, for files hashed while written) or computed here.
     */
    static RunMarker of(Path root, Map<String, String> hashed) {
        var files = new TreeMap<String, String>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String rel = relative(root, file);
                    if (attrs.isRegularFile() && !rel.equals(NAME) && !rel.equals(Leftovers.PARTIAL_MARKER)) {
                        String known = hashed.get(rel);
                        files.put(rel, known != null ? known : Hashes.sha256(file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run being written in " + root + ": " + e.getMessage(), e);
        }
        return new RunMarker(FORMAT, UUID.randomUUID().toString(), files, Map.of());
    }

    /** Reads the marker of {@code dir}; empty when there is none or it is not a valid marker of this format. */
    static Optional<RunMarker> read(Path dir) {
        Path file = dir.resolve(NAME);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            RunMarker m = JSON.readValue(Files.readAllBytes(file), RunMarker.class);
            if (!FORMAT.equals(m.format()) || m.run() == null || !m.files().containsKey(RunDirectory.MANIFEST)) {
                return Optional.empty();
            }
            return Optional.of(m);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes the marker into {@code dir} atomically (a temporary file moved over the old marker). */
    void write(Path dir) {
        Path tmp = dir.resolve(NAME + ".tmp-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.write(tmp, JSON.writeValueAsBytes(this));
            RunDirectory.move(tmp, dir.resolve(NAME), true);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is ours and hidden; the next command cleans it
            }
            throw new UncheckedIOException("cannot write " + dir.resolve(NAME) + ": " + e.getMessage(), e);
        }
    }

    /** This marker with {@code pending} hashes for files about to be replaced. */
    RunMarker withPending(Map<String, String> newHashes) {
        return new RunMarker(format, run, files, newHashes);
    }

    /** This marker with its pending hashes made the files' hashes. */
    RunMarker settled() {
        var merged = new LinkedHashMap<>(files);
        merged.putAll(pending);
        return new RunMarker(format, run, merged, Map.of());
    }

    /** Whether {@code sha} is a hash the run wrote for {@code rel} (its own or a pending replacement). */
    boolean owns(String rel, String sha) {
        return sha.equals(files.get(rel)) || sha.equals(pending.get(rel));
    }

    /** Whether {@code rel} is a file of the run, or a directory holding one. */
    boolean covers(String rel) {
        if (files.containsKey(rel) || pending.containsKey(rel)) {
            return true;
        }
        String prefix = rel + "/";
        return files.keySet().stream().anyMatch(f -> f.startsWith(prefix))
                || pending.keySet().stream().anyMatch(f -> f.startsWith(prefix));
    }

    static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}

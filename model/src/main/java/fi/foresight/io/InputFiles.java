package fi.foresight.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one place that reads the workbench's input files (models, jobs, ScenarioWizard projects, run manifests) and
 * the size limits they are read under. A file is refused before it is read when its size is over the limit, and
 * it is read through a stream that stops one byte past the limit, so a file that grows while it is read (or a
 * size the file system misreports) cannot cost more memory than the limit either.
 *
 * <pre>{@code
 * byte[] bytes = InputFiles.read(Path.of("model.yaml"), InputFiles.MAX_MODEL_BYTES, "model files");
 * }</pre>
 */
public final class InputFiles {
    /** Largest model file, ScenarioWizard project and run manifest (run.json): 5 MiB. */
    public static final int MAX_MODEL_BYTES = 5 * 1024 * 1024;
    /** Largest job file: 1 MiB (large data belongs in the model or its sources). */
    public static final int MAX_JOB_BYTES = 1024 * 1024;

    private InputFiles() {
    }

    /** A file over its size limit; the message says how large it is and what the limit is. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long bytes, boolean atLeast, long limit, String kind) {
            super(tooLargeMessage(bytes, atLeast, limit, kind));
        }
    }

    /**
     * The bytes of {@code file}, at most {@code limit} of them.
     *
     * @param kind what the limit is for, plural, as it reads in a message ("model files")
     * @return the file's whole content
     * @param file the file to read
     * @param limit the largest number of bytes accepted
     * @throws TooLarge   when the file is larger than {@code limit}
     * @throws IOException when the file is missing, not a regular file or cannot be read; {@link #reason} words it
     */
    public static byte[] read(Path file, long limit, String kind) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw Files.exists(file) ? new NotAFile() : new NoSuchFileException(file.toString());
        }
        long size = Files.size(file);
        if (size > limit) {
            throw new TooLarge(size, false, limit, kind);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new TooLarge(bytes.length, true, limit, kind);
            }
            return bytes;
        }
    }

    /**
     * Why a file could not be read, in plain words (no exception names).
     *
     * @param e the exception from {@link #read} or another file read
     * @return the reason in plain words, without the path or an exception name
     */
    public static String reason(IOException e) {
        if (e instanceof TooLarge || e instanceof NotAFile) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied; the file cannot be read";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return "cannot read the file: " + f.getReason();
        }
        return "cannot read the file" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /**
     * "the file is 5.0 MiB (5242881 bytes); model files may be at most 5 MiB (5242880 bytes)".
     *
     * @param bytes the size of the file, in bytes
     * @param limit the largest number of bytes accepted
     * @param kind what the limit is for, plural, as it reads in the message ("model files")
     * @return the message, giving both sizes in MiB and in bytes
     */
    public static String tooLargeMessage(long bytes, long limit, String kind) {
        return tooLargeMessage(bytes, false, limit, kind);
    }

    private static String tooLargeMessage(long bytes, boolean atLeast, long limit, String kind) {
        String size = bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
        return String.format(Locale.ROOT, "the file is %s%s (%s%d bytes); %s may be at most %d MiB (%d bytes)",
                atLeast ? "more than " : "", atLeast ? mib(limit) + " MiB" : size, atLeast ? "more than " : "",
                atLeast ? limit : bytes, kind, limit / 1048576, limit);
    }

    private static String mib(long limit) {
        return Long.toString(limit / 1048576);
    }

    /** A path that exists but is a directory or a device. */
    private static final class NotAFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotAFile() {
            super("not a regular file");
        }
    }
}

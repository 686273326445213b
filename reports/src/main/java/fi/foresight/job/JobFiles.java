package fi.foresight.job;

import fi.foresight.io.FileProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads job files. Every problem of the job and of its model is reported at once as {@code file:line:col: …} in a
 * {@link JobFileException}.
 *
 * <pre>{@code
 * Job job = JobFiles.load(Path.of("jobs/demo.yaml"));
 * Job quick = JobFiles.load(Path.of("jobs/demo.yaml"), new JobOverrides(7L, 2, 1000), AnalysisRegistry.standard());
 * }</pre>
 */
public final class JobFiles {
    private JobFiles() {
    }

    /** Reads a job with the standard analyses and no overrides. */
    public static Job load(Path file) {
        return load(file, JobOverrides.NONE, AnalysisRegistry.standard());
    }

    /**
     * Reads a job; {@code overrides} replace the file's seed, threads and samples. The job's {@code model:} must
     * lie in the job file's directory or below it (checked on the real path, so a symbolic link cannot lead out),
     * unless {@link JobOverrides#allowOutside()}.
     */
    public static Job load(Path file, JobOverrides overrides, AnalysisRegistry registry) {
        byte[] bytes = readBytes(file);
        String text = decode(bytes, file.toString());
        Path dir = file.toAbsolutePath().normalize().getParent();
        return new JobReader(text, file.toString(), dir, overrides, registry, !overrides.allowOutside())
                .read(file, bytes);
    }

    /**
     * Reads a job from text, as if it were a file called {@code fileName} in {@code baseDir} (model paths resolve
     * against it, and are not confined to it: the model is the user's own command-line argument). The {@code cib}
     * and {@code micmac} commands make their jobs this way.
     */
    public static Job read(String text, String fileName, Path baseDir, JobOverrides overrides, AnalysisRegistry registry) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new JobReader(text, fileName, baseDir, overrides, registry, false).read(null, bytes);
    }

    /** Whether a YAML file is a job (its top level has {@code job:} or {@code analyses:}) rather than a model. */
    public static boolean isJobFile(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > Limits.MAX_JOB_FILE_BYTES) {
                return false;
            }
            var root = YamlTree.parse(new String(bytes, StandardCharsets.UTF_8));
            return root instanceof YamlTree.Mapping m
                    && (m.entries().containsKey("job") || m.entries().containsKey("analyses"));
        } catch (IOException | YamlTree.SyntaxError e) {
            return false;
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw whole(file, Files.exists(file) ? "not a regular file" : "no such file");
            }
            long size = Files.size(file);
            if (size > Limits.MAX_JOB_FILE_BYTES) {
                throw whole(file, "the file has " + size + " bytes; a job file may have at most "
                        + Limits.MAX_JOB_FILE_BYTES + " (put large data into the model or its sources)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw whole(file, "cannot read: " + fi.foresight.io.IoText.reason(e));
        }
    }

    private static String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new JobFileException(List.of(new FileProblem(name, 0, 0, "", "not UTF-8 text; save the job file as UTF-8")));
        }
    }

    private static JobFileException whole(Path file, String message) {
        return new JobFileException(List.of(new FileProblem(file.toString(), 0, 0, "", message)));
    }
}

package fi.foresight.job;

import fi.foresight.io.FileProblem;
import fi.foresight.io.InputFiles;
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
 * Job job = JobFiles.load(Path.of("jobs/demo.yaml"), JobOverrides.NONE, AnalysisTypes.standard());   // job.types
 * Job quick = JobFiles.load(Path.of("jobs/demo.yaml"), new JobOverrides(7L, 2, 1000), AnalysisTypes.standard());
 * }</pre>
 */
public final class JobFiles {
    private JobFiles() {
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

    /**
     * Whether a file is a job rather than a model: its top level has a {@code job:} or {@code analyses:} key. Only
     * the file's first {@link Limits#MAX_JOB_FILE_BYTES} bytes are read, and the text is not parsed, so a job with a
     * syntax error is still taken for a job (see {@code docs/job-format.md}); an unreadable file is not a job.
     */
    public static boolean isJobFile(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".scw")) {
            return false;
        }
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes((int) Limits.MAX_JOB_FILE_BYTES);
            return JobOrModel.isJob(new String(head, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return InputFiles.read(file, Limits.MAX_JOB_FILE_BYTES, "job files");
        } catch (IOException e) {
            throw whole(file, InputFiles.reason(e));
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

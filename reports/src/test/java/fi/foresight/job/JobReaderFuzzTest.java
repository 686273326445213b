package fi.foresight.job;

import fi.foresight.job.types.AnalysisTypes;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import fi.foresight.io.FileProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Feeds arbitrary bytes to the job reader as a job file {@code job.yaml} next to a valid model
 * {@code model.yaml}. The only outcomes allowed are a job or a {@link JobFileException} whose every problem names
 * the job file or its model file, a position (or none: 0:0) and a message without a Java class name; any other
 * exception (a stack overflow or out-of-memory included) is a finding.
 *
 * <p>{@code mvn test} runs the inputs in {@code JobReaderFuzzTestInputs/readNeverCrashes/} (regression mode).
 * To fuzz: {@code JAZZER_FUZZ=1 ./mvnw -pl reports test -Dtest=JobReaderFuzzTest}.
 */
class JobReaderFuzzTest {
    /** What a user-facing message must never contain (unless the input itself holds it). */
    static final List<String> INTERNALS = List.of("Exception", "\tat ", "java.", "fi.foresight.", "com.fasterxml",
            "org.yaml", "jdk.");
    private static final Path DIR = workspace();
    private static final AnalysisRegistry REGISTRY = AnalysisTypes.standard();

    @FuzzTest(maxDuration = "60s")
    void readNeverCrashes(byte @NotNull [] content) throws IOException {
        Path file = DIR.resolve("job.yaml");
        Files.write(file, content);
        String input = new String(content, StandardCharsets.UTF_8);
        try {
            Job job = JobFiles.load(file, JobOverrides.NONE, REGISTRY);
            check(job != null && !job.analyses().isEmpty(), "a job without analyses");
        } catch (JobFileException e) {
            check(!e.problems().isEmpty(), "an exception without problems");
            for (FileProblem p : e.problems()) {
                check(p.file().startsWith(DIR.toString()), "problem of a file outside the job's directory: " + p);
                check(p.line() >= 1 || (p.line() == 0 && p.column() == 0), "bad position: " + p);
                check(!p.message().isBlank(), "empty message: " + p);
                for (String word : INTERNALS) {
                    check(!p.message().contains(word) || input.contains(word), "message shows '" + word + "': " + p);
                }
            }
        }
    }

    /** A directory holding a valid model as {@code model.yaml}, for the jobs that name it. */
    private static Path workspace() {
        try {
            Path dir = Files.createTempDirectory("job-fuzz").toRealPath();
            Path model = dir.resolve("model.yaml");
            Files.copy(Path.of("src/test/resources/fi/foresight/jobs/demo/model.yaml"), model);
            dir.toFile().deleteOnExit();
            model.toFile().deleteOnExit();
            dir.resolve("job.yaml").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}

package fi.foresight.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import fi.foresight.model.Model;

/**
 * Feeds arbitrary bytes to the loader, read once as YAML and once as JSON. The only outcomes allowed are a model
 * or a {@link ModelFileException} whose every line names the file and a position and says what is wrong; any
 * other exception (a stack overflow or out-of-memory included) is a finding.
 *
 * <p>{@code mvn test} runs the inputs in {@code ModelFilesFuzzTestInputs/parseNeverCrashes/} (regression mode).
 * To fuzz: {@code JAZZER_FUZZ=1 ./mvnw -pl model test -Dtest=ModelFilesFuzzTest}.
 */
class ModelFilesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parseNeverCrashes(byte @NotNull [] content) {
        for (String name : new String[] {"fuzz.yaml", "fuzz.json"}) {
            try {
                Model m = ModelFiles.parse(content, name);
                check(m != null && !m.drivers().isEmpty(), "a loaded model without drivers");
            } catch (ModelFileException e) {
                check(!e.fileProblems().isEmpty(), "an exception without problems");
                String[] lines = e.getMessage().split("\n", -1);
                check(lines.length == e.fileProblems().size(), "a problem spans several lines: " + e.getMessage());
                for (FileProblem p : e.fileProblems()) {
                    check(p.file().equals(name), "problem of another file: " + p);
                    check(p.line() >= 1 || (p.line() == 0 && p.column() == 0), "bad position: " + p);
                    check(!p.message().isBlank(), "empty message: " + p);
                }
            }
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}

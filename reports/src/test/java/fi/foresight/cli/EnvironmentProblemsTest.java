package fi.foresight.cli;

import fi.foresight.job.types.AnalysisTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.batch.AnalysisFailure;
import fi.foresight.job.AnalysisRegistry;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environment problems (an output directory that cannot be made, a full disk, a refused permission, a path with a
 * NUL) end with exit 2 and one plain line naming the path; internal errors show no Java names. Tests run as root,
 * so permissions are not what makes a directory impossible here: a regular file where a directory must be, and
 * /proc, are.
 */
class EnvironmentProblemsTest {
    static final AnalysisRegistry REGISTRY = AnalysisTypes.standard()
            .register("npe", options -> PlannedAnalysis.of(options, ctx -> {
                throw new NullPointerException("Cannot invoke \"java.util.List.size()\" because \"rows\" is null");
            }))
            .register("diskfull", options -> PlannedAnalysis.of(options, ctx -> {
                throw new UncheckedIOException("cannot write /data/runs/x/tables/t.csv: No space left on device",
                        new IOException("No space left on device"));
            }));

    @TempDir
    Path tmp;

    private Path job(String analysis) throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"));
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, "job: env\nmodel: model.yaml\nsamples: 100\nthreads: 1\noutputs: [csv]\n"
                + "analyses:\n  - type: " + analysis + "\n");
        return job;
    }

    private static void plain(Cli.Result r) {
        assertFalse(Cli.hasStackTrace(r.err()), r.toString());
        for (String internal : new String[] {"Exception", "java.", "fi.foresight.", "()", "internal error"}) {
            assertFalse(r.err().contains(internal), "'" + internal + "' shown: " + r);
        }
    }

    @Test
    void anOutputDirectoryUnderARegularFileIsAnEnvironmentProblem() throws IOException {
        Path job = job("montecarlo");
        Path file = Files.writeString(tmp.resolve("a-file"), "not a directory");
        Cli.Result r = Cli.run("run", job.toString(), "--out", file.resolve("run").toString(), "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(file.toString()), r.err());
        assertTrue(r.err().contains("exists and is not a directory"), r.err());
        plain(r);
    }

    @Test
    void anOutputDirectoryThatCannotBeCreatedIsAnEnvironmentProblem() throws IOException {
        Path job = job("montecarlo");
        Cli.Result r = Cli.run("run", job.toString(), "--out", "/proc/self/foresight-test/run", "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("/proc/self/foresight-test"), r.err());
        plain(r);
    }

    @Test
    void micmacIntoAnImpossibleDirectoryIsAnEnvironmentProblem() throws IOException {
        Path model = Files.writeString(tmp.resolve("m.yaml"), "model: m\nmicmac:\n  variables: [a, b]\n"
                + "  matrix:\n    - [0, 1]\n    - [2, 0]\n");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Cli.Result r = Cli.run("micmac", model.toString(), "--out", file.resolve("sub").toString(), "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(file.toString()), r.err());
        plain(r);
    }

    @Test
    void aNulInAPathOnTheCommandLineIsBadInput() throws IOException {
        Path job = job("montecarlo");
        Cli.Result nul = Cli.run("run", job.toString(), "--out", tmp + "/a\0b", "--quiet");
        assertEquals(2, nul.code(), nul.toString());
        assertTrue(nul.err().contains("NUL"), nul.err());
        assertFalse(nul.err().contains("\0"), "the NUL itself is not printed");
        plain(nul);
    }

    @Test
    void aNulInAValidatedFileNameIsBadInput() {
        Cli.Result r = Cli.run("validate", "model\0.yaml");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("NUL"), r.err());
        plain(r);
    }

    @Test
    void aFullDiskIsAnEnvironmentProblemWithThePath() throws IOException {
        Path job = job("diskfull");
        Cli.Result r = Cli.run(REGISTRY, "run", job.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("/data/runs/x/tables/t.csv: no space left on device"), r.err());
        plain(r);
    }

    @Test
    void anInternalErrorShowsNoJavaNames() throws IOException {
        Path job = job("npe");
        Cli.Result r = Cli.run(REGISTRY, "run", job.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("analysis 1 of 1 (npe) failed: an internal error"), r.err());
        assertTrue(r.err().contains("FORESIGHT_DEBUG"), r.err());
        assertFalse(r.err().contains("NullPointer") || r.err().contains("java.") || r.err().contains("\""), r.err());
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorWithoutItsClassName() {
        var err = new ByteArrayOutputStream();
        int code = Foresight.handle(new IllegalStateException("Cannot invoke \"java.util.List.size()\""),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code);
        assertTrue(text.startsWith("foresight: internal error"), text);
        assertFalse(text.contains("java.") || text.contains("IllegalState"), text);
    }

    @Test
    void wrappedIoFailuresBecomeOnePlainLine() {
        var denied = new AnalysisFailure("analysis 1 of 2 (montecarlo): its results could not be written: cannot write "
                + "/r/t.csv: /r/t.csv", new UncheckedIOException("cannot write /r/t.csv: /r/t.csv",
                new AccessDeniedException("/r/t.csv")));
        assertEquals("analysis 1 of 2 (montecarlo): its results could not be written: cannot write /r/t.csv: "
                + "permission denied", EnvironmentProblem.describe(denied).orElseThrow());
        var readOnly = new UncheckedIOException(new FileSystemException("/mnt/ro/.run.partial-1", null,
                "Read-only file system"));
        assertEquals("/mnt/ro/.run.partial-1: read-only file system", EnvironmentProblem.describe(readOnly).orElseThrow());
        var nul = new InvalidPathException("a\0b", "Nul character not allowed");
        assertEquals("'a\\u0000b' is not a usable path: it contains a NUL character",
                EnvironmentProblem.describe(nul).orElseThrow());
        assertTrue(EnvironmentProblem.describe(new IllegalStateException("x")).isEmpty());
    }
}

package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code foresight run} process stopped in the middle of its analysis: stopped politely (SIGTERM, as Ctrl-C
 * or a batch system does) it cleans up after itself; killed outright (SIGKILL) it leaves only a hidden partial
 * directory. Either way there is no run directory and no report.
 */
class KillTest {
    @TempDir
    Path tmp;

    private Process start(Path out) throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path job = tmp.resolve("long.yaml");
        Files.writeString(job, "job: long\nmodel: model.yaml\nsamples: 10000000\nthreads: 1\n"
                + "analyses: [{type: montecarlo}]\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "fi.foresight.cli.Main", "run", job.toString(), "--out", out.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    /** Waits (reading stderr) until the process says the analysis has started. */
    private static void awaitAnalysis(Process p) throws IOException {
        var err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null) {
            if (line.startsWith("foresight: montecarlo")) {
                return;
            }
        }
        throw new AssertionError("the run ended before its analysis started");
    }

    @Test
    void aStoppedRunCleansUpAndLeavesNoReport() throws Exception {
        Path runs = tmp.resolve("runs");
        Process p = start(runs.resolve("long"));
        awaitAnalysis(p);
        p.destroy();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process ends after SIGTERM");
        assertFalse(Files.exists(runs.resolve("long")));
        try (var s = Files.list(runs)) {
            assertEquals(List.of(), s.map(x -> x.getFileName().toString()).toList(), "the partial directory is removed");
        }
    }

    @Test
    void aKilledRunLeavesOnlyAHiddenPartialDirectory() throws Exception {
        Path runs = tmp.resolve("runs");
        Process p = start(runs.resolve("long"));
        awaitAnalysis(p);
        p.destroyForcibly();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertFalse(Files.exists(runs.resolve("long")), "no run directory");
        try (var s = Files.walk(runs)) {
            assertTrue(s.noneMatch(x -> x.getFileName().toString().startsWith("report.")
                    || x.getFileName().toString().equals("run.json")), "no report and no manifest anywhere");
        }
        try (var s = Files.list(runs)) {
            assertTrue(s.allMatch(x -> x.getFileName().toString().startsWith(".long.partial-")),
                    "only the hidden partial directory remains");
        }
    }
}

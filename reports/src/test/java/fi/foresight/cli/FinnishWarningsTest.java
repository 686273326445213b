package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job that asks for Finnish warns about each label without label_fi (file:line:col), at most ten, and still passes. */
class FinnishWarningsTest {
    @TempDir
    Path tmp;

    private Path job(int unlabelled, String languages) throws IOException {
        var model = new StringBuilder("model: m\ntitle: Twelve drivers\ntitle_fi: Kaksitoista muuttujaa\nvariables:\n");
        for (int i = 1; i <= unlabelled; i++) {
            model.append("  x").append(i).append(":\n    label: Driver ").append(i)
                    .append("\n    distribution: {type: uniform, min: 0, max: 1}\n");
        }
        model.append("  z:\n    label: Labelled\n    label_fi: Nimetty\n    distribution: {type: uniform, min: 0, max: 1}\n");
        model.append("outcomes:\n  y: {label: Sum, label_fi: Summa, expression: \"x1 + z\"}\n");
        Files.writeString(tmp.resolve("model.yaml"), model);
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, "job: j\nmodel: model.yaml\nsamples: 100\nanalyses:\n  - type: montecarlo\n"
                + "language: " + languages + "\noutputs: [csv]\n");
        return job;
    }

    @Test
    void validateWarnsOncePerMissingFinnishLabelAndExitsZero() throws IOException {
        Path job = job(12, "[en, fi]");
        Cli.Result r = Cli.run("validate", job.toString());
        assertEquals(0, r.code(), r.toString());
        String model = tmp.resolve("model.yaml").toString();
        assertTrue(r.err().contains(model + ":6:5: variables.x1.label: warning: 'variables.x1' has no label_fi"), r.err());
        assertEquals(10, r.err().lines().filter(l -> l.contains(": warning: 'variables.x")).count(), r.err());
        assertTrue(r.err().contains("warning: and 2 more English labels without a Finnish one"), r.err());
        assertFalse(r.err().contains("variables.z"), "z has its label_fi");
        assertTrue(r.out().contains("is valid"), r.out());
    }

    @Test
    void runWarnsToo() throws IOException {
        Path job = job(1, "[fi]");
        Cli.Result r = Cli.run("run", job.toString(), "--out", tmp.resolve("run").toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.err().lines().filter(l -> l.contains("warning:")).count(), r.err());
        assertTrue(r.err().contains("variables.x1.label: warning:"), r.err());
    }

    @Test
    void noWarningWithoutFinnish() throws IOException {
        Cli.Result r = Cli.run("validate", job(3, "[en]").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.err());
    }
}

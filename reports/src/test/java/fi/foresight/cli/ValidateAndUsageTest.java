package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.io.FileProblem;
import fi.foresight.io.ModelFileException;
import fi.foresight.io.ModelFiles;
import fi.foresight.job.types.AnalysisTypes;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code validate} on good and bad files, usage errors, help and version: the right exit code, never a stack trace. */
class ValidateAndUsageTest {
    /** The model loader's corpus of bad files (shared with the model module's tests). */
    static final Path BAD = Path.of("../model/src/test/resources/fi/foresight/io/bad");

    @TempDir
    Path tmp;

    static Stream<Path> badModels() throws IOException {
        assertTrue(Files.isDirectory(BAD), "the bad-model corpus is at " + BAD.toAbsolutePath());
        try (var s = Files.list(BAD)) {
            return s.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("badModels")
    void everyBadModelExitsTwoWithOneLinePerProblem(Path file) throws IOException {
        List<String> expected;
        try {
            ModelFiles.load(file);
            throw new AssertionError(file + " loads, but it is in the bad corpus");
        } catch (ModelFileException e) {
            expected = e.fileProblems().stream().map(FileProblem::toString).toList();
        }
        Cli.Result r = Cli.run("validate", file.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals(expected, Arrays.asList(r.err().split("\n")), "one line per problem, as the loader states it");
        Path golden = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.[a-z]+$", ".expected"));
        if (Files.exists(golden)) {
            String prefix = file.getParent() + java.io.File.separator;
            assertEquals(Files.readAllLines(golden).stream().filter(l -> !l.isBlank()).toList(),
                    r.err().lines().map(l -> l.startsWith(prefix) ? l.substring(prefix.length()) : l).toList(),
                    "the corpus' expected messages");
        }
        assertFalse(Cli.hasStackTrace(r.err()), r.err());
        assertEquals("", r.out());
    }

    @Test
    void goodFilesAreConfirmedOnStdout() {
        Cli.Result r = Cli.run("validate", Cli.DEMO_MODEL.toString(), Cli.DEMO.toString(),
                "../scenarios/examples/every-feature.yaml");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("model 'demo' is valid: 3 driver(s), 2 outcome(s), 1 scenario(s), 1 lever(s)"), r.out());
        assertTrue(r.out().contains("job 'demo' is valid: model 'demo', 1 analysis (montecarlo)"), r.out());
        assertTrue(r.out().contains("model 'every_feature' is valid"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void aBadJobListsEveryProblemWithItsPlace() throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"));
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, String.join("\n",
                "job: demo",
                "model: model.yaml",
                "sed: 4",
                "samples: many",
                "scenarios: [base, open_market]",
                "analyses:",
                "  - {type: montecarl}",
                "  - {type: montecarlo, sampels: 10}",
                "  - {type: sobol, samples: 1000}",
                "language: [en, sv]", ""));
        Cli.Result r = Cli.run("validate", job.toString(), "../scenarios/examples/tiny.yaml", tmp.resolve("nothing.yaml").toString());
        assertEquals(2, r.code(), r.toString());
        String j = job.toString();
        List<String> lines = Arrays.asList(r.err().split("\n"));
        assertEquals(List.of(
                j + ":3:1: sed: unknown key 'sed'; did you mean seed?; a job file has job, title, title_fi, description, description_fi, model, seed, threads, samples, scenarios, levers, analyses, outputs, language, at_year",
                j + ":4:10: samples: expected a whole number, got 'many'",
                j + ":5:19: scenarios: unknown scenario 'open_market'; did you mean open_markets?; the model has [base, open_markets]",
                j + ":7:12: analyses[0].type: unknown analysis type 'montecarl'; did you mean montecarlo?; types are "
                        + String.join(", ", AnalysisTypes.standard().available()),  // a new type needs no edit here
                j + ":8:24: analyses[1].sampels: unknown option 'sampels' for a montecarlo analysis; did you mean samples?; options are [type, samples, seed, design, keep_samples, conditional_tornado, conditional_statistic, precision]",
                j + ":9:28: analyses[2].samples: samples (1000) must be a power of two for the Sobol' design, e.g. 512 or 1024 (or set design: monte_carlo)",
                j + ":10:16: language: unknown language 'sv'; reports are written in en, fi",
                tmp.resolve("nothing.yaml") + ": no such file"), lines);
        assertTrue(r.out().contains("model 'tiny' is valid"), "the good file in between is still confirmed");
        assertFalse(Cli.hasStackTrace(r.err()));
    }

    @Test
    void aPlannedTypeIsKnownButNotAvailable() throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"));
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, String.join("\n", "job: demo", "model: model.yaml", "analyses:", "  - {type: sobol}", ""));
        var registry = fi.foresight.job.AnalysisRegistry.empty()
                .register("montecarlo", new fi.foresight.job.types.MonteCarloType())
                .planned("sobol", "Sobol' indices (fi.foresight.sensitivity)");
        Cli.Result r = Cli.run(registry, "validate", job.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals(job + ":4:12: analyses[0].type: analysis type 'sobol' (Sobol' indices (fi.foresight.sensitivity)) "
                + "is not available in this build yet; available: montecarlo", r.err().strip());
    }

    @Test
    void problemsOfAnInlineModelArePlacedInTheJobFile() throws IOException {
        Path job = tmp.resolve("inline.yaml");
        Files.writeString(job, String.join("\n",
                "job: inline",
                "model:",
                "  model: tiny",
                "  variables:",
                "    x: {distribution: {type: uniform, min: 5, max: 3}}",
                "  outcomes:",
                "    y: {expression: \"2 * x\"}",
                "analyses: [{type: montecarlo}]", ""));
        Cli.Result r = Cli.run("validate", job.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith(job + ":5:"), "the line of the inline model in the job file: " + r.err());
        assertTrue(r.err().contains(": model.variables.x.distribution"), r.err());
        assertTrue(r.err().contains("min (5.0)"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "cib", "micmac", "report"})
    void everyCommandHasHelp(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Usage: foresight " + command), r.out());
    }

    @Test
    void versionAndTopLevelHelp() {
        Cli.Result v = Cli.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("foresight "), v.out());
        Cli.Result h = Cli.run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("Exit codes: 0 ok, 1 an analysis failed, 2 bad input, usage or an environment"),
                h.out());
    }

    @Test
    void usageMistakesExitTwoWithoutAStackTrace() {
        for (String[] args : List.of(new String[] {"run"}, new String[] {"run", Cli.DEMO.toString(), "--sed", "3"},
                new String[] {"run", Cli.DEMO.toString(), "--samples", "0"},
                new String[] {"run", Cli.DEMO.toString(), "--threads", "many"}, new String[] {"frobnicate"},
                new String[] {}, new String[] {"run", "no-such-job.yaml"}, new String[] {"report", "no-such-dir"})) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + "\n" + r);
            assertFalse(Cli.hasStackTrace(r.err()), r.err());
            assertTrue(r.err().startsWith("foresight: ") || r.err().startsWith("no-such-job.yaml"), r.err());
        }
    }
}

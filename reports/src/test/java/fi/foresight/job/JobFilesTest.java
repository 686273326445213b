package fi.foresight.job;

import fi.foresight.job.types.AnalysisTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.io.FileProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobFilesTest {
    static final Path DEMO = Path.of("src/test/resources/fi/foresight/jobs/demo/job.yaml");

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private List<String> problems(Path job) {
        var e = assertThrows(JobFileException.class, () -> JobFiles.load(job, JobOverrides.NONE, AnalysisTypes.standard()));
        return e.problems().stream().map(FileProblem::toString).toList();
    }

    @Test
    void readsTheDemoJobWithItsDefaults() throws IOException {
        Job j = JobFiles.load(DEMO, JobOverrides.NONE, AnalysisTypes.standard());
        assertEquals("demo", j.id());
        assertEquals("demo", j.model().model().id());
        assertEquals(42, j.seed());
        assertEquals(1, j.threads());
        assertEquals(2000, j.samples());
        assertEquals(List.of("base", "open_markets"), j.scenarios(), "all scenarios when none are listed");
        assertEquals(List.of("none", "funding_boost"), j.levers());
        assertEquals(EnumSet.allOf(Output.class), j.outputs(), "every output by default");
        assertEquals(List.of(Language.EN, Language.FI), j.languages());
        assertEquals(1, j.analyses().size());
        assertEquals(Map.of("samples", 2000, "seed", 42L, "design", "monte_carlo", "keep_samples", false),
                j.analyses().get(0).settings());
        assertEquals(Hashes.sha256(Files.readAllBytes(DEMO)), j.sha256());
        assertTrue(j.model().file().endsWith("model.yaml"));
    }

    @Test
    void aliasesRepeatListsAndMappingsAndAnUndefinedOneIsNamed() throws IOException {
        Files.copy(DEMO.resolveSibling("model.yaml"), tmp.resolve("model.yaml"));
        Path job = write("j.yaml", "job: x\nmodel: model.yaml\nscenarios: &s [open_markets]\nlevers: [none]\n"
                + "analyses:\n  - &mc {type: montecarlo, samples: 300}\n  - *mc\n");
        Job j = JobFiles.load(job, JobOverrides.NONE, AnalysisTypes.standard());
        assertEquals(List.of("open_markets"), j.scenarios());
        assertEquals(2, j.analyses().size());
        assertEquals(300, j.analyses().get(1).settings().get("samples"), "the alias repeats the mapping");
        job = write("k.yaml", "job: x\nmodel: model.yaml\nscenarios: &s [open_markets]\nlevers: *s\n"
                + "analyses:\n  - &mc {type: montecarlo, samples: 300}\n  - *mc\n");
        assertTrue(problems(job).stream().anyMatch(p -> p.contains("levers: unknown lever 'open_markets'")),
                "the alias stands for the list");
        job = write("l.yaml", "job: x\nmodel: model.yaml\nseed: *nope\nanalyses: [{type: montecarlo}]\n");
        assertEquals(List.of(tmp.resolve("l.yaml") + ":3:7: alias '*nope' is not defined: no list or mapping before "
                + "it carries the anchor '&nope'; define the anchor first or write the value out"), problems(job));
    }

    @Test
    void aModelKeyWithNothingAfterItAsksForAFileName() throws IOException {
        Path job = write("j.yaml", "job: x\nmodel:\nanalyses: [{type: montecarlo}]\n");
        List<String> p = problems(job);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("j.yaml:2:7: model: no model given; write the model file's name"), p.get(0));
    }

    @Test
    void commandLineOverridesReachEveryAnalysis() {
        Job j = JobFiles.load(DEMO, new JobOverrides(7L, 2, 500), AnalysisTypes.standard());
        assertEquals(7, j.seed());
        assertEquals(2, j.threads());
        assertEquals(500, j.analyses().get(0).settings().get("samples"));
        assertEquals(7L, j.analyses().get(0).settings().get("seed"));
    }

    @Test
    void analysisOptionsOverrideTheJobsDefaults() throws IOException {
        Files.copy(DEMO.resolveSibling("model.yaml"), tmp.resolve("model.yaml"));
        Path job = write("j.yaml", "job: x\nmodel: model.yaml\nseed: 5\nsamples: 100\nlevers: [none]\n"
                + "analyses:\n  - {type: montecarlo, samples: 300, seed: 9, design: latin_hypercube}\n  - {type: montecarlo}\n");
        Job j = JobFiles.load(job, JobOverrides.NONE, AnalysisTypes.standard());
        assertEquals(300, j.analyses().get(0).settings().get("samples"));
        assertEquals(9L, j.analyses().get(0).settings().get("seed"));
        assertEquals("latin_hypercube", j.analyses().get(0).settings().get("design"));
        assertEquals(100, j.analyses().get(1).settings().get("samples"));
        assertEquals(5L, j.analyses().get(1).settings().get("seed"));
        assertEquals(List.of("none"), j.levers());
    }

    @Test
    void limitsAreStatedInTheMessages() throws IOException {
        Files.copy(DEMO.resolveSibling("model.yaml"), tmp.resolve("model.yaml"));
        Path job = write("j.yaml", "job: x\nmodel: model.yaml\nsamples: 20000000\nthreads: 1000\n"
                + "analyses:\n  - {type: montecarlo, samples: 0}\n");
        String j = job.toString();
        assertEquals(List.of(
                j + ":3:10: samples: samples (20000000) must be in [1, 10000000]",
                j + ":4:10: threads: threads (1000) must be in [1, 256]",
                j + ":6:33: analyses[0].samples: samples (0) must be in [1, 10000000]"), problems(job));
        Path big = tmp.resolve("big.yaml");
        Files.write(big, new byte[(int) Limits.MAX_JOB_FILE_BYTES + 1]);
        assertEquals(List.of(big + ": the file is 1.0 MiB (1048577 bytes); job files may be at most 1 MiB "
                + "(1048576 bytes)"), problems(big));
    }

    @Test
    void structuralMistakesAreReportedAtOnce() throws IOException {
        Path job = write("j.yaml", "model: nowhere.yaml\nanalyses: {type: montecarlo}\noutputs: [html, word]\n");
        String j = job.toString();
        assertEquals(List.of(
                j + ":1:1: job: missing 'job:', the job's id (it also names the run directory), e.g. job: kanta-hame-2035",
                j + ":1:8: model: model file 'nowhere.yaml' not found (looked for " + tmp.resolve("nowhere.yaml").toAbsolutePath() + ")",
                j + ":2:11: analyses: expected a non-empty list of analyses such as [{type: montecarlo}], got a mapping",
                j + ":3:17: outputs: unknown output 'word'; outputs are html, pdf, xlsx, csv, png"), problems(job));
    }

    @Test
    void syntaxErrorsHaveAPlace() throws IOException {
        Path job = write("j.yaml", "job: x\nanalyses: [\n");
        List<String> p = problems(job);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith(job + ":3:1: not valid YAML: "), p.get(0));
        assertTrue(p.get(0).contains("found '<stream end>'"), "the message says what is wrong: " + p.get(0));
        Path dup = write("d.yaml", "job: x\njob: y\n");
        assertEquals(List.of(dup + ":2:1: key 'job' appears twice in one mapping"), problems(dup));
    }

    @Test
    void anInlineModelIsReadWithTheJob() throws IOException {
        Path job = write("inline.yaml", "job: inline\nmodel:\n  model: tiny\n  variables:\n"
                + "    x: {distribution: {type: uniform, min: 0, max: 1}}\n  outcomes:\n    y: {expression: \"2 * x\"}\n"
                + "analyses: [{type: montecarlo}]\n");
        Job j = JobFiles.load(job, JobOverrides.NONE, AnalysisTypes.standard());
        assertEquals("tiny", j.model().model().id());
        assertNull(j.model().file());
        assertTrue(j.model().inline());
        String modelText = new String(j.model().bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(modelText.contains("  model: tiny") && !modelText.contains("job: inline") && !modelText.contains("analyses"),
                "the model's copy holds the model only: " + modelText);
        assertEquals(Files.readString(job).lines().count(), modelText.lines().count(), "lines are kept for positions");
    }

    @Test
    void jobFilesAreToldFromModelFiles() {
        assertTrue(JobFiles.isJobFile(DEMO));
        assertTrue(!JobFiles.isJobFile(DEMO.resolveSibling("model.yaml")));
    }

    @Test
    void aFileThatIsNotAJobIsSaidToBeSoWithoutQuotingIt() throws IOException {
        String plain = ":1:1: the file is not a job file: expected a mapping with at least job:, model: and analyses: "
                + "(see docs/job-format.md)";
        Path text = write("passwd.yaml", "root:x:0:0:root:/root:/bin/bash\n");
        assertEquals(List.of(text + plain), problems(text));
        Path other = write("settings.yaml", "api_token: hunter2\nsecret_key: abc\n");
        assertEquals(List.of(other + plain), problems(other));
        Path model = tmp.resolve("model.yaml");
        Files.copy(Path.of("src/test/resources/fi/foresight/jobs/demo/model.yaml"), model);
        List<String> p = problems(model);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("the file is a model file, not a job file"), p.get(0));
        Path typo = write("typo.yaml", "jbo: x\nmodel: model.yaml\nanalyses: [{type: montecarlo}]\n");
        assertTrue(problems(typo).get(0).contains("unknown key 'jbo'; did you mean job?"), "a job with a typo is a job");
    }
}

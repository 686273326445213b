package fi.foresight.job;

import fi.foresight.job.types.AnalysisTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.io.FileProblem;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job's {@code model:} stays in the job file's directory tree: absolute paths, {@code ..} out of it and symbolic
 * links leading out are refused before the file is read, unless {@code --allow-outside}; and a file that is not a
 * model is never quoted, whichever way it was reached.
 */
class ModelPathsTest {
    static final Path DEMO_MODEL = Path.of("src/test/resources/fi/foresight/jobs/demo/model.yaml");
    static final String SECRET = "hunter2-secret";

    @TempDir
    Path tmp;
    Path project;
    Path outside;

    @BeforeEach
    void layout() throws IOException {
        project = Files.createDirectories(tmp.resolve("project"));
        outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(project.resolve("models"));
        Files.copy(DEMO_MODEL, project.resolve("models/demo.yaml"));
        Files.copy(DEMO_MODEL, outside.resolve("demo.yaml"));
        Files.writeString(outside.resolve("passwd.yaml"), "root:x:0:0:" + SECRET + ":/root:/bin/bash\n");
        Files.writeString(outside.resolve("settings.yaml"), "api_token: " + SECRET + "\n" + SECRET + ": 1\n");
    }

    private Path job(String model) throws IOException {
        Path job = project.resolve("job.yaml");
        Files.writeString(job, "job: confined\nmodel: " + model + "\noutputs: [csv]\nanalyses:\n"
                + "  - {type: montecarlo, samples: 100}\n");
        return job;
    }

    private List<String> problems(Path job, boolean allowOutside) {
        var e = assertThrows(JobFileException.class, () -> JobFiles.load(job,
                JobOverrides.NONE.allowingOutside(allowOutside), AnalysisTypes.standard()));
        List<String> lines = e.problems().stream().map(FileProblem::toString).toList();
        lines.forEach(l -> assertFalse(l.contains(SECRET) || l.contains("root:x"), "echoes the file: " + l));
        return lines;
    }

    @Test
    void aModelInTheJobsTreeIsRead() throws IOException {
        assertEquals("demo", JobFiles.load(job("models/demo.yaml"), JobOverrides.NONE, AnalysisTypes.standard()).model().model().id());
        assertEquals("demo", JobFiles.load(job("models/../models/./demo.yaml"), JobOverrides.NONE, AnalysisTypes.standard()).model().model().id());
    }

    @Test
    void anAbsolutePathIsRefusedUnlessAllowed() throws IOException {
        Path job = job(outside.resolve("demo.yaml").toString());
        List<String> p = problems(job, false);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith(job + ":2:8: model: model file '" + outside.resolve("demo.yaml")
                + "' is an absolute path; a job's model must lie in the job file's directory or below it"), p.get(0));
        assertTrue(p.get(0).endsWith("or run with --allow-outside to allow this one"), p.get(0));
        assertEquals("demo", JobFiles.load(job, JobOverrides.NONE.allowingOutside(true), AnalysisTypes.standard())
                .model().model().id());
    }

    @Test
    void climbingOutWithDotsIsRefusedEvenWhenTheFileDoesNotExist() throws IOException {
        assertTrue(problems(job("../elsewhere/demo.yaml"), false).get(0)
                .contains("model file '../elsewhere/demo.yaml' lies outside the job file's directory"));
        assertTrue(problems(job("models/../../../../../../etc/passwd.yaml"), false).get(0)
                .contains("lies outside the job file's directory"), "not 'not found': nothing outside is probed");
    }

    @Test
    void aSymbolicLinkLeadingOutIsRefusedBeforeReading() throws IOException {
        Files.createSymbolicLink(project.resolve("passwd.yaml"), outside.resolve("passwd.yaml"));
        Files.createSymbolicLink(project.resolve("etc-passwd.yaml"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(project.resolve("linked"), outside);
        for (String model : List.of("passwd.yaml", "etc-passwd.yaml", "linked/demo.yaml", "linked/settings.yaml")) {
            List<String> p = problems(job(model), false);
            assertEquals(1, p.size(), p.toString());
            assertTrue(p.get(0).contains("model file '" + model + "' is a symbolic link, or lies in a linked "
                    + "directory, that leads outside the job file's directory"), p.get(0));
        }
    }

    @Test
    void aSymbolicLinkWithinTheTreeIsFine() throws IOException {
        Files.createSymbolicLink(project.resolve("current.yaml"), Path.of("models/demo.yaml"));
        assertEquals("demo", JobFiles.load(job("current.yaml"), JobOverrides.NONE, AnalysisTypes.standard()).model().model().id());
    }

    @Test
    void withAllowOutsideAFileThatIsNotAModelIsNeverQuoted() throws IOException {
        Files.createSymbolicLink(project.resolve("passwd.yaml"), outside.resolve("passwd.yaml"));
        List<String> p = problems(job("passwd.yaml"), true);
        assertEquals(List.of(project.resolve("passwd.yaml") + ":1:1: the file is not a model file: expected a mapping "
                + "with keys such as model:, variables:, outcomes: (see docs/model-format.md)"), p);
        p = problems(job("../elsewhere/settings.yaml"), true);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).endsWith(":1:1: the file is not a model file: expected a mapping with keys such as "
                + "model:, variables:, outcomes: (see docs/model-format.md)"), p.get(0));
    }

    @Test
    void theCommandLineOptionReachesTheJob() throws IOException {
        Path job = job("../elsewhere/demo.yaml");
        Cli.Result refused = Cli.run("validate", job.toString());
        assertEquals(2, refused.code(), refused.toString());
        assertTrue(refused.err().contains("--allow-outside"), refused.err());
        Cli.Result allowed = Cli.run("validate", "--allow-outside", job.toString());
        assertEquals(0, allowed.code(), allowed.toString());
        Cli.Result run = Cli.run("run", job.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(2, run.code(), run.toString());
        assertFalse(Files.exists(tmp.resolve("out")));
        Cli.Result runAllowed = Cli.run("run", job.toString(), "--allow-outside", "--out", tmp.resolve("out").toString(),
                "--quiet");
        assertEquals(0, runAllowed.code(), runAllowed.toString());
    }
}

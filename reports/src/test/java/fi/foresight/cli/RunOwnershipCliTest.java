package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12's data-loss reproduction through the command line: {@code run}, {@code cib} and {@code micmac} with
 * {@code --out} at a directory holding someone else's {@code run.json} keep every file and exit 2; a user's files
 * added to a real earlier run survive a rerun (it refuses and names them); {@code --out ""} is refused.
 */
class RunOwnershipCliTest {
    static final Path QUALITATIVE = Path.of("src/test/resources/fi/foresight/jobs/qualitative/model.yaml");
    static final Path SCW = Path.of("../model/src/test/resources/fi/foresight/cib/scenariowizard/CIB_global.scw");

    @TempDir
    Path tmp;

    private static Map<String, String> snapshot(Path dir) throws IOException {
        var m = new TreeMap<String, String>();
        try (var s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                m.put(dir.relativize(p).toString(), Files.isRegularFile(p) ? fi.foresight.job.Hashes.sha256(Files.readAllBytes(p)) : "<dir>");
            }
        }
        return m;
    }

    private Path project(boolean git, String runJson) throws IOException {
        Path proj = tmp.resolve("proj");
        Files.createDirectories(proj.resolve("src"));
        if (git) {
            Files.createDirectories(proj.resolve(".git"));
            Files.writeString(proj.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        }
        Files.writeString(proj.resolve("run.json"), runJson);
        Files.writeString(proj.resolve("src/main.py"), "code\n");
        return proj;
    }

    private String[] command(String type, Path out) throws IOException {
        return switch (type) {
            case "run" -> {
                Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"));
                Files.writeString(tmp.resolve("job.yaml"), "job: demo\nmodel: model.yaml\nsamples: 500\n"
                        + "outputs: [csv, html]\nanalyses: [{type: montecarlo}]\n");
                yield new String[] {"run", tmp.resolve("job.yaml").toString(), "--out", out.toString(), "--quiet"};
            }
            case "cib" -> new String[] {"cib", SCW.toString(), "--out", out.toString(), "--quiet"};
            default -> new String[] {"micmac", QUALITATIVE.toString(), "--out", out.toString(), "--quiet"};
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "cib", "micmac"})
    void theDataLossReproductionKeepsEveryFile(String type) throws IOException {
        for (boolean git : List.of(true, false)) {
            for (String runJson : List.of("{\"name\":\"other tool\"}", "{}", "text")) {
                Path proj = project(git, runJson);
                var before = snapshot(proj);
                Cli.Result r = Cli.run(command(type, proj));
                assertEquals(2, r.code(), r.toString());
                assertTrue(r.err().contains(git ? "root of a repository" : "holds no run written by Foresight"),
                        r.err());
                assertFalse(Cli.hasStackTrace(r.err()), r.err());
                assertEquals(before, snapshot(proj), "every file kept");
                try (var s = Files.list(tmp)) {
                    assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".proj.")), "no partial left");
                }
                RunDirectoryTestSupport.deleteTree(proj);
                Files.deleteIfExists(tmp.resolve("model.yaml"));
            }
        }
    }

    @Test
    void anEmptyOutIsTheWorkingDirectoryAndRefused() {
        Cli.Result r = Cli.run("micmac", QUALITATIVE.toString(), "--out", "", "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("is the working directory"), r.err());
    }

    @Test
    void aUsersFilesInAnEarlierRunSurviveARerun() throws IOException {
        Path out = tmp.resolve("runs/m");
        assertEquals(0, Cli.run(command("micmac", out)).code());
        Files.writeString(out.resolve("NOTES.md"), "what we concluded\n");
        Files.createDirectories(out.resolve("extra"));
        Files.writeString(out.resolve("extra/slides.txt"), "slides\n");
        var before = snapshot(out);
        Cli.Result r = Cli.run(command("micmac", out));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("NOTES.md, extra/"), r.err());
        assertEquals(before, snapshot(out));

        Files.delete(out.resolve("NOTES.md"));
        RunDirectoryTestSupport.deleteTree(out.resolve("extra"));
        Cli.Result again = Cli.run(command("micmac", out));
        assertEquals(0, again.code(), again.toString());
        try (var s = Files.list(out.getParent())) {
            assertEquals(List.of("m"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void theReportCommandReplacesOnlyTheRunsReportFiles() throws IOException {
        Path out = tmp.resolve("runs/m");
        assertEquals(0, Cli.run(command("micmac", out)).code());
        Files.writeString(out.resolve("NOTES.md"), "mine\n");
        Cli.Result r = Cli.run("report", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals("mine\n", Files.readString(out.resolve("NOTES.md")));
        Files.delete(out.resolve("NOTES.md"));
        assertEquals(0, Cli.run(command("micmac", out)).code(), "the remade report is still the run's own");

        Files.writeString(out.resolve("report.html"), "my own page");
        Cli.Result refused = Cli.run("report", out.toString(), "--quiet");
        assertEquals(2, refused.code(), refused.toString());
        assertTrue(refused.err().contains("was not written by this run or was changed"), refused.err());
        assertEquals("my own page", Files.readString(out.resolve("report.html")));
    }
}

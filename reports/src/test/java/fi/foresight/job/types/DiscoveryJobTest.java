package fi.foresight.job.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario_discovery type as a job on the demo model (test resources {@code jobs/discovery}): PRIM over two
 * scenarios and two levers, and CART; the tables of the run-directory contract, the report's section in English and
 * Finnish, and byte-identical tables for one and two threads.
 */
class DiscoveryJobTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/discovery/job.yaml");

    @TempDir
    static Path tmp;
    static Path dir;
    static Cli.Result result;

    @BeforeAll
    static void runTheJob() {
        dir = tmp.resolve("run");
        result = Cli.run("run", JOB.toString(), "--out", dir.toString(), "--threads", "2", "--quiet");
    }

    private static List<Path> tables(Path run) throws IOException {
        try (var s = Files.list(run.resolve("tables"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("scenario-discovery")).sorted().toList();
        }
    }

    @Test
    void writesTheTablesOfTheContract() throws IOException {
        assertEquals(0, result.code(), result.toString());
        List<Path> t = tables(dir);
        assertEquals(4, t.size(), t.toString());
        for (Path p : t) {
            List<String> lines = Files.readAllLines(p);
            String name = p.getFileName().toString();
            if (name.contains("trajectory")) {
                assertTrue(lines.get(0).startsWith("box,step,coverage,density,mass,restricted"), lines.get(0));
            } else {
                assertTrue(lines.get(0).startsWith("box,input,lower,upper,coverage,density,mass"), lines.get(0));
                assertTrue(lines.size() >= 2, name + " has a box");
            }
        }
        // PRIM pooled two scenarios and two levers: its inputs are the drivers and the two categorical ones
        String prim = Files.readString(t.get(0));
        assertTrue(prim.contains("readiness") || prim.contains("climate"), prim);
    }

    @Test
    void theReportHasTheSectionInBothLanguages() throws IOException {
        String en = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        String fi = Files.readString(dir.resolve("report.fi.html"), StandardCharsets.UTF_8);
        assertTrue(en.contains("Where the outcome is met or missed"), "English section");
        assertTrue(en.contains("mainly when"), "English finding");
        assertTrue(fi.contains("skenaarioiden l\u00f6yt\u00e4minen"), "Finnish section");
        assertTrue(fi.contains("p\u00e4\u00e4asiassa silloin"), "Finnish finding");
    }

    @Test
    void tablesDoNotDependOnTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Cli.Result r = Cli.run("run", JOB.toString(), "--out", one.toString(), "--threads", "1", "--outputs", "csv",
                "--quiet");
        assertEquals(0, r.code(), r.toString());
        for (Path p : tables(dir)) {
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(one.resolve("tables").resolve(p.getFileName())),
                    p.getFileName().toString());
        }
    }
}

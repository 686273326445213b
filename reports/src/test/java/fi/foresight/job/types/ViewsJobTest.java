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
 * The views type as a job (test resources {@code jobs/views}): the tables of the run-directory contract, the charts in
 * both languages, the report's section in English and Finnish, and byte-identical tables for one and two threads.
 */
class ViewsJobTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/views/job.yaml");

    @TempDir
    static Path tmp;
    static Path dir;
    static Cli.Result result;

    @BeforeAll
    static void runTheJob() {
        dir = tmp.resolve("run");
        result = Cli.run("run", JOB.toString(), "--out", dir.toString(), "--threads", "2", "--quiet");
    }

    private static List<Path> files(Path run, String folder, String prefix) throws IOException {
        try (var s = Files.list(run.resolve(folder))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    @Test
    void writesTheTablesOfTheContract() throws IOException {
        assertEquals(0, result.code(), result.toString());
        List<String> fits = Files.readAllLines(dir.resolve("tables/views-fits.csv"));
        assertTrue(fits.get(0).startsWith("driver,source,family,chosen,parameters,values,log_likelihood,aic,ks,sse"),
                fits.get(0));
        // readiness: four candidates (auto with bounds), funding: three (no bounds: pert, lognormal, normal)
        assertEquals(1 + 4 + 3, fits.size(), String.join("\n", fits));
        assertEquals(2, fits.stream().filter(l -> l.contains(",true,")).count(), "one chosen family per driver");
        List<String> quantiles = Files.readAllLines(dir.resolve("tables/views-quantiles.csv"));
        assertTrue(quantiles.get(0).startsWith("driver,source,probability,given,achieved"), quantiles.get(0));
        assertEquals(1 + 5 + 3, quantiles.size(), String.join("\n", quantiles));
        List<String> experts = Files.readAllLines(dir.resolve("tables/views-experts.csv"));
        assertEquals(1 + 3 + 3, experts.size(), String.join("\n", experts));
        assertTrue(experts.stream().anyMatch(l -> l.startsWith("demand,pool,logarithmic")), String.join("\n", experts));
    }

    @Test
    void drawsTheChartsInBothLanguages() throws IOException {
        List<Path> charts = files(dir, "charts", "views-");
        for (String name : List.of("views-qq-1", "views-elicited-1", "views-pool-1", "views-pool-2")) {
            assertTrue(charts.stream().anyMatch(p -> p.getFileName().toString().startsWith(name + ".")),
                    name + " in " + charts);
            assertTrue(charts.stream().anyMatch(p -> p.getFileName().toString().startsWith(name + ".fi.")),
                    name + " in Finnish in " + charts);
        }
    }

    @Test
    void theReportHasTheSectionInBothLanguages() throws IOException {
        String en = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        String fi = Files.readString(dir.resolve("report.fi.html"), StandardCharsets.UTF_8);
        assertTrue(en.contains("Views behind the assumptions"), "English section");
        assertTrue(en.contains("Experts and their pool"), "English chart title");
        assertTrue(fi.contains("Oletusten taustalla olevat näkemykset"), "Finnish section");
        assertTrue(fi.contains("Asiantuntijat ja heidän yhdistetty näkemyksensä"), "Finnish chart title");
    }

    @Test
    void tablesDoNotDependOnTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Cli.Result r = Cli.run("run", JOB.toString(), "--out", one.toString(), "--threads", "1", "--outputs", "csv",
                "--quiet");
        assertEquals(0, r.code(), r.toString());
        for (Path p : files(dir, "tables", "")) {
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(one.resolve("tables").resolve(p.getFileName())),
                    p.getFileName().toString());
        }
    }
}

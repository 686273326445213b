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
 * The decision types (robustness, value_of_information, goal_seek) as a job on the demo model (test resources
 * {@code jobs/decision}): the tables of the run-directory contract, the report's sections in English and Finnish,
 * and byte-identical tables for one and two threads.
 */
class DecisionJobTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/decision/job.yaml");
    static final List<String> TABLES = List.of("robustness", "robustness-regret", "value-of-information", "goal-seek");

    @TempDir
    static Path tmp;
    static Path dir;
    static Cli.Result result;

    @BeforeAll
    static void runTheJob() {
        dir = tmp.resolve("run");
        result = Cli.run("run", JOB.toString(), "--out", dir.toString(), "--threads", "2", "--quiet");
    }

    private static List<String> lines(String table) throws IOException {
        return Files.readAllLines(dir.resolve("tables/" + table + ".csv"));
    }

    @Test
    void writesTheTablesOfTheContract() throws IOException {
        assertEquals(0, result.code(), result.toString());
        assertTrue(lines("robustness").get(0).startsWith("lever,outcome,direction,mean,worst,worst_scenario,max_regret,"
                + "max_regret_scenario,satisficing,"), lines("robustness").get(0));
        assertEquals(3, lines("robustness").size(), "none and funding_boost");
        assertEquals("input,kind,evppi,se,share", lines("value-of-information").get(0));
        assertTrue(lines("value-of-information").get(1).startsWith("all,all,"));
        assertTrue(lines("goal-seek").get(0).startsWith("scenario,seek,lever_or_driver,outcome,target,probability,"));
        assertEquals(3, lines("goal-seek").size(), "base and open_markets");
    }

    @Test
    void theReportHasTheSectionsInBothLanguages() throws IOException {
        String en = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        String fi = Files.readString(dir.resolve("report.fi.html"), StandardCharsets.UTF_8);
        assertTrue(en.contains("Which thesis is robust") && en.contains("What to find out first")
                && en.contains("How strong must a thesis be"), "English sections");
        assertTrue(fi.contains("Mik\u00e4 teeseist\u00e4 kest\u00e4\u00e4") && fi.contains("Mit\u00e4 kannattaa selvitt\u00e4\u00e4 ensin")
                && fi.contains("tavoitehaku"), "Finnish sections");
        assertTrue(en.contains("The robust thesis on"), "the robust lever on the summary page");
    }

    @Test
    void tablesDoNotDependOnTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Cli.Result r = Cli.run("run", JOB.toString(), "--out", one.toString(), "--threads", "1", "--outputs", "csv",
                "--quiet");
        assertEquals(0, r.code(), r.toString());
        for (String t : TABLES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("tables/" + t + ".csv")),
                    Files.readAllBytes(one.resolve("tables/" + t + ".csv")), t + ".csv");
        }
    }
}

package fi.foresight.job.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Views from data as jobs: a panel's weights from three entrepreneurs' ratings (hand-checked weights and
 * Dirichlet concentration), the disagreement, Delphi and survey tables, the same bytes for 1 and 2 threads, and
 * {@code foresight survey FILE}.
 */
class PanelsAndDelphiJobTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/panels/job.yaml");
    static final Path SURVEY = Path.of("src/test/resources/fi/foresight/jobs/panels/data/survey.csv");

    @TempDir
    static Path tmp;
    static Path one;
    static Path two;

    @BeforeAll
    static void runTheJobOnOneAndTwoThreads() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        Cli.Result a = Cli.run("run", JOB.toString(), "--out", one.toString(), "--threads", "1", "--quiet",
                "--outputs", "csv,html");
        assertEquals(0, a.code(), a.toString());
        Cli.Result b = Cli.run("run", JOB.toString(), "--out", two.toString(), "--threads", "2", "--quiet",
                "--outputs", "csv,html");
        assertEquals(0, b.code(), b.toString());
    }

    static Table table(Path run, String name) throws IOException {
        return Table.read().csv(run.resolve("tables").resolve(name + ".csv").toFile());
    }

    @Test
    void weightsFromRatingsAndTheirConcentration() throws IOException {
        Table panels = table(one, "disagreement-panels");
        assertEquals(List.of("entrepreneurs", "everyone"), panels.stringColumn("panel").asList());
        // entrepreneurs (1, 3), (2, 2), (3, 1): kappa = 11 (docs/model-format.md)
        assertEquals(3, panels.intColumn("respondents").get(0));
        assertEquals(11.0, panels.numberColumn("concentration").getDouble(0), 1e-9);
        assertEquals(3.0, panels.numberColumn("member_concentration").getDouble(0), 1e-9);   // (11 + 1) / 3 - 1
        // everyone: respondent 5 has no imp_b and is left out
        assertEquals(4, panels.intColumn("respondents").get(1));
        assertEquals(1, panels.intColumn("left_out").get(1));
        Table drivers = table(one, "disagreement-drivers");
        assertEquals(0.5, drivers.numberColumn("weight").getDouble(0), 1e-12);
        // everyone: mean ratings 2.75 and 2.5 over the four complete cases
        assertEquals(2.75 / 5.25, drivers.numberColumn("weight").getDouble(2), 1e-12);
        assertEquals(2.75, drivers.numberColumn("mean_rating").getDouble(2), 1e-12);
    }

    @Test
    void delphiConvergenceAndStability() throws IOException {
        Table rounds = table(one, "delphi-rounds");
        assertEquals(4, rounds.rowCount());
        assertEquals(1.75, rounds.numberColumn("iqr").getDouble(0), 1e-12);   // q1, round 1: 1 3 4 5
        assertEquals(1.0, rounds.numberColumn("iqr").getDouble(1), 1e-12);    // q1, round 2: 3 3 4 4
        Table stability = table(one, "delphi-stability");
        assertEquals(0.5, stability.numberColumn("distribution_change").getDouble(0), 1e-12);
        assertEquals(0.25, stability.numberColumn("changed_more_than_one").getDouble(0), 1e-12);
        assertEquals(0.0, stability.numberColumn("distribution_change").getDouble(1), 1e-12);
    }

    @Test
    void surveyColumns() throws IOException {
        Table t = table(one, "survey-columns");
        assertEquals(List.of("respondent", "role", "imp_a", "imp_b", "comment"), t.stringColumn("column").asList());
        assertEquals("number", t.stringColumn("kind").get(3));
        assertEquals(1, t.intColumn("missing").get(3));          // NA
        assertEquals(3, t.intColumn("missing").get(4));          // three empty comments
        assertEquals("entrepreneur: 3; educator: 2", t.stringColumn("distribution").get(1));
    }

    @Test
    void oneAndTwoThreadsWriteTheSameTables() throws IOException {
        List<Path> tables;
        try (Stream<Path> s = Files.list(one.resolve("tables"))) {
            tables = s.sorted().toList();
        }
        assertTrue(tables.size() >= 5, tables.toString());
        for (Path t : tables) {
            assertArrayEquals(Files.readAllBytes(t), Files.readAllBytes(two.resolve("tables").resolve(t.getFileName())),
                    t.getFileName().toString());
        }
    }

    @Test
    void theSurveyCommandSummarisesAFile() throws IOException {
        Path dir = tmp.resolve("survey");
        Cli.Result r = Cli.run("survey", SURVEY.toString(), "--out", dir.toString(), "--outputs", "csv", "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertArrayEquals(Files.readAllBytes(one.resolve("tables").resolve("survey-columns.csv")),
                Files.readAllBytes(dir.resolve("tables").resolve("survey-columns.csv")));
        assertTrue(Files.isRegularFile(dir.resolve("inputs").resolve("survey.csv")), "the file is kept under inputs/");
        assertTrue(Files.readString(dir.resolve("run.json")).contains("survey.csv"));
    }
}

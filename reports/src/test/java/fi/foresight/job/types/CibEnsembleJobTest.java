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
 * The cib_ensemble type as a job (test resources {@code jobs/ensemble}: three illustrative experts): the tables of
 * the run-directory contract, the report's section in English and Finnish, the charts in both languages, and
 * byte-identical tables for one and two threads.
 */
class CibEnsembleJobTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/ensemble/job.yaml");

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
            return s.filter(p -> p.getFileName().toString().startsWith("cib-")).sorted().toList();
        }
    }

    @Test
    void writesTheTablesOfTheContract() throws IOException {
        assertEquals(0, result.code(), result.toString());
        Path t = dir.resolve("tables");
        assertEquals("scenario,variants,variants_fi,ensemble,experts,share,expert_names",
                Files.readAllLines(t.resolve("cib-ensemble-scenarios.csv")).get(0));
        List<String> experts = Files.readAllLines(t.resolve("cib-ensemble-experts.csv"));
        assertEquals("expert,weight,consistent,also_in_ensemble", experts.get(0));
        assertTrue(experts.get(1).startsWith("anna,2,"), experts.get(1));
        assertEquals(4, experts.size(), "three experts");
        assertEquals("scenario,variants,variants_fi,nominal,robust,draws_consistent,share",
                Files.readAllLines(t.resolve("cib-judgement-uncertainty.csv")).get(0));
        assertTrue(Files.exists(t.resolve("cib-judgement-uncertainty-2.csv")), "the second analysis");
        for (String chart : List.of("cib-ensemble-agreement", "cib-judgement-uncertainty")) {
            assertTrue(Files.size(dir.resolve("charts").resolve(chart + ".png")) > 0, chart);
            assertTrue(Files.size(dir.resolve("charts").resolve(chart + ".fi.png")) > 0, chart + " in Finnish");
        }
    }

    @Test
    void theReportHasTheSectionInBothLanguages() throws IOException {
        String en = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        String fi = Files.readString(dir.resolve("report.fi.html"), StandardCharsets.UTF_8);
        assertTrue(en.contains("Consistent scenarios of several experts"), "English section");
        assertTrue(en.contains("Consistent scenarios in the ensemble of 3 experts"), "English finding");
        assertTrue(en.contains("within half the range of the experts&#39; judgements of it"),
                "English uncertainty finding");
        assertTrue(fi.contains("Usean asiantuntijan johdonmukaiset skenaariot"), "Finnish section");
        assertTrue(fi.contains("asiantuntijan matriisien yhdistelm\u00e4ss\u00e4"), "Finnish finding");
        assertTrue(fi.contains("puolen asiantuntijoiden arvioiden vaihteluv\u00e4lin verran"), "Finnish spread");
    }

    @Test
    void tablesDoNotDependOnTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Cli.Result r = Cli.run("run", JOB.toString(), "--out", one.toString(), "--threads", "1", "--outputs", "csv",
                "--quiet");
        assertEquals(0, r.code(), r.toString());
        List<Path> two = tables(dir);
        assertEquals(6, two.size(), two.toString());
        for (Path p : two) {
            assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(one.resolve("tables").resolve(p.getFileName())),
                    p.getFileName().toString());
        }
    }
}

package fi.foresight.spark;

import fi.foresight.job.types.AnalysisTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.cli.Foresight;
import fi.foresight.job.AnalysisRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job file run by {@link SparkJob} (as spark-submit runs it) writes the same tables as {@code foresight run},
 * through the same run directory and report writer: Monte Carlo, Sobol', Morris and sampled CIB succession basins
 * of the Kanta-Häme model. SparkJob starts (and stops) the class's one Spark context.
 */
class SparkJobTest {
    @TempDir
    static Path dir;
    private static Path job;

    @BeforeAll
    static void settings() throws IOException {
        for (String[] kv : LocalSpark.SETTINGS) {
            System.setProperty(kv[0], kv[1]);
        }
        Files.copy(LocalSpark.repo("scenarios/kanta-hame/model.yaml"), dir.resolve("model.yaml"));
        Files.createDirectories(dir.resolve("data"));   // the data files the model reads (survey, Delphi rounds)
        try (var files = Files.list(LocalSpark.repo("scenarios/kanta-hame/data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, dir.resolve("data").resolve(f.getFileName()));
            }
        }
        job = dir.resolve("job.yaml");
        Files.writeString(job, String.join("\n",
                "job: spark_check",
                "model: model.yaml",
                "seed: 42",
                "samples: 3000",
                "scenarios: [base, gateway_east]",
                "levers: [none, direct_funding]",
                "analyses:",
                "  - {type: montecarlo, design: latin_hypercube}",
                "  - {type: sobol, outcome: internationalisation_index, samples: 2048, bootstrap: 20}",
                "  - {type: morris, outcome: internationalisation_index, trajectories: 300, bootstrap: 100}",
                "  - {type: cib, succession: true, runs: 100000}",
                "outputs: [csv, html]",
                ""));
    }

    @AfterAll
    static void clear() {
        for (String[] kv : LocalSpark.SETTINGS) {
            System.clearProperty(kv[0]);
        }
    }

    private static String[] run(boolean spark, Path out) {
        return run(spark, job, out);
    }

    private static String[] run(boolean spark, Path job, Path out) {
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        int code;
        try (var po = new PrintStream(o, true, StandardCharsets.UTF_8);
             var pe = new PrintStream(e, true, StandardCharsets.UTF_8)) {
            code = spark
                    ? SparkJob.run(po, pe, job.toString(), "--out", out.toString(), "--master", "local[2]", "--quiet")
                    : Foresight.execute(AnalysisTypes.standard(), po, pe, "run", job.toString(), "--out",
                            out.toString(), "--quiet");
        }
        return new String[] {String.valueOf(code), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8)};
    }

    private static List<Path> tables(Path run) throws IOException {
        try (Stream<Path> s = Files.list(run.resolve("tables"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void sparkJobWritesTheTablesOfTheLocalRunByteForByte() throws IOException {
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        String[] l = run(false, local);
        String[] s = run(true, spark);
        assertEquals("0", l[0], l[2]);
        assertEquals("0", s[0], s[2]);
        assertTrue(s[1].contains("Report: "), s[1]);
        assertTrue(Files.size(spark.resolve("report.html")) > 1000);
        List<Path> expected = tables(local);
        assertTrue(expected.size() >= 8, expected.toString());
        for (String kind : List.of("montecarlo-summary.csv", "sobol.csv", "morris.csv",
                "cib-basins.csv")) {
            assertTrue(expected.stream().anyMatch(t -> t.getFileName().toString().equals(kind)), kind + " in "
                    + expected);
        }
        assertTrue(Files.exists(spark.resolve("run.json")));
        assertEquals(expected.stream().map(Path::getFileName).toList(),
                tables(spark).stream().map(Path::getFileName).toList());
        for (Path t : expected) {
            assertEquals(Files.readString(t), Files.readString(spark.resolve("tables").resolve(t.getFileName())),
                    t.getFileName().toString());
        }
    }

    @Test
    void aMissingJobFileIsBadInputNotAStackTrace() {
        String[] s = run(true, dir.resolve("missing.yaml"), dir.resolve("none"));
        assertEquals("2", s[0], s[2]);
        assertTrue(s[2].contains("missing.yaml"), s[2]);
        assertTrue(!s[2].contains("\tat "), s[2]);
    }
}

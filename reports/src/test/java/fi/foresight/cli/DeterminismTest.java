package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same job and seed give byte-identical tables, whatever the thread count or the machine's locale. */
class DeterminismTest {
    @TempDir
    Path tmp;

    private Path csvOnlyJob() throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"));
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, "job: det\nmodel: model.yaml\nseed: 2024\nsamples: 3000\noutputs: [csv]\n"
                + "analyses: [{type: montecarlo}]\n");
        return job;
    }

    private List<Path> tables(Path dir) throws IOException {
        try (var s = Files.list(dir.resolve("tables"))) {
            return s.map(p -> dir.relativize(p)).sorted().toList();
        }
    }

    @Test
    void tablesAreByteIdenticalForOneAndTwoThreadsAndAnyLocale() throws IOException {
        Path job = csvOnlyJob();
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertEquals(0, Cli.run("run", job.toString(), "--threads", "1", "--out", one.toString(), "-q").code());
        Locale before = Locale.getDefault();
        Cli.Result r;
        try {
            Locale.setDefault(Locale.forLanguageTag("fi-FI"));
            r = Cli.run("run", job.toString(), "--threads", "2", "--out", two.toString(), "-q");
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(0, r.code(), r.toString());
        List<Path> files = tables(one);
        assertEquals(files, tables(two));
        assertFalse(files.isEmpty());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f.toString());
        }
        String row = Files.readAllLines(two.resolve("tables/montecarlo-summary.csv")).get(1);
        String[] fields = row.split(",");
        assertEquals(18, fields.length, "numbers carry no locale's decimal comma: " + row);
        for (int i = 3; i < fields.length; i++) {
            Double.parseDouble(fields[i]);
        }
        assertFalse(Files.exists(one.resolve("report.html")), "outputs: [csv] writes no report");
    }

    @Test
    void aDifferentSeedGivesDifferentTables() throws IOException {
        Path job = csvOnlyJob();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, Cli.run("run", job.toString(), "--out", a.toString(), "-q").code());
        assertEquals(0, Cli.run("run", job.toString(), "--seed", "7", "--out", b.toString(), "-q").code());
        assertFalse(Files.readString(a.resolve("tables/montecarlo-summary.csv"))
                .equals(Files.readString(b.resolve("tables/montecarlo-summary.csv"))), "the seed matters");
    }

    @Test
    void conditionalTornadoPrecisionGoalAndSobolDesignGiveByteIdenticalTablesOnOneAndTwoThreads() throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"));
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, "job: det\nmodel: model.yaml\nseed: 2024\nsamples: 3000\noutputs: [csv]\n"
                + "analyses:\n"
                + "  - {type: montecarlo, design: sobol, conditional_tornado: [index, growth],\n"
                + "     precision: {outcome: growth, statistic: p90, se: 0.05, max_samples: 40000}}\n");
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        Cli.Result r1 = Cli.run("run", job.toString(), "--threads", "1", "--out", one.toString(), "-q");
        assertEquals(0, r1.code(), r1.toString());
        Cli.Result r2 = Cli.run("run", job.toString(), "--threads", "2", "--out", two.toString(), "-q");
        assertEquals(0, r2.code(), r2.toString());
        List<Path> files = tables(one);
        assertEquals(files, tables(two));
        for (String name : List.of("tornado-conditional.csv", "tornado-conditional-swing.csv",
                "montecarlo-precision.csv")) {
            assertTrue(files.contains(Path.of("tables", name)), name + " in " + files);
        }
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f.toString());
        }
        List<String> precision = Files.readAllLines(one.resolve("tables/montecarlo-precision.csv"));
        assertEquals("scenario,lever,outcome,statistic,estimate,se,se_goal,samples,reached", precision.get(0));
        for (String row : precision.subList(1, precision.size())) {
            String[] f = row.split(",");
            assertEquals("p90", f[3]);
            assertTrue(Double.parseDouble(f[5]) <= 0.05, row);
            assertEquals("true", f[8], row);
        }
        String runJson = Files.readString(one.resolve("run.json"));
        assertTrue(runJson.contains("montecarlo.precision.reached"), "the finding is in run.json");
        assertTrue(runJson.contains("tornado.conditional.top_inputs"), "the finding is in run.json");
    }
}

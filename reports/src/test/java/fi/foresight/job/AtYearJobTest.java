package fi.foresight.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code at_year:} end to end: a model with a horizon runs its static analyses at the horizon's last year unless
 * the job or an analysis names another; the tables, run.json and both reports say which year. A model without a
 * horizon gets no year column.
 */
class AtYearJobTest {
    private static final String MODEL = """
            model: walk
            horizon: {start: 2020, end: 2030}
            variables:
              x:
                distribution: {type: normal, mean: 10, sd: 2}
                range: [0, 40]
                process: {type: random_walk, drift: 0.5, volatility: 1.0}
              c: {distribution: {type: uniform, min: 0.9, max: 1.1}, range: [0, 2]}
            weights: {x: 1, c: 1}
            outcomes:
              y: "x * c"
              index: {weighted_index: true}
            targets:
              y: {at_least: 18}
            """;

    private static Path job(Path dir, String analyses, String top) throws IOException {
        Files.writeString(dir.resolve("model.yaml"), MODEL);
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "job: walk\nmodel: model.yaml\nseed: 5\nsamples: 4000\n" + top
                + "analyses:\n" + analyses + "outputs: [html, csv]\nlanguage: [en, fi]\n");
        return job;
    }

    @Test
    void staticAnalysesDefaultToTheLastYearAndSaySo(@TempDir Path tmp) throws IOException {
        Path job = job(tmp, """
                  - type: montecarlo
                  - {type: tornado, outcome: y, at_year: 2025}
                  - {type: sobol, outcome: y, samples: 256, bootstrap: 10}
                """, "");
        Path out = tmp.resolve("run");
        Cli.Result r = Cli.run("run", job.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        List<String> summary = Files.readAllLines(out.resolve("tables/montecarlo-summary.csv"));
        assertTrue(summary.get(0).startsWith("scenario,lever,year,outcome,"), summary.get(0));
        assertTrue(summary.get(1).startsWith("base,none,2030,y,4000,"), summary.get(1));
        // x in 2030 ~ N(15, 14), c ~ U(0.9, 1.1): E[y] = 15, Var y = E[x²] E[c²] - 15² (4 standard errors)
        double mean = Double.parseDouble(summary.get(1).split(",")[5]);
        assertEquals(15, mean, 4 * Math.sqrt((14 + 225) * (1 + 0.04 / 12) - 225) / Math.sqrt(4000));
        assertTrue(Files.readAllLines(out.resolve("tables/montecarlo-exceedance.csv")).get(1).startsWith("base,none,2030,y,"));
        String manifest = Files.readString(out.resolve("run.json")).replace(" ", "");
        assertTrue(manifest.contains("\"at_year\":2030"), manifest);
        assertTrue(manifest.contains("\"at_year\":2025"), manifest);
        String en = Files.readString(out.resolve("report.html"));
        assertTrue(en.contains("These numbers are for 2030"), "the Monte Carlo section names its year");
        assertTrue(en.contains("These numbers are for 2025"), "the tornado section names its own year");
        String fi = Files.readString(out.resolve("report.fi.html"));
        assertTrue(fi.contains("N\u00e4m\u00e4 luvut koskevat vuotta 2030"), "and in Finnish");
    }

    @Test
    void theJobsYearAppliesToEveryStaticAnalysis(@TempDir Path tmp) throws IOException {
        Path job = job(tmp, "  - type: montecarlo\n  - {type: importance, outcome: y, samples: 500}\n", "at_year: 2020\n");
        Path out = tmp.resolve("run");
        Cli.Result r = Cli.run("run", job.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        List<String> summary = Files.readAllLines(out.resolve("tables/montecarlo-summary.csv"));
        assertTrue(summary.get(1).startsWith("base,none,2020,y,4000,"), summary.get(1));
        // in the first year x is its start value N(10, 4): E[y] = 10 (4 standard errors)
        assertEquals(10, Double.parseDouble(summary.get(1).split(",")[5]),
                4 * Math.sqrt((4 + 100) * (1 + 0.04 / 12) - 100) / Math.sqrt(4000));
        String manifest = Files.readString(out.resolve("run.json")).replace(" ", "");
        assertTrue(manifest.contains("\"at_year\":2020"), manifest);
        assertFalse(manifest.contains("\"at_year\":2030"), manifest);
    }

    @Test
    void aModelWithoutAHorizonHasNoYear(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("model.yaml"), "model: flat\nvariables:\n  x: {distribution: {type: normal, mean: 10, sd: 2}}\n"
                + "outcomes:\n  y: \"2 * x\"\n");
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, "job: flat\nmodel: model.yaml\nsamples: 1000\nanalyses: [{type: montecarlo}, {type: tornado}]\n"
                + "outputs: [csv]\n");
        Path out = tmp.resolve("run");
        Cli.Result r = Cli.run("run", job.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.readAllLines(out.resolve("tables/montecarlo-summary.csv")).get(0)
                .startsWith("scenario,lever,outcome,n,"));
        assertFalse(Files.readString(out.resolve("run.json")).contains("at_year"));
    }
}

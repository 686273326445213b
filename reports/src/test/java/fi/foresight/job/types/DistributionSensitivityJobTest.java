package fi.foresight.job.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job with {@code distribution_sensitivity} and a {@code sobol} analysis with the default replicate intervals on
 * the Ishigami function (test resources {@code jobs/distribution}): the table of the run-directory contract, the
 * same bytes for one and two threads, the settings in run.json and the report's sections in English and Finnish.
 */
class DistributionSensitivityJobTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/distribution/job.yaml");

    @TempDir
    static Path tmp;

    @Test
    void tablesAreBitIdenticalForOneAndTwoThreadsAndTheReportExplainsThem() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        var r1 = Cli.run("run", JOB.toString(), "--out", one.toString(), "--threads", "1", "--quiet");
        var r2 = Cli.run("run", JOB.toString(), "--out", two.toString(), "--threads", "2", "--quiet");
        assertEquals(0, r1.code(), r1.toString());
        assertEquals(0, r2.code(), r2.toString());
        for (String t : List.of("distribution-sensitivity", "sobol", "sobol-convergence")) {
            assertEquals(Files.readString(one.resolve("tables/" + t + ".csv")),
                    Files.readString(two.resolve("tables/" + t + ".csv")), t);
        }
        List<String> lines = Files.readAllLines(one.resolve("tables/distribution-sensitivity.csv"));
        assertEquals("scenario,lever,outcome,variable,delta,delta_low,delta_high,pawn_minimum,pawn_mean,pawn_median,"
                + "pawn_maximum,pawn_cv", lines.get(0));
        assertEquals(4, lines.size(), "one row per input of y");
        // x2 shifts Ishigami's distribution the most (δ about 0.33 against 0.20 and 0.17, see the SALib comparison)
        assertTrue(lines.get(1).startsWith("base,none,y,x2,"), lines.toString());

        JsonNode run = new ObjectMapper().readTree(one.resolve("run.json").toFile());
        JsonNode sobol = run.get("analyses").get(1).get("settings");
        assertEquals("replicates", sobol.get("intervals").asText());
        assertEquals(8, sobol.get("replicates").asInt());
        assertTrue(sobol.get("bootstrap") == null, "no bootstrap count without bootstrap intervals: " + sobol);
        String en = Files.readString(one.resolve("report.html"));
        String fi = Files.readString(one.resolve("report.fi.html"));
        assertTrue(en.contains("How much each assumption shifts the whole distribution of the outcome"), "English");
        assertTrue(fi.contains("Kuinka paljon kukin oletus siirtää tuloksen koko jakaumaa"), "Finnish");
        assertTrue(en.contains("Student t over independent replicates of the design"), "Sobol' interval method");
    }
}

package fi.foresight.job.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job with every sensitivity type on the Ishigami function with a panel (test resources {@code jobs/sensitivity}):
 * the tables of the run-directory contract against analytic values, the report's sections and summary in English and
 * Finnish, the settings in run.json, and the same tables for any thread count.
 */
class SensitivityJobTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/sensitivity/job.yaml");
    static final double PI = Math.PI;

    @TempDir
    static Path tmp;
    static Path dir;
    static Cli.Result result;

    @BeforeAll
    static void runTheJob() {
        dir = tmp.resolve("run");
        result = Cli.run("run", JOB.toString(), "--out", dir.toString(), "--threads", "2", "--quiet");
    }

    @Test
    void writesEveryTableOfTheContract() {
        assertEquals(0, result.code(), result.toString());
        for (String t : List.of("sobol", "sobol-convergence", "tornado", "spider", "morris", "importance", "weights",
                "weight-rankings", "weight-alternatives")) {
            assertTrue(Files.isRegularFile(dir.resolve("tables/" + t + ".csv")), t + ".csv is missing");
        }
        assertEquals("outcome,variable,S1,S1_low,S1_high,ST,ST_low,ST_high", header("sobol"));
        assertEquals("outcome,variable,mu,mu_star,sigma,mu_star_low,mu_star_high", header("morris"));
        assertEquals("outcome,variable,low_input,high_input,low_output,high_output,swing", header("tornado"));
        assertEquals("scenario,lever,outcome,variable,spearman,src,r_squared", header("importance"));
    }

    @Test
    void sobolIndicesMatchIshigamiWithinFiveStandardErrors() throws IOException {
        var rows = rows("sobol");
        assertEquals(3, rows.size(), "inputs: drivers leaves the panel's weights out: " + rows);
        double[][] expected = {{0.3139, 0.5576}, {0.4424, 0.4424}, {0.0, 0.2437}};
        for (int i = 0; i < 3; i++) {
            Map<String, String> r = row(rows, "x" + (i + 1));
            // the bootstrap percentile interval gives the standard error: (high - low) / (2 * 1.96)
            double s1 = num(r, "S1");
            double seS1 = (num(r, "S1_high") - num(r, "S1_low")) / 3.92;
            double st = num(r, "ST");
            double seSt = (num(r, "ST_high") - num(r, "ST_low")) / 3.92;
            assertTrue(Math.abs(s1 - expected[i][0]) <= 5 * seS1, "S1 of x" + (i + 1) + ": " + s1 + " +- " + seS1);
            assertTrue(Math.abs(st - expected[i][1]) <= 5 * seSt, "ST of x" + (i + 1) + ": " + st + " +- " + seSt);
        }
        List<Double> st = rows.stream().map(r -> num(r, "ST")).toList();
        assertEquals(st.stream().sorted(java.util.Comparator.reverseOrder()).toList(), st, "largest total index first");
    }

    @Test
    void tornadoSwingsOnlyTheFirstInputAtTheMedianOfTheOthers() throws IOException {
        var rows = rows("tornado");
        // others at their median 0: y = sin(x1), 7 sin^2(x2) is even and x3 enters only through sin(x1)
        Map<String, String> x1 = rows.get(0);
        assertEquals("x1", x1.get("variable"));
        assertEquals(-0.8 * PI, num(x1, "low_input"), 1e-12);
        assertEquals(0.8 * PI, num(x1, "high_input"), 1e-12);
        assertEquals(2 * Math.sin(0.8 * PI), num(x1, "swing"), 1e-12);
        assertEquals(0, num(row(rows, "x2"), "swing"), 1e-12);
        assertEquals(0, num(row(rows, "x3"), "swing"), 1e-12);
    }

    @Test
    void morrisEffectOfTheSecondInputIsConstant() throws IOException {
        var rows = rows("morris");
        Map<String, String> x2 = row(rows, "x2");
        // 4 levels, jump 2/3: |EE| = 7 * sin^2(pi/3) / (2/3) on every trajectory
        assertEquals(7.875, num(x2, "mu_star"), 1e-9);
        assertEquals(2, rows.stream().filter(r -> r.get("variable").startsWith("weight:")).count(),
                "the panel's two uncertain weights are inputs (inputs: all) with no effect on y");
        assertEquals(0, num(row(rows, "weight:experts:x1"), "mu_star"), 0);
    }

    @Test
    void importanceOfALinearOutcomeIsExact() throws IOException {
        var rows = rows("importance").stream().filter(r -> r.get("outcome").equals("lin")).toList();
        for (var r : rows) {
            assertEquals(1.0, num(r, "r_squared"), 1e-12, "lin = 2 x1 + x2 is fitted exactly");
        }
        assertEquals(0, num(row(rows, "x3"), "src"), 1e-9);
        assertEquals(0, num(row(rows, "weight:experts:x1"), "src"), 1e-9);
        // equal spreads of x1 and x2: SRC = c_i / sqrt(5) up to the sample's spreads (2000 draws)
        assertEquals(2 / Math.sqrt(5), num(row(rows, "x1"), "src"), 0.02);
        assertEquals(1 / Math.sqrt(5), num(row(rows, "x2"), "src"), 0.03);
        assertEquals("x1", rows.get(0).get("variable"), "strongest rank correlation first");
    }

    @Test
    void weightIntervalsMatchTheAnalyticCrossings() throws IOException {
        var rows = rows("weights");
        // push_x2 (0.5 + 0.1 w2) beats push_x1 (0.5 + 0.05 w1) until w1 = 2/3, i.e. w2 = 1/3
        assertEquals(0.5, num(row(rows, "x1"), "weight"), 1e-12);
        assertEquals(2.0 / 3, num(row(rows, "x1"), "top_two_weight"), 1e-9);
        assertEquals(1.0 / 3, num(row(rows, "x2"), "top_two_weight"), 1e-9);
        var alts = rows("weight-alternatives");
        assertEquals(List.of("push_x2", "push_x1", "none"), alts.stream().map(r -> r.get("lever")).toList());
    }

    @Test
    void reportHasASectionPerAnalysisAndTheSensitivityFindings() throws IOException {
        String en = Files.readString(dir.resolve("report.html"));
        for (String title : List.of("Which assumptions drive the uncertainty (Sobol&#39; indices)",
                "One assumption at a time (tornado)", "Screening the assumptions (Morris)",
                "How strongly the outcome follows each assumption", "Whose view counts (weight sensitivity)")) {
            assertTrue(en.contains(title), title);
        }
        String summary = en.substring(en.indexOf("What the analysis says"), en.indexOf("</section>", en.indexOf("What the analysis says")));
        assertTrue(summary.contains("The assumptions that matter most"), summary);
        assertTrue(summary.contains("The assumptions that matter most for Ishigami output are First input"), summary);
        assertTrue(summary.contains("Second input"), "labels, not ids: " + summary);
        assertTrue(summary.contains("Whose weights matter"), summary);
        assertTrue(summary.contains("Push the second input scores best on Balance index"), summary);
        // x1 at 2/3 and x2 at 1/3 are equally near (1/6 away); either is the most sensitive weight
        assertTrue(summary.contains("if the panel Experts gave First input 67% of its weight instead of 50%")
                || summary.contains("if the panel Experts gave Second input 33% of its weight instead of 50%"), summary);
        assertTrue(en.contains("Weight, Experts: First input"), "a weight input is labelled in the tables");

        String fi = Files.readString(dir.resolve("report.fi.html"));
        assertTrue(fi.contains("Sobolin indeksit"), "Finnish section title");
        assertTrue(fi.contains("Kenen painotuksilla on väliä"), "Finnish summary heading");
        assertTrue(fi.contains("Ishigamin tulos: tärkeimmät oletukset ovat Ensimmäinen syöte"), "Finnish finding");
        assertTrue(fi.contains("Paino, Asiantuntijat: Ensimmäinen syöte"), "Finnish label of a weight input");
        assertFalse(fi.contains("The assumptions that matter most"));
    }

    @Test
    void manifestRecordsTheResolvedOptions() throws IOException {
        JsonNode m = new ObjectMapper().readTree(dir.resolve("run.json").toFile());
        var types = new ArrayList<String>();
        m.get("analyses").forEach(a -> types.add(a.get("type").asText()));
        assertEquals(List.of("sobol", "tornado", "morris", "importance", "weights"), types);
        JsonNode sobol = m.get("analyses").get(0).get("settings");
        assertEquals(4096, sobol.get("samples").asInt());
        assertEquals(7, sobol.get("seed").asLong(), "the job's seed");
        assertEquals("base", sobol.get("scenario").asText());
        assertEquals("drivers", sobol.get("inputs").asText());
        JsonNode tornado = m.get("analyses").get(1).get("settings");
        assertEquals(0.1, tornado.get("low").asDouble());
        assertEquals("median", tornado.get("others").asText());
        assertEquals(2000, m.get("analyses").get(3).get("settings").get("samples").asInt(), "importance: the job's samples");
    }

    @Test
    void tablesDoNotDependOnTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Cli.Result r = Cli.run("run", JOB.toString(), "--out", one.toString(), "--threads", "1", "--quiet");
        assertEquals(0, r.code(), r.toString());
        for (String t : List.of("sobol", "tornado", "morris", "importance", "weights", "weight-rankings")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("tables/" + t + ".csv")),
                    Files.readAllBytes(one.resolve("tables/" + t + ".csv")), t + ".csv");
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String header(String table) {
        try {
            return Files.readAllLines(dir.resolve("tables/" + table + ".csv")).get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The CSV's rows as column → text (the test tables hold no quoted commas). */
    private static List<Map<String, String>> rows(String table) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("tables/" + table + ".csv"));
        String[] head = lines.get(0).split(",", -1);
        var out = new ArrayList<Map<String, String>>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            var row = new java.util.LinkedHashMap<String, String>();
            for (int i = 0; i < head.length; i++) {
                row.put(head[i], cells[i]);
            }
            out.add(row);
        }
        return out;
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String variable) {
        return rows.stream().filter(r -> variable.equals(r.get("variable"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + variable + " in " + rows));
    }

    private static double num(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }
}

package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import tech.tablesaw.api.Table;

/**
 * The qualitative analyses as jobs and commands: a job with cib (bridged to Monte Carlo), micmac and futures_table
 * end to end, {@code foresight cib} on a ScenarioWizard sample and {@code foresight micmac} on a model.
 */
class QualitativeAnalysesTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/qualitative/job.yaml");
    static final Path MODEL = Path.of("src/test/resources/fi/foresight/jobs/qualitative/model.yaml");
    static final Path GLOBAL = Path.of("../model/src/test/resources/fi/foresight/cib/scenariowizard/CIB_global.scw");

    @TempDir
    static Path tmp;
    static Path dir;
    static Cli.Result result;

    @BeforeAll
    static void runTheJob() {
        dir = tmp.resolve("qualitative");
        result = Cli.run("run", JOB.toString(), "--out", dir.toString(), "--quiet");
    }

    static Table table(Path run, String name) throws IOException {
        return Table.read().csv(run.resolve("tables").resolve(name + ".csv").toFile());
    }

    @Test
    void theJobWritesTheTablesAndChartsOfEveryQualitativeAnalysis() throws IOException {
        assertEquals(0, result.code(), result.toString());
        for (String t : List.of("cib-scenarios", "cib-basins", "cib-bridge", "montecarlo-summary", "micmac",
                "micmac-displacement", "futures-table-solutions", "futures-table-bridge", "scenario-cross",
                "montecarlo-summary-2")) {
            assertTrue(Files.isRegularFile(dir.resolve("tables").resolve(t + ".csv")), t);
        }
        for (String c : List.of("cib-tableau", "cib-balances", "micmac-map", "micmac-map-indirect",
                "micmac-displacement", "futures-table-tableau")) {
            assertTrue(Files.isRegularFile(dir.resolve("charts").resolve(c + ".png")), c);
        }
        Table cib = table(dir, "cib-scenarios");
        // the columns, then the Finnish labels for the Finnish report
        assertEquals(List.of("scenario", "variants", "consistency_value", "inconsistency", "total_impact_score", "basin",
                "variants_fi"), cib.columnNames());
        assertEquals(List.of("Avoin, Aktiivinen", "Suljettu, Passiivinen"), cib.stringColumn("variants_fi").asList());
        assertEquals(List.of("1 1", "2 2"), cib.column("scenario").asList().stream().map(String::valueOf).toList());
        // succession over the 4 scenarios: each consistent one is its own basin; the mixed ones move both at once
        // and swap into each other, a cycle of two
        assertEquals(List.of(1L, 1L), cib.column("basin").asList().stream().map(v -> ((Number) v).longValue()).toList());
        Table micmac = table(dir, "micmac");
        assertEquals(List.of("variable", "direct_influence", "direct_dependence", "indirect_influence",
                "indirect_dependence", "quadrant"), micmac.columnNames());
        assertEquals(List.of(3, 5, 1), micmac.intColumn("direct_influence").asList());
        assertEquals(List.of(4, 2, 3), micmac.intColumn("direct_dependence").asList());
    }

    @Test
    void theConsistentScenariosRunThroughMonteCarloWithTheirVariantsOverrides() throws IOException {
        Table bridge = table(dir, "cib-bridge");
        assertEquals(List.of("cib_1", "cib_2"), bridge.stringColumn("scenario").asList());
        assertEquals(List.of("Open, Active", "Closed, Passive"), bridge.stringColumn("label").asList());
        Table mc = table(dir, "montecarlo-summary");
        // exports = access + 2 support + skills, skills ~ U(0, 1) (sd 1/sqrt(12)), 4000 samples
        double se = 1 / Math.sqrt(12) / Math.sqrt(4000);
        assertMean(mc, "base", 0.5 + 1 + 0.5, 5 * Math.sqrt(1.0 / 12 + 4.0 / 12 + 1.0 / 12) / Math.sqrt(4000));
        assertMean(mc, "cib_1", 1 + 1.5 + 0.5, 5 * se);   // open (access 1), active (support 0.75)
        assertMean(mc, "cib_2", 0 + 0.5 + 0.5, 5 * se);   // closed (access 0), passive (support 0.25)
        Table ft = table(dir, "montecarlo-summary-2");
        assertMean(ft, "ft_1", 1 + 1.5 + 0.5, 5 * se);                                      // open, active
        assertMean(ft, "ft_2", 1 + 1 + 0.5, 5 * Math.sqrt(5.0 / 12) / Math.sqrt(4000));     // open, passive
        assertMean(ft, "ft_3", 0 + 1 + 0.5, 5 * Math.sqrt(5.0 / 12) / Math.sqrt(4000));     // closed, passive
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Consistent scenarios (cross-impact balance)"), "CIB section");
        assertTrue(html.contains("2 of the 4 possible combinations"), "CIB finding");
        String fi = Files.readString(dir.resolve("report.fi.html"), StandardCharsets.UTF_8);
        assertTrue(fi.contains("vaikuttava") || fi.contains("riippuva") || fi.contains("itsen\u00e4inen"),
                "MICMAC zones in Finnish");
    }

    private static void assertMean(Table summary, String scenario, double expected, double tolerance) {
        Table rows = summary.where(summary.stringColumn("scenario").isEqualTo(scenario)
                .and(summary.stringColumn("outcome").isEqualTo("exports")));
        assertEquals(1, rows.rowCount(), scenario);
        assertEquals(expected, rows.doubleColumn("mean").get(0), tolerance, scenario);
    }

    @Test
    void cibOnTheScenarioWizardSampleFindsItsFourConsistentScenarios() throws IOException {
        Path out = tmp.resolve("global");
        Cli.Result r = Cli.run("cib", GLOBAL.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("4 consistent scenarios of 36"), r.out());
        // the published solution set (CIB_global.sl): scenarios with CV, IC and TIS
        String out1 = r.out().replaceAll(" +", " ");
        for (String line : List.of("1. 1 2 3 CV 0 IC 0 TIS 8 FT, Mod, ModGr", "2. 2 2 2 CV 0 IC 0 TIS 9 Ntl, Mod, Stag",
                "3. 2 3 2 CV 0 IC 0 TIS 15 Ntl, Alrt, Stag", "4. 3 1 3 CV 1 IC 0 TIS 12 Mix, Rlx, ModGr")) {
            assertTrue(out1.contains(line), line + "\n" + r.out());
        }
        Table t = table(out, "cib-scenarios");
        assertEquals(4, t.rowCount());
        assertTrue(Files.isRegularFile(out.resolve("report.html")));
        assertTrue(Files.isRegularFile(out.resolve("inputs/model.scw")));
        assertFalse(Cli.hasStackTrace(r.err()), r.err());
    }

    @Test
    void cibWithSuccessionAndAToleranceOnTheSample() throws IOException {
        Path out = tmp.resolve("global-tol");
        Cli.Result r = Cli.run("cib", GLOBAL.toString(), "--out", out.toString(), "--tolerance", "1", "--succession",
                "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith(table(out, "cib-scenarios").rowCount() + " scenarios with inconsistency <= 1"),
                r.out());
        assertTrue(table(out, "cib-scenarios").rowCount() > 4);
        assertTrue(Files.isRegularFile(out.resolve("tables/cib-basins.csv")));
    }

    @Test
    void micmacOnAModel() throws IOException {
        Path out = tmp.resolve("micmac");
        Cli.Result r = Cli.run("micmac", MODEL.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals(3, table(out, "micmac").rowCount());
    }

    @Test
    void aModelWithoutTheQualitativePartSaysSoWithoutStackTrace() {
        Cli.Result r = Cli.run("cib", Cli.DEMO_MODEL.toString(), "--out", tmp.resolve("none").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("the model has no cib: section"), r.err());
        assertFalse(Cli.hasStackTrace(r.err()), r.err());
        assertFalse(Files.exists(tmp.resolve("none")));
        Cli.Result m = Cli.run("micmac", Cli.DEMO_MODEL.toString(), "--out", tmp.resolve("none").toString());
        assertEquals(2, m.code(), m.toString());
        assertTrue(m.err().contains("the model has no micmac: section"), m.err());
    }
}

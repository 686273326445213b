package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.foresight.job.Hashes;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One real job (Monte Carlo on the demo model, English and Finnish) checked against the run directory contract. */
class RunEndToEndTest {
    @TempDir
    static Path tmp;
    static Path dir;
    static Cli.Result result;

    @BeforeAll
    static void runTheDemoJob() {
        dir = tmp.resolve("demo-run");
        result = Cli.run("run", Cli.DEMO.toString(), "--out", dir.toString(), "--samples", "1000", "--quiet");
    }

    @Test
    void exitsZeroAndSaysWhereTheReportIs() {
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("Report: "), result.out());
        assertTrue(result.out().contains("report.html"), result.out());
        assertEquals("", result.err(), "--quiet prints nothing on stderr");
    }

    @Test
    void writesEveryFileOfTheContract() throws IOException {
        for (String f : List.of("run.json", "report.html", "report.pdf", "report.xlsx", "report.fi.html", "report.fi.pdf",
                "tables/montecarlo-summary.csv", "tables/montecarlo-exceedance.csv", "inputs/job.yaml", "inputs/model.yaml")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f + " is missing");
            assertTrue(Files.size(dir.resolve(f)) > 0, f + " is empty");
        }
        List<Path> charts;
        try (var s = Files.list(dir.resolve("charts"))) {
            charts = s.toList();
        }
        assertTrue(charts.stream().anyMatch(p -> p.toString().endsWith(".png")), "no PNG charts");
        assertTrue(charts.stream().anyMatch(p -> p.toString().endsWith(".svg")), "no SVG charts");
        for (Path png : charts.stream().filter(p -> p.toString().endsWith(".png")).toList()) {
            byte[] b = Files.readAllBytes(png);
            assertEquals((byte) 0x89, b[0], png + " is not a PNG");
            assertEquals('P', b[1]);
        }
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("demo-run"), s.map(p -> p.getFileName().toString()).toList(),
                    "no partial directory is left next to the run");
        }
    }

    @Test
    void manifestRecordsInputsWithTheirHashes() throws IOException {
        JsonNode m = new ObjectMapper().readTree(dir.resolve("run.json").toFile());
        assertEquals("foresight-run/1", m.get("format").asText());
        assertEquals("demo", m.get("job").get("id").asText());
        assertEquals(Hashes.sha256(Files.readAllBytes(Cli.DEMO)), m.get("job").get("sha256").asText());
        assertEquals(Hashes.sha256(Files.readAllBytes(Cli.DEMO_MODEL)), m.get("model").get("sha256").asText());
        assertEquals(42, m.get("seed").asLong());
        assertEquals(1000, m.get("analyses").get(0).get("settings").get("samples").asInt(), "--samples overrides the job");
        assertTrue(m.get("versions").has("foresight") && m.get("versions").has("java"));
        assertTrue(m.get("started").asText().endsWith("Z") && m.get("finished").asText().endsWith("Z"));
        assertTrue(m.get("millis").asLong() >= m.get("analyses").get(0).get("millis").asLong());
        for (JsonNode f : m.get("files")) {
            byte[] b = Files.readAllBytes(dir.resolve(f.get("path").asText()));
            assertEquals(Hashes.sha256(b), f.get("sha256").asText(), f.get("path").asText());
        }
        var tables = new ArrayList<String>();
        m.get("analyses").get(0).get("tables").forEach(t -> tables.add(t.get("name").asText()));
        assertTrue(tables.contains("montecarlo-summary"), tables.toString());
    }

    @Test
    void htmlIsSelfContainedWithEmbeddedCharts() throws IOException {
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("<div class=\"chart\"><svg "), "charts are embedded, inline, with their text");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http") || html.contains("<link"),
                "nothing is loaded from elsewhere");
        assertFalse(html.contains("<script"), "no scripts");
        assertTrue(html.contains("What the analysis says"));
        assertTrue(html.contains("Companies&#39; readiness to internationalise") || html.contains("Companies' readiness"),
                "the assumptions table lists the drivers");
        assertTrue(html.contains("Public funding for internationalisation depends on the next programme period."),
                "source text is shown with the driver's provenance");
    }

    @Test
    void finnishReportIsPresentAndDifferent() throws IOException {
        String en = Files.readString(dir.resolve("report.html"));
        String fi = Files.readString(dir.resolve("report.fi.html"));
        assertNotEquals(en, fi);
        assertTrue(fi.contains("lang=\"fi\""));
        assertTrue(fi.contains("Mitä analyysi kertoo"), "fixed text in Finnish");
        assertTrue(fi.contains("Yritysten kansainvälistymisvalmius"), "label_fi is used");
        assertFalse(fi.contains("What the analysis says"));
        assertTrue(en.contains("Companies"), "English labels in the English report");
    }

    @Test
    void pdfHasTheBriefFirstAndTheSectionsAfter() throws IOException {
        try (var pdf = Loader.loadPDF(dir.resolve("report.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() >= 3, "summary, sections, assumptions: " + pdf.getNumberOfPages());
            var strip = new PDFTextStripper();
            strip.setStartPage(1);
            strip.setEndPage(1);
            String first = strip.getText(pdf);
            // the decision brief opens the report; the summary of findings follows the contents page
            assertTrue(first.contains("Decision brief"), first);
            assertTrue(first.contains("Internationalisation index"), "the brief names the outcome by its label: " + first);
            strip.setStartPage(2);
            strip.setEndPage(pdf.getNumberOfPages());
            String rest = strip.getText(pdf);
            assertTrue(rest.contains("What the analysis says"));
            assertTrue(rest.contains("Assumptions and their sources"));
            assertTrue(rest.contains("Method notes"));
        }
        try (var pdf = Loader.loadPDF(dir.resolve("report.fi.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Oletukset ja niiden lähteet"));
        }
    }

    @Test
    void workbookHasOneSheetPerTableWithNumbers() throws IOException {
        try (var zip = new ZipFile(dir.resolve("report.xlsx").toFile())) {
            String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(workbook.contains("name=\"Outcome distributions\""), workbook);
            assertTrue(workbook.contains("name=\"Target probabilities\""), workbook);
            assertTrue(workbook.contains("name=\"Contents\""), workbook);
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(styles.contains("0.0000") && styles.contains("0.0%"), "decimal and percent number formats are declared");
        }
        try (var zip = new ZipFile(dir.resolve("report.fi.xlsx").toFile())) {
            String workbook = new String(zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(workbook.contains("name=\"Sis&#xe4;llys\"") && workbook.contains("name=\"Tulosten jakaumat\""), workbook);
        }
    }

    @Test
    void reportCommandMakesTheSameReportFromTheRunDirectory() throws IOException {
        String before = Files.readString(dir.resolve("report.html"));
        String beforeFi = Files.readString(dir.resolve("report.fi.html"));
        Files.delete(dir.resolve("report.html"));
        Cli.Result r = Cli.run("report", dir.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals(before, Files.readString(dir.resolve("report.html")),
                "the report made from tables/, charts/ and inputs/ equals the one made during the run");
        assertEquals(beforeFi, Files.readString(dir.resolve("report.fi.html")));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().equals(".foresight-run")), "no partial files left");
        }
        try (var s = Files.list(dir.getParent())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("partial")), "no partial directory beside");
        }
    }
}

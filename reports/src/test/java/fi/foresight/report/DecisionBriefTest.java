package fi.foresight.report;

import fi.foresight.io.ModelFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.job.Language;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kanta-Häme report as a decision-maker gets it: the brief's chances equal montecarlo-exceedance.csv, the target
 * table holds every scenario in the HTML and the PDF, the PDF has bookmarks, no table is cut, and the Finnish report
 * states targets in words.
 */
class DecisionBriefTest {
    static final Path MODEL = Path.of("../scenarios/kanta-hame/model.yaml");

    @TempDir
    static Path tmp;
    static Path run;
    static Model model;

    @BeforeAll
    static void runTheStudy() throws IOException {
        Path dir = tmp.resolve("study");
        Files.createDirectories(dir);
        Files.copy(MODEL, dir.resolve("model.yaml"));
        Files.createDirectories(dir.resolve("data"));   // the data files the model reads (survey, Delphi rounds)
        try (var files = Files.list(MODEL.resolveSibling("data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, dir.resolve("data").resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("job.yaml"), """
                job: kh_brief
                description: "How likely the province is to reach its targets, and which lever moves the odds most."
                model: model.yaml
                seed: 11
                samples: 400
                analyses:
                  - type: montecarlo
                outputs: [html, pdf, csv]
                language: [en, fi]
                """);
        run = tmp.resolve("out");
        Cli.Result r = Cli.run("run", dir.resolve("job.yaml").toString(), "--out", run.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        model = ModelFiles.load(MODEL);
    }

    static List<String[]> csv(String name) throws IOException {
        var rows = new ArrayList<String[]>();
        for (String line : Files.readAllLines(run.resolve("tables").resolve(name + ".csv"))) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    static String html(String name) throws IOException {
        return Files.readString(run.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theBriefsChancesAreTheMonteCarloExceedanceTable() throws IOException {
        List<String[]> rows = csv("montecarlo-exceedance");
        // the model has a horizon: the run is at its last year, which the table names
        assertEquals(List.of("scenario", "lever", "year", "outcome", "target", "probability", "se"), List.of(rows.get(0)));
        var targets = new LinkedHashSet<String>();
        var levers = new LinkedHashSet<String>();
        var scenarios = new LinkedHashSet<String>();
        Map<String, String> p = new HashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            scenarios.add(row[0]);
            levers.add(row[1]);
            targets.add(row[4]);
            p.put(row[4] + "|" + row[1] + "|" + row[0], row[5]);
        }
        var expected = new ArrayList<String>();
        for (String t : targets) {
            for (String l : levers) {
                for (String s : scenarios) {
                    expected.add(p.get(t + "|" + l + "|" + s));
                }
            }
        }
        for (Language lang : List.of(Language.EN, Language.FI)) {
            String page = html(lang == Language.EN ? "report.html" : "report.fi.html");
            var cell = Pattern.compile("data-p=\"([^\"]*)\"[^>]*>(?:<span class=\"mark\">[^<]*</span> )?<span class=\"p\">([^<]*)</span>")
                    .matcher(page);
            var shown = new ArrayList<String>();
            Numbers numbers = Messages.of(lang).numbers();
            while (cell.find()) {
                shown.add(cell.group(1));
                assertEquals(numbers.percent(Double.parseDouble(cell.group(1))), unescape(cell.group(2)), lang + " cell text");
            }
            assertEquals(expected, shown, lang + ": the brief's grid against montecarlo-exceedance.csv");
        }
        assertEquals(6 * 6 * 2, expected.size());
    }

    @Test
    void theTargetTableHasEveryScenarioInHtmlAndPdf() throws IOException {
        List<String> labels = new ArrayList<>();
        Labels en = new Labels(model, Language.EN);
        for (Scenario s : model.allScenarios()) {
            labels.add(en.scenario(s.id()));
        }
        assertEquals(6, labels.size());
        String caption = Messages.of(Language.EN).get("table.montecarlo-exceedance");
        String page = html("report.html");
        int at = page.indexOf(">" + caption);
        assertTrue(at > 0, "no target table in report.html");
        String table = page.substring(at, page.indexOf("</table>", at));
        int rows = table.split("<tr>", -1).length - 2; // less the text before the first row and the header row
        assertEquals(csv("montecarlo-exceedance").size() - 1, rows, "rows of the target table in report.html");
        String text;
        try (PDDocument pdf = Loader.loadPDF(run.resolve("report.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        int start = text.indexOf(caption);
        assertTrue(start > 0, "no target table in report.pdf");
        int end = text.indexOf(Messages.of(Language.EN).get("assumptions.title"), start);
        String region = text.substring(start, end);
        for (String label : labels) {
            String head = firstWords(label, 2);
            assertTrue(table.contains(label), label + " missing from the HTML target table");
            // one row per lever and target: 6 levers x 2 targets
            assertTrue(count(region, head) >= 12, head + " appears " + count(region, head) + " times in the PDF target table");
        }
    }

    @Test
    void thePdfHasBookmarksAndAContentsPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(run.resolve("report.pdf").toFile())) {
            var outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertNotNull(outline, "no bookmarks");
            var titles = new ArrayList<String>();
            for (PDOutlineItem item : outline.children()) {
                titles.add(item.getTitle());
                item.children().forEach(c -> titles.add(c.getTitle()));
            }
            var m = Messages.of(Language.EN);
            for (String key : List.of("toc.brief", "toc.title", "toc.summary", "assumptions.title", "method.title",
                    "table.montecarlo-exceedance")) {
                assertTrue(titles.stream().anyMatch(t -> t.startsWith(m.get(key))), key + " not bookmarked: " + titles);
            }
            var stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            String first = stripper.getText(pdf);
            assertTrue(first.contains(m.get("brief.title")), "the brief is not on the first page");
        }
    }

    @Test
    void noTableIsCut() throws IOException {
        String cut = Messages.of(Language.EN).get("table.truncated").substring(0, 12);
        assertFalse(html("report.html").contains(cut));
        String caption = Messages.of(Language.EN).get("table.montecarlo-summary");
        String page = html("report.html");
        int at = page.indexOf(">" + caption);
        String table = page.substring(at, page.indexOf("</table>", at));
        assertEquals(csv("montecarlo-summary").size() - 1, table.split("<tr>", -1).length - 2);
    }

    @Test
    void theFinnishReportStatesTargetsInWordsAndSaysTheNumbersAreIllustrative() throws IOException {
        String fi = html("report.fi.html");
        assertFalse(fi.contains("&gt;= 2000"), "a raw target in the Finnish report");
        // the model's own Finnish words for the target (label_fi)
        assertTrue(fi.contains("V\u00e4hint\u00e4\u00e4n 2 000 kansainv\u00e4listynytt\u00e4 pk-yrityst\u00e4"),
                "the target in Finnish words");
        assertTrue(fi.contains("havainnollistaviksi (A1"), "the illustrative line in Finnish");
        assertTrue(fi.indexOf("havainnollistaviksi") < fi.indexOf("data-p="), "the line comes before the numbers");
        String en = html("report.html");
        assertTrue(en.contains("at least 2,000"));
        assertTrue(en.indexOf("illustrative (A1") < en.indexOf("data-p="));
    }

    @Test
    void provenanceListsTheWildCardsSources() throws IOException {
        String en = html("report.html");
        int at = en.indexOf("Wild card: the eastern market closes entirely</strong></td>");
        assertTrue(at > 0, "the event is not listed in the assumptions");
        String row = en.substring(at, en.indexOf("</tr>", at));
        for (String id : List.of("S17", "S18", "A1", "A2")) {
            assertTrue(row.contains("href=\"#src-" + id + "\""), id + " not cited for the wild card");
        }
        assertTrue(en.contains("id=\"src-A2\""));
    }

    @Test
    void aQualitativeOnlyReportHasNoSamplingLine() throws IOException {
        Path out = tmp.resolve("cib");
        Path scw = Path.of("../model/src/test/resources/fi/foresight/cib/scenariowizard/CIB_global.scw");
        Cli.Result r = Cli.run("cib", scw.toString(), "--out", out.toString(), "--outputs", "html", "--quiet");
        assertEquals(0, r.code(), r.toString());
        String page = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        var m = Messages.of(Language.EN);
        for (String key : List.of("fact.samples", "fact.seed", "fact.levers", "fact.threads")) {
            assertFalse(page.contains("<th scope=\"row\">" + m.get(key) + "</th>"), key + " on a qualitative-only report");
        }
    }

    private static String firstWords(String label, int n) {
        String[] words = label.split(" ");
        return String.join(" ", List.of(words).subList(0, Math.min(n, words.length)));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#39;", "'");
    }
}

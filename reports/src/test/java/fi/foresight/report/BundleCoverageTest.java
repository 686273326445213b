package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.job.Language;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finnish throughout: every text of {@code messages.properties} has a Finnish text of its own in
 * {@code messages_fi.properties}, and the Finnish report of a small model shows none of the English fixed text.
 *
 * <p>Not texts, and so the same in both files: the bundle's settings ({@link #SETTINGS}: which columns a table
 * shows, number formats, how findings group, how many the summary lists). The same in both
 * languages on purpose ({@link #SAME_IN_BOTH}): symbols and abbreviations of statistics (μ, σ, P5, SRC, Min, Max),
 * proper names (Foresight Workbench, Java, Sobol') and texts that are only arguments and signs.
 */
class BundleCoverageTest {
    /** Key prefixes of settings, not texts. */
    static final List<String> SETTINGS = List.of("report.columns.", "format.", "summary.group.",
            "report.brief.", "report.caveat.", "report.robust.");  // lists of ids and flags, not texts
    /** Values written alike in English and Finnish. */
    static final Set<String> SAME_IN_BOTH = Set.of("Foresight Workbench", "Java", "Sobol'", "Min", "Max", "min", "max",
            "SRC");

    @TempDir
    static Path tmp;
    static String finnishText;
    static String englishText;

    @BeforeAll
    static void renderTheDemoReports() throws IOException {
        Path dir = tmp.resolve("run");
        Cli.Result r = Cli.run("run", Cli.DEMO.toString(), "--out", dir.toString(), "--samples", "500", "--quiet");
        assertEquals(0, r.code(), r.toString());
        finnishText = visibleText(Files.readString(dir.resolve("report.fi.html"), StandardCharsets.UTF_8));
        englishText = visibleText(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8));
    }

    @Test
    void everyTextHasAFinnishTextOfItsOwn() {
        Map<String, String> en = Messages.of(Language.EN).all();
        Map<String, String> fi = Messages.of(Language.FI).all();
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(fi.keySet()), "the same keys");
        var same = new ArrayList<String>();
        for (String k : en.keySet()) {
            String v = en.get(k);
            if (isSetting(k) || !v.equals(fi.get(k)) || alike(v)) {
                continue;
            }
            same.add(k + "=" + v);
        }
        assertEquals(List.of(), same, "Finnish texts identical to the English ones");
    }

    @Test
    void theFinnishReportShowsNoEnglishFixedText() {
        List<String> found = englishFragmentsIn(finnishText);
        assertEquals(List.of(), found, "English fixed text in the Finnish report");
    }

    @Test
    void theCheckFindsEnglishTextWhereThereIsSome() {
        assertTrue(englishFragmentsIn(englishText).size() > 20, "the English report is full of the English texts");
        assertFalse(englishFragmentsIn(finnishText + " Assumptions and their sources ").isEmpty());
    }

    @Test
    void theFinnishReportShowsTheModelsFinnishTexts() {
        assertTrue(finnishText.contains("Esimerkkimaakunta 2035"), "the model's title_fi");
        assertTrue(finnishText.contains("Alueen yritykset ovat yhä valmiimpia lähtemään ulkomaan markkinoille."),
                "a source's text_fi");
        assertTrue(finnishText.contains("Yritysten kansainvälistymisvalmius"), "a driver's label_fi");
        for (String english : List.of("Demo region 2035", "Companies in the region are increasingly ready",
                "Companies' readiness to internationalise", "Open markets", "More public funding")) {
            assertFalse(finnishText.contains(english), "English model text in the Finnish report: " + english);
        }
        assertTrue(englishText.contains("Demo region 2035") && englishText.contains("Companies in the region"));
    }

    /** Multi-word pieces of the English texts (between their arguments) that occur in {@code text}. */
    private static List<String> englishFragmentsIn(String text) {
        Map<String, String> en = Messages.of(Language.EN).all();
        Map<String, String> fi = Messages.of(Language.FI).all();
        var found = new TreeSet<String>();
        for (var e : en.entrySet()) {
            if (isSetting(e.getKey()) || e.getValue().equals(fi.get(e.getKey()))) {
                continue;
            }
            for (String piece : e.getValue().split("\\{[^}]*}")) {
                String p = piece.replaceAll("^[\\s.,;:()\u2013-]+|[\\s.,;:()\u2013-]+$", "");
                if (p.split("\\s+").length >= 2 && p.length() >= 8 && text.contains(p)) {
                    found.add(e.getKey() + ": " + p);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static boolean isSetting(String key) {
        return SETTINGS.stream().anyMatch(key::startsWith) || key.matches("summary\\..*\\.limit");
    }

    /** A value written alike in both languages: listed, a percentile (P5), or no word of letters at all. */
    private static boolean alike(String v) {
        String words = v.replaceAll("\\{[^}]*}", "").trim();
        return SAME_IN_BOTH.contains(v) || v.matches("P[0-9]+") || !words.matches("(?s).*\\p{IsLatin}{2,}.*");
    }

    /** The report's visible text: no charts (their text comes from the chart specs), styles or tags. */
    static String visibleText(String html) {
        String s = html.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]+>", " ");
        s = s.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&nbsp;", "\u00a0").replace("&amp;", "&");
        return s.replaceAll("[ \\t\\r\\n]+", " ");
    }
}

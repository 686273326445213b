package fi.foresight.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kanta-Häme job's charts, drawn per language: every chart has an English and a Finnish SVG with real text,
 * the Finnish one in Finnish, each under the size bound; the reports embed their own language's charts, within
 * the report size bound; and the files are byte-identical for 1 and 2 threads.
 *
 * <p>Samples are cut to 2000 to keep the test quick: the charts (their number, kinds and texts) are those of the
 * full job, and their size does not grow with samples (curves are thinned to the plot's pixel columns).
 */
class ChartLanguagesTest {
    static final Path JOB = Path.of("../scenarios/kanta-hame/job.yaml");
    /** Largest SVG a chart may be. */
    static final long MAX_SVG = 150 * 1024;
    /** Largest HTML report per language. */
    static final long MAX_REPORT = 3 * 1024 * 1024;

    @TempDir
    static Path tmp;
    static Path one;
    static Path two;

    @BeforeAll
    static void run() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        for (Path out : List.of(one, two)) {
            Cli.Result r = Cli.run("run", JOB.toString(), "--samples", "2000", "--outputs", "png,html", "--threads",
                    out == one ? "1" : "2", "--out", out.toString(), "--quiet");
            assertEquals(0, r.code(), r.toString());
        }
    }

    private static List<Path> englishSvgs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            return s.filter(p -> p.toString().endsWith(".svg") && !p.toString().endsWith(".fi.svg")).sorted().toList();
        }
    }

    private static Path finnish(Path english) {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.substring(0, name.length() - 4) + ".fi.svg");
    }

    @Test
    void everyChartHasAFinnishSvgWithFinnishTextThatDiffersFromTheEnglish() throws IOException {
        List<Path> svgs = englishSvgs(one);
        assertTrue(svgs.size() >= 40, "the job draws its charts: " + svgs.size());
        int finnishWords = 0;
        for (Path en : svgs) {
            Path fi = finnish(en);
            assertTrue(Files.isRegularFile(fi), "no Finnish chart beside " + en.getFileName());
            String e = Files.readString(en);
            String f = Files.readString(fi);
            assertNotEquals(e, f, en.getFileName() + ": the Finnish chart is the English one");
            List<String> enTexts = texts(e);
            List<String> fiTexts = texts(f);
            assertFalse(fiTexts.isEmpty(), fi.getFileName() + " has no <text>");
            assertNotEquals(enTexts, fiTexts, fi.getFileName() + ": the Finnish chart's texts are the English ones");
            if (fiTexts.stream().anyMatch(t -> t.matches(".*[äöÄÖ].*") || t.matches(".*\\d,\\d.*"))) {
                finnishWords++;
            }
        }
        assertTrue(finnishWords >= svgs.size() * 9 / 10, "Finnish letters or decimal commas in " + finnishWords
                + " of " + svgs.size() + " Finnish charts");
    }

    @Test
    void everySvgHasRealTextAndStaysUnderTheSizeBound() throws IOException {
        long largest = 0;
        try (Stream<Path> s = Files.list(one.resolve("charts"))) {
            for (Path svg : s.filter(p -> p.toString().endsWith(".svg")).toList()) {
                long size = Files.size(svg);
                largest = Math.max(largest, size);
                assertTrue(size <= MAX_SVG, svg.getFileName() + " is " + size + " bytes");
                String text = Files.readString(svg);
                assertTrue(text.contains("<text"), svg.getFileName() + " draws its text as shapes");
                assertFalse(text.contains("<glyph") || text.contains("<font"), svg.getFileName() + " embeds a font");
            }
        }
        assertTrue(largest > 0);
    }

    @Test
    void eachReportEmbedsItsOwnLanguagesChartsOnceAndStaysSmall() throws IOException {
        String en = Files.readString(one.resolve("report.html"));
        String fi = Files.readString(one.resolve("report.fi.html"));
        assertTrue(Files.size(one.resolve("report.html")) <= MAX_REPORT, "report.html too large");
        assertTrue(Files.size(one.resolve("report.fi.html")) <= MAX_REPORT, "report.fi.html too large");
        assertFalse(en.contains("data:image/svg+xml;base64"), "charts are inlined, not base64");
        // a Finnish chart text (the year axis of the trajectories) only in the Finnish report, the English in the English
        assertTrue(fi.contains(">Vuosi</text"), "Finnish chart text in report.fi.html");
        assertFalse(fi.contains(">Year</text"), "no English chart axis in report.fi.html");
        assertTrue(en.contains(">Year</text"), "English chart text in report.html");
        assertFalse(en.contains(">Vuosi</text"), "no Finnish chart axis in report.html");
        int charts = count(en, "<svg ");
        assertEquals(count(fi, "<svg "), charts, "the same charts in both languages");
        for (String page : List.of(en, fi)) {
            Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
            var seen = new java.util.HashSet<String>();
            while (ids.find()) {
                assertTrue(seen.add(ids.group(1)), "id " + ids.group(1) + " twice in one page");
            }
            assertTrue(seen.size() > charts, "the charts' clip paths have ids");
        }
    }

    @Test
    void chartFilesAreByteIdenticalForOneAndTwoThreads() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(one.resolve("charts"))) {
            files = s.sorted().toList();
        }
        try (Stream<Path> s = Files.list(two.resolve("charts"))) {
            assertEquals(files.size(), s.count());
        }
        for (Path a : files) {
            Path b = two.resolve("charts").resolve(a.getFileName());
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a.getFileName() + " differs");
        }
    }

    static List<String> texts(String svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text").matcher(svg);
        var out = new java.util.ArrayList<String>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

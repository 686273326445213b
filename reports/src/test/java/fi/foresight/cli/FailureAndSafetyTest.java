package fi.foresight.cli;

import fi.foresight.job.types.AnalysisTypes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.job.AnalysisRegistry;
import fi.foresight.testing.Cli;
import fi.foresight.testing.FakeAnalyses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed runs leave no complete-looking report; nothing escapes the run directory; model text is escaped. */
class FailureAndSafetyTest {
    static final AnalysisRegistry REGISTRY = AnalysisTypes.standard()
            .register("fake", FakeAnalyses.fake())
            .register("boom", FakeAnalyses.failing())
            .register("broken_charts", FakeAnalyses.brokenCharts())
            .register("escape", FakeAnalyses.escaping("../escaped"));

    @TempDir
    Path tmp;

    private Path job(String analyses, String extra) throws IOException {
        Path model = tmp.resolve("model.yaml");
        Files.copy(Cli.DEMO_MODEL, model, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, "job: failing\nmodel: model.yaml\nseed: 3\nsamples: 200\nthreads: 1\n"
                + "outputs: [html, csv]\n" + extra + "analyses:\n" + analyses);
        return job;
    }

    private List<String> everythingUnder(Path root) throws IOException {
        try (var s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void anAnalysisThatFailsMidwayLeavesNoRunDirectory() throws IOException {
        Path job = job("  - {type: montecarlo}\n  - {type: boom}\n", "");
        Path out = tmp.resolve("runs/failing");
        Cli.Result r = Cli.run(REGISTRY, "run", job.toString(), "--out", out.toString(), "--quiet");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("analysis 2 of 2 (boom) failed: injected failure for the test"), r.err());
        assertFalse(Cli.hasStackTrace(r.err()), r.err());
        assertFalse(Files.exists(out), "no run directory after a failed run");
        try (var s = Files.walk(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("report.")),
                    "no report file anywhere: " + everythingUnder(tmp));
        }
        try (var s = Files.list(tmp.resolve("runs"))) {
            assertEquals(0, s.count(), "the partial directory is removed: " + everythingUnder(tmp));
        }
    }

    @Test
    void aFailureWhileWritingResultsLeavesAnEarlierRunAsItWas() throws IOException {
        Path out = tmp.resolve("runs/failing");
        Path good = job("  - {type: fake}\n", "");
        assertEquals(0, Cli.run(REGISTRY, "run", good.toString(), "--out", out.toString(), "--quiet").code());
        String manifest = Files.readString(out.resolve("run.json"));
        String report = Files.readString(out.resolve("report.html"));

        Files.delete(good);
        Path bad = job("  - {type: fake}\n  - {type: broken_charts}\n", "");
        Cli.Result r = Cli.run(REGISTRY, "run", bad.toString(), "--out", out.toString(), "--quiet");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("could not be written: injected failure while drawing"), r.err());
        assertEquals(manifest, Files.readString(out.resolve("run.json")), "the earlier run is untouched");
        assertEquals(report, Files.readString(out.resolve("report.html")));
        assertFalse(Files.exists(out.resolve("tables/broken-table.csv")));
        try (var s = Files.list(out.getParent())) {
            assertEquals(List.of("failing"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aTableNameCannotLeaveTheRunDirectory() throws IOException {
        Path job = job("  - {type: escape}\n", "");
        Path out = tmp.resolve("runs/failing");
        Cli.Result r = Cli.run(REGISTRY, "run", job.toString(), "--out", out.toString(), "--quiet");
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("'../escaped' is not a plain file name"), r.err());
        try (var s = Files.walk(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("escaped")), everythingUnder(tmp).toString());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void aJobIdCannotNameAPathOutside() throws IOException {
        Path model = tmp.resolve("model.yaml");
        Files.copy(Cli.DEMO_MODEL, model);
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, "job: ../outside\nmodel: model.yaml\nanalyses: [{type: montecarlo}]\n");
        Cli.Result r = Cli.run("run", job.toString(), "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(job + ":1:6: job: job id '../outside' is not a plain name"), r.err());
    }

    @Test
    void anOutputDirectoryWithOtherFilesIsRefused() throws IOException {
        Path out = tmp.resolve("precious");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep me");
        Cli.Result r = Cli.run(REGISTRY, "run", job("  - {type: fake}\n", "").toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("is not empty and holds no run written by Foresight"), r.err());
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
        assertEquals(List.of("", "notes.txt"), everythingUnder(out));
    }

    @Test
    void modelTextIsEscapedInTheReport() throws IOException {
        String evil = "<script>alert(1)</script>";
        Path job = tmp.resolve("job.yaml");
        Files.writeString(job, String.join("\n",
                "job: escaping",
                "title: \"" + evil + "\"",
                "outputs: [html, pdf]",
                "samples: 200",
                "model:",
                "  model: evil",
                "  title: \"" + evil + "\"",
                "  sources: {S1: \"" + evil + " & more\"}",
                "  variables:",
                "    x:",
                "      label: \"" + evil + "\"",
                "      unit: \"<b>\"",
                "      distribution: {type: uniform, min: 0, max: 1}",
                "      source: [S1]",
                "  outcomes:",
                "    y: {label: \"" + evil + "\", expression: \"2 * x\"}",
                "  scenarios:",
                "    s: {label: \"" + evil + "\", description: \"" + evil + "\", shift: {x: 0.1}}",
                "analyses: [{type: montecarlo}]", ""));
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", job.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains(evil), "a label never reaches the page as markup");
        assertFalse(html.contains("<b>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "it shows as text");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains(evil), "the PDF shows the label literally");
        }
    }
}

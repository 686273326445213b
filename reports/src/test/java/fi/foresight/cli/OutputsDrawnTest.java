package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.rundir.Manifest;
import fi.foresight.rundir.RenderedChart;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing is drawn that is not written: a CSV-only run renders no chart, and --outputs overrides the job file. */
class OutputsDrawnTest {
    @TempDir
    Path tmp;

    private Path job(String outputs) throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Files.writeString(tmp.resolve("job.yaml"), "job: demo\nmodel: model.yaml\nsamples: 500\n"
                + "analyses: [{type: montecarlo}]\n" + outputs);
    }

    @Test
    void aCsvOnlyJobDrawsNoChart() throws IOException {
        long before = RenderedChart.renders();
        Cli.Result r = Cli.run("run", job("outputs: [csv]\n").toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals(before, RenderedChart.renders(), "no chart rendered");
        assertFalse(Files.exists(tmp.resolve("out/charts")));
        assertTrue(Manifest.read(tmp.resolve("out/run.json")).analyses().get(0).charts().isEmpty(),
                "run.json lists no chart");
        assertFalse(r.out().contains("charts:"), "the summary names only what exists: " + r.out());
        assertTrue(r.out().contains("Tables: "), r.out());
    }

    @Test
    void outputsOnTheCommandLineOverrideTheJobFile() throws IOException {
        Path job = job("");
        long before = RenderedChart.renders();
        Cli.Result r = Cli.run("run", job.toString(), "--outputs", "csv", "--out", tmp.resolve("a").toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals(before, RenderedChart.renders());
        assertEquals(java.util.List.of("csv"), Manifest.read(tmp.resolve("a/run.json")).outputs());
        assertFalse(Files.exists(tmp.resolve("a/report.html")));

        Cli.Result png = Cli.run("run", job.toString(), "--outputs", "csv,png", "--out", tmp.resolve("b").toString(), "--quiet");
        assertEquals(0, png.code(), png.toString());
        assertTrue(RenderedChart.renders() > before, "charts drawn when png is asked for");
        assertTrue(Files.isDirectory(tmp.resolve("b/charts")));

        Cli.Result bad = Cli.run("run", job.toString(), "--outputs", "csv,docx", "--out", tmp.resolve("c").toString());
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("--outputs: unknown output 'docx'; outputs are html, pdf, xlsx, csv, png"), bad.err());
    }

    @Test
    void micmacTakesOutputsToo() {
        long before = RenderedChart.renders();
        Cli.Result r = Cli.run("micmac", RunOwnershipCliTest.QUALITATIVE.toString(), "--outputs", "csv", "--out",
                tmp.resolve("m").toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals(before, RenderedChart.renders());
        assertTrue(Files.isRegularFile(tmp.resolve("m/tables/micmac.csv")));
    }
}

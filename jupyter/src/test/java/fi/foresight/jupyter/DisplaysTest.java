package fi.foresight.jupyter;

import fi.foresight.io.ModelFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.chart.Text;
import fi.foresight.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What tables, charts, models and run directories look like in a notebook. */
class DisplaysTest {

    private static String data(DisplayData d, String mime) {
        Object v = d.getData(MIMEType.parse(mime));
        return v == null ? null : v.toString();
    }

    @Test
    void aTableShowsItsFirstRowsShapeAndColumnTypesEscaped() {
        Table t = Table.create("a<b", IntColumn.create("n", java.util.stream.IntStream.range(0, 30).toArray()),
                StringColumn.create("s", java.util.Collections.nCopies(30, "x&y")),
                DoubleColumn.create("v", new double[30]));
        DisplayData d = Displays.of(t);
        String html = data(d, "text/html");
        assertTrue(html.contains("<b>a&lt;b</b> · 30 rows × 3 columns (first 20 shown)"), html);
        assertEquals(20, html.split("<tr>", -1).length - 2, html);  // 20 rows besides the header row
        assertTrue(html.contains("integer") && html.contains("text") && html.contains("number"), html);
        assertTrue(html.contains("x&amp;y") && !html.contains("x&y"), html);
        assertTrue(data(d, "text/plain").startsWith("a<b: 30 rows × 3 columns"), data(d, "text/plain"));
    }

    @Test
    void aChartShowsAsSvgAndPng() {
        DisplayData d = Displays.of(fi.foresight.chart.Charts.bars(Text.of("Bars", "Pylväät"), Text.plain("y"),
                Text.plain(List.of("a", "b")), Map.of(Text.plain("s"), new double[] {1, 2})));
        String svg = data(d, "image/svg+xml");
        assertTrue(svg.startsWith("<svg") || svg.contains("<svg"), svg);
        // drawn in English: the English title, not the Finnish one
        assertTrue(svg.contains(">Bars<") && !svg.contains("Pylväät"), svg);
        byte[] png = Base64.getDecoder().decode(data(d, "image/png"));
        assertEquals("PNG", new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("chart: Bars", data(d, "text/plain"));
    }

    @Test
    void aModelShowsWhatItHolds() {
        Model m = ModelFiles.load(JupyterTools.projectRoot().resolve("scenarios/kanta-hame/model.yaml"));
        String text = data(Displays.of(m), "text/plain");
        assertTrue(text.contains("drivers: " + m.drivers().size()) && text.contains("levers: " + m.levers().size())
                && text.contains("sources: " + m.sources().size()), text);
        assertTrue(data(Displays.of(m), "text/html").contains(m.title()), text);
    }

    @Test
    void aRunDirectoryShowsLinksToItsReports(@TempDir Path run) throws IOException {
        Files.writeString(run.resolve("run.json"), "{}");
        Files.writeString(run.resolve("report.html"), "<html></html>");
        Files.writeString(run.resolve("report.pdf"), "%PDF");
        Files.createDirectories(run.resolve("tables"));
        Files.writeString(run.resolve("tables/a.csv"), "x\n1\n");
        String html = data(Displays.of(run), "text/html");
        assertTrue(html.contains(">report.html</a>") && html.contains(">report.pdf</a>"), html);
        assertTrue(html.contains("1 tables, 0 charts"), html);
        assertEquals("\"plain\"", data(Displays.of("plain"), "text/plain"));
        assertEquals(run.resolve("tables").toString(), data(Displays.of(run.resolve("tables")), "text/plain"));
    }
}

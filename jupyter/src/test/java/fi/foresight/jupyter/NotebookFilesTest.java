package fi.foresight.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JShell notebook as a Jupyter one and its code back. */
class NotebookFilesTest {
    private static final String JSH = String.join("\n",
            "// expect-charts: 1",
            "//",
            "// 09 · A title",
            "// more words",
            "",
            "// --- 1. First part -------------------------",
            "// Why we load it.",
            "",
            "Model model = ModelFiles.load(scenarios.resolve(\"kanta-hame/model.yaml\"))",
            "",
            "// The chart:",
            "Charts.show(MonteCarloCharts.histogram(run, \"y\"))",
            "int x = 1",
            "");

    @Test
    void commentsBecomeMarkdownCodeBecomesCellsAndTheChartCountMovesToMetadata(@TempDir Path dir) throws IOException {
        JsonNode nb = new ObjectMapper().readTree(NotebookFiles.toIpynb(JSH));
        assertEquals(4, nb.get("nbformat").asInt());
        assertEquals(1, nb.get("metadata").get("foresight").get("expect_charts").asInt());
        assertEquals("foresight", nb.get("metadata").get("kernelspec").get("name").asText());
        JsonNode cells = nb.get("cells");
        assertEquals(5, cells.size(), cells.toString());
        assertEquals("# 09 · A title\nmore words", text(cells.get(0)));
        assertEquals("## 1. First part\nWhy we load it.", text(cells.get(1)));
        assertEquals("code", cells.get(2).get("cell_type").asText());
        assertTrue(cells.get(2).get("outputs").isEmpty() && cells.get(2).get("execution_count").isNull());
        assertEquals("The chart:", text(cells.get(3)));
        assertEquals("display(MonteCarloCharts.histogram(run, \"y\"))\nint x = 1", text(cells.get(4)));

        Path file = dir.resolve("09.ipynb");
        Files.writeString(file, NotebookFiles.toIpynb(JSH));
        assertEquals("Model model = ModelFiles.load(scenarios.resolve(\"kanta-hame/model.yaml\"))\n\n"
                + "display(MonteCarloCharts.histogram(run, \"y\"))\nint x = 1\n\n", NotebookFiles.code(file));
    }

    @Test
    void aBlankLineInsideABlockDoesNotEndTheCell() {
        String text = NotebookFiles.toIpynb("{\n    int a = 1; // ( not counted\n\n    String s = \"{\";\n}\n\nint b = 2\n");
        assertEquals(2, text.split("\"cell_type\": \"code\"", -1).length - 1, text);
        assertEquals(0, NotebookFiles.nesting("f(g(1), ')', \"(\") // {"));
        assertEquals(1, NotebookFiles.nesting("void f() {"));
    }

    @Test
    void theLayoutIsJupytersOwn() {
        String text = NotebookFiles.toIpynb("int x = 1\n");
        assertTrue(text.startsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": null,\n"
                + "   \"metadata\": {},\n   \"outputs\": [],\n"), text);
        assertTrue(text.endsWith("\"nbformat_minor\": 4\n}\n"), text);
    }

    private static String text(JsonNode cell) {
        StringBuilder sb = new StringBuilder();
        cell.get("source").forEach(l -> sb.append(l.asText()));
        return sb.toString();
    }
}

package fi.foresight.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The kernel over its real sockets: Jupyter's own client ({@code jupyter_client}, driven by
 * {@code kernel_client.py}) starts the packaged kernel through a kernelspec, as the notebook server does, and sends
 * one session of requests; the replies and IOPub messages are checked here.
 */
class KernelIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode results;
    private static String skipped;

    @BeforeAll
    static void runOneSessionWhenJupyterIsThere(@TempDir Path dir) throws IOException {
        try {
            runOneSession(dir);
        } catch (TestAbortedException e) {
            skipped = e.getMessage();
            System.out.println("KernelIT: " + skipped);
        }
    }

    @BeforeEach
    void sayWhySkipped() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    private static void runOneSession(Path dir) throws IOException {
        String python = JupyterTools.python();
        JupyterTools.installKernelSpec(dir.resolve("jupyter"));
        Path badModel = dir.resolve("bad-model.yaml");
        Files.writeString(badModel, String.join("\n",
                "model: bad",
                "variables:",
                "  x1: {distribution: {type: uniform, min: 5, max: 3}}",
                "outcomes:",
                "  y: {expression: \"x1\"}", ""), StandardCharsets.UTF_8);
        ArrayNode requests = JSON.createArrayNode();
        execute(requests, "1 + 1");
        execute(requests, "Table t = Table.create(\"demo\", DoubleColumn.create(\"x\", 1.5, 2.5),"
                + " StringColumn.create(\"name\", \"a\", \"b<c\"))\ndisplay(t)\nSystem.out.println(\"printed\")");
        execute(requests, "display(Charts.bars(Text.plain(\"Demo chart\"), Text.plain(\"y\"),"
                + " Text.plain(List.of(\"a\", \"b\")), Map.of(Text.plain(\"s\"), new double[] {1, 2})))");
        execute(requests, "Model bad = ModelFiles.load(Path.of(\"" + badModel.toString().replace("\\", "\\\\") + "\"))");
        execute(requests, "int before = 1\nThread.sleep(120_000)\nint after = 2").put("interrupt_after", 4);
        execute(requests, "before + 41");
        execute(requests, "ModelFiles.load(scenarios.resolve(\"kanta-hame/model.yaml\"))");
        execute(requests, "String s = null\n\ns.length()");
        execute(requests, "int y = \"a\"");
        requests.addObject().put("op", "complete").put("code", "MonteCarlo.o").put("cursor", 12);
        requests.addObject().put("op", "inspect").put("code", "ModelFiles.load(").put("cursor", 16);
        Path req = dir.resolve("requests.json");
        Path res = dir.resolve("results.json");
        JSON.writeValue(req.toFile(), requests);
        Path client = dir.resolve("kernel_client.py");
        try (InputStream in = KernelIT.class.getResourceAsStream("kernel_client.py")) {
            Files.copy(in, client);
        }
        JupyterTools.Result r = JupyterTools.run(List.of(python, client.toString(), "foresight", req.toString(),
                res.toString()), dir.resolve("jupyter"), 900);
        assertEquals(0, r.exit(), "the Jupyter client failed:\n" + r.output());
        System.out.println("KernelIT: " + r.output().lines().findFirst().orElse("") + " (start to first result)");
        results = JSON.readTree(res.toFile());
    }

    private static ObjectNode execute(ArrayNode requests, String code) {
        return requests.addObject().put("op", "execute").put("code", code);
    }

    private static JsonNode messages(int request, String type) {
        JsonNode iopub = results.get(request).get("iopub");
        return JSON.valueToTree(StreamSupport.stream(iopub.spliterator(), false)
                .filter(m -> type.equals(m.get("type").asText())).map(m -> m.get("content")).toList());
    }

    private static String errorText(int request) {
        JsonNode errors = messages(request, "error");
        assertEquals(1, errors.size(), results.get(request).toString());
        return String.join("\n", StreamSupport.stream(errors.get(0).get("traceback").spliterator(), false)
                .map(JsonNode::asText).toList()).replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Test
    void anExpressionAnswersWithItsValue() {
        assertEquals("ok", results.get(0).get("reply").get("status").asText());
        assertEquals("2", messages(0, "execute_result").get(0).get("data").get("text/plain").asText());
    }

    @Test
    void aTableShowsAsHtmlWithShapeAndTypesAndAsText() {
        JsonNode data = messages(1, "display_data").get(0).get("data");
        String html = data.get("text/html").asText();
        assertTrue(html.contains("<table>") && html.contains("2 rows × 2 columns") && html.contains("number")
                && html.contains("text") && html.contains("b&lt;c"), html);
        assertTrue(data.get("text/plain").asText().contains("2 rows"), data.toString());
        assertEquals("printed\n", messages(1, "stream").get(0).get("text").asText());
    }

    @Test
    void aChartShowsAsSvgAndPng() {
        JsonNode data = messages(2, "display_data").get(0).get("data");
        assertTrue(data.get("image/svg+xml").asText().contains("<svg"), data.toString());
        byte[] png = Base64.getDecoder().decode(data.get("image/png").asText());
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "not a PNG");
    }

    @Test
    void aModelFileErrorIsReportedAsFileLineColumnWithoutAStackTrace() {
        assertEquals("error", results.get(3).get("reply").get("status").asText());
        String text = errorText(3);
        assertTrue(text.contains("bad-model.yaml:3:") && text.contains("min"), text);
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("fi.foresight"), text);
    }

    @Test
    void anInterruptStopsTheCellAndTheKernelCarriesOn() {
        assertEquals("error", results.get(4).get("reply").get("status").asText());
        assertTrue(errorText(4).contains("Interrupted at cell line 2"), errorText(4));
        assertEquals("42", messages(5, "execute_result").get(0).get("data").get("text/plain").asText());
    }

    @Test
    void aModelShowsAsASummary() {
        String html = messages(6, "execute_result").get(0).get("data").get("text/html").asText();
        assertTrue(html.contains("drivers") && html.contains("panels") && html.contains("levers")
                && html.contains("sources"), html);
    }

    @Test
    void aSlipInTheCellNamesItsKindAndLine() {
        String text = errorText(7);
        assertTrue(text.startsWith("NullPointerException") && text.contains("at cell line 3"), text);
        assertFalse(text.contains("REPL"), text);
        String compile = errorText(8);
        assertTrue(compile.contains("cell line 1: incompatible types") && compile.contains("^"), compile);
    }

    @Test
    void completionAndInspectionAnswer() {
        JsonNode complete = results.get(9).get("reply");
        assertTrue(complete.get("matches").toString().contains("of("), complete.toString());
        assertEquals(12, complete.get("cursor_end").asInt());
        JsonNode inspect = results.get(10).get("reply");
        assertTrue(inspect.get("found").asBoolean(), inspect.toString());
        assertTrue(inspect.get("data").get("text/plain").asText().contains("load("), inspect.toString());
    }
}

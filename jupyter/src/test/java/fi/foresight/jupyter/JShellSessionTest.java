package fi.foresight.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The kernel's JShell in-process, without Jupyter: cutting, values, errors in the workbench's words, interrupts. */
class JShellSessionTest {
    private static final ByteArrayOutputStream NOTES = new ByteArrayOutputStream();
    private static JShellSession session;

    @BeforeAll
    static void start() throws IOException {
        session = new JShellSession(System.getProperty("java.class.path"), new PrintStream(NOTES, true, StandardCharsets.UTF_8));
        session.startup("imports", ForesightKernel.DEFAULT_IMPORTS);
        try (InputStream in = ForesightKernel.class.getResourceAsStream("startup.jsh")) {
            session.startup("startup.jsh", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stop() {
        session.close();
    }

    private static String failure(String cell) {
        return String.join("\n", assertThrows(CellFailure.class, () -> session.run(cell)).lines());
    }

    @Test
    void aCellIsCutAsTheJshellToolCutsAFileAndAnswersWithItsLastExpression() {
        assertEquals(Optional.of(3), session.run("int a = 1\nint b = a +\n    1\n// a comment\na + b"));
        assertEquals(Optional.empty(), session.run("int c = 5"));
        assertEquals(Optional.empty(), session.run("System.out.print(\"\")"));
    }

    @Test
    void theStartupImportsAndHelpersAreThere() {
        Object value = session.run("rounded(Table.create(\"t\", DoubleColumn.create(\"x\", 1.234567)))").orElseThrow();
        assertEquals(1.235, ((Table) value).doubleColumn("x").get(0), 0.0);
        assertTrue(session.run("scenarios").orElseThrow().toString().endsWith("scenarios"));
    }

    @Test
    void aCompileErrorNamesTheCellLineAndMarksTheSpot() {
        String text = failure("int ok = 1\nint bad = \"text\"");
        assertTrue(text.startsWith("cell line 2: incompatible types"), text);
        assertTrue(text.contains("    int bad = \"text\"") && text.contains("^"), text);
    }

    @Test
    void aModelFileErrorIsFileLineColumnAndNothingElse(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("m.yaml");
        Files.writeString(model, "model: m\nvariables:\n  x1: {distribution: {type: uniform, min: 5, max: 3}}\n"
                + "outcomes:\n  y: {expression: \"x1\"}\n");
        String text = failure("Model m = ModelFiles.load(Path.of(\"" + model.toString().replace("\\", "\\\\") + "\"))");
        assertTrue(text.matches("(?s).*m\\.yaml:3:\\d+: .*min.*"), text);
        assertFalse(text.contains("Exception") || text.contains("at "), text);
    }

    @Test
    void aSlipInTheCodeNamesItsKindAndCellLineWithoutAStackTrace() {
        String text = failure("String s = null\n\ns.length()");
        assertTrue(text.startsWith("NullPointerException") && text.endsWith("at cell line 3"), text);
        assertFalse(text.contains("REPL") || text.contains("jdk.") || text.contains("java.base"), text);
    }

    @Test
    void aMethodWaitingForALaterNameIsANoteNotAFailure() {
        session.run("int twice() { return later() * 2; }");
        assertTrue(NOTES.toString(StandardCharsets.UTF_8).contains("later()"), NOTES.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anInterruptStopsTheCellAndKeepsWhatRanBefore() throws Exception {
        CompletableFuture<String> running = CompletableFuture.supplyAsync(
                () -> failure("int kept = 7\nwhile (true) { Math.sqrt(kept); }\nint never = 1"));
        Thread.sleep(500);
        while (!running.isDone()) {
            session.stop();
            Thread.sleep(200);
        }
        assertTrue(running.get().startsWith("Interrupted at cell line 2"), running.get());
        assertEquals(Optional.of(8), session.run("kept + 1"));
    }
}

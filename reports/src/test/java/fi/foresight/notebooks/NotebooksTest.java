package fi.foresight.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.foresight.chart.Charts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the notebooks in {@code notebooks/} from rotting: the code cells of each Jupyter notebook ({@code .ipynb}),
 * and any JShell notebook ({@code .jsh}) not yet converted, run after the tool's {@code DEFAULT} imports and
 * {@code notebooks/startup.jsh}, cut into snippets as {@code ./foresight jshell} would cut them, against the class
 * path this module's tests see (the model and every analysis). A notebook fails on the first rejected snippet,
 * compile diagnostic, unresolved declaration or exception, naming the notebook, the line (of its code cells joined
 * by one blank line; in a {@code .jsh}, of the file) and the error. Each notebook declares the charts it shows
 * ({@code .ipynb}: metadata {@code foresight.expect_charts}; {@code .jsh}: a header line
 * {@code // expect-charts: N}); {@code display(chart)} outside the kernel saves PNGs to a fresh directory through
 * {@code -Dforesight.charts.dir}, and at least N readable PNGs must appear there. The kernel's own run of the
 * {@code .ipynb} files (inline output, through Jupyter) is {@code fi.foresight.jupyter.NotebooksExecuteIT}.
 */
class NotebooksTest {
    private static final Pattern EXPECT_CHARTS = Pattern.compile("(?m)^//\\s*expect-charts:\\s*(\\d+)\\s*$");
    private static final Path PROJECT = projectRoot();
    private static final Path NOTEBOOKS = PROJECT.resolve("notebooks");
    private static final Path STARTUP = NOTEBOOKS.resolve("startup.jsh");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".ipynb") || n.endsWith(".jsh") && !n.equals("startup.jsh"))
                    .sorted()
                    .toList().stream();
        }
    }

    @Test
    void theFiveNotebooksOfTheStudyArePresentAsJupyterNotebooks() throws IOException {
        assertTrue(notebooks().toList().containsAll(List.of("01-getting-started.ipynb", "02-kanta-hame-scenarios.ipynb",
                "03-sensitivity.ipynb", "04-cross-impact.ipynb", "05-build-your-own.ipynb")), notebooks().toList().toString());
    }

    @Test
    void eachNotebookHasOneSourceAndNoSavedOutput() throws IOException {
        for (String name : notebooks().toList()) {
            if (name.endsWith(".jsh")) {
                assertFalse(Files.exists(NOTEBOOKS.resolve(name.replaceFirst("\\.jsh$", ".ipynb"))),
                        name + " and its .ipynb both exist: keep the .ipynb (one source of truth) and delete the .jsh");
                continue;
            }
            JsonNode nb = JSON.readTree(NOTEBOOKS.resolve(name).toFile());
            for (JsonNode cell : nb.path("cells")) {
                assertTrue(cell.path("outputs").isEmpty() && cell.path("execution_count").isNull()
                                || !"code".equals(cell.path("cell_type").asText()),
                        name + " was saved with outputs; clear them before committing (Jupyter: Edit > Clear All"
                                + " Outputs, or jupyter nbconvert --clear-output --inplace notebooks/" + name + ")");
            }
            assertEquals("foresight", nb.path("metadata").path("kernelspec").path("name").asText(),
                    name + " does not use the foresight kernel");
        }
    }

    // The timeout only guards against a hung remote VM; it is no performance check.
    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void runsAndShowsItsCharts(String name, @TempDir Path charts) throws IOException {
        String text = code(name);
        int expected = expectedCharts(name, text);

        String transcript;
        try (var runner = new NotebookRunner(System.getProperty("java.class.path"),
                List.of("foresight.home=" + PROJECT, Charts.DIR_PROPERTY + "=" + charts.toAbsolutePath()))) {
            Optional<NotebookRunner.Failure> failure = runner.run("DEFAULT startup", NotebookRunner.DEFAULT_STARTUP)
                    .or(() -> runner.run("startup.jsh", read(STARTUP)))
                    .or(() -> runner.run(name, text));
            transcript = runner.output();
            saveTranscript(name, transcript);
            failure.ifPresent(f -> fail("notebook " + f + "\n--- last output ---\n" + tail(transcript, 25)));
        }

        List<Path> pngs;
        try (Stream<Path> files = Files.list(charts)) {
            pngs = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertTrue(pngs.size() >= expected, name + " promises " + expected + " charts (// expect-charts) but saved "
                + pngs.size() + ": " + pngs);
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertTrue(image != null && image.getWidth() > 100 && image.getHeight() > 100,
                    name + ": " + png.getFileName() + " is not a readable chart image");
            assertTrue(transcript.contains(png.getFileName().toString()),
                    name + ": " + png.getFileName() + " was saved without show() printing its path");
        }
    }

    @Test
    void theRunnerCutsSnippetsAsTheToolDoesAndReportsTheFailingOne() {
        try (var runner = new NotebookRunner(System.getProperty("java.class.path"), List.of())) {
            assertEquals(Optional.empty(), runner.run("ok", """
                    // a comment, then a statement over two lines (open parenthesis)
                    int x = Math.max(1,
                            2)
                    /list
                    String s = List.of("a", "b").stream().
                            map(String::toUpperCase).collect(java.util.stream.Collectors.joining())
                    System.out.println(s + x); System.out.println("second on the same line")
                    """.replace("List.of", "java.util.List.of")));
            assertTrue(runner.output().contains("AB2") && runner.output().contains("second on the same line"),
                    runner.output());

            // A chained call with its dot at the start of the next line ends the statement early, as in jshell.
            var leadingDot = runner.run("leading-dot", "int y = java.util.List.of(1, 2).stream()\n    .mapToInt(i -> i).sum()\n");
            assertTrue(leadingDot.isPresent());
            assertEquals(1, leadingDot.get().line());
            assertTrue(leadingDot.get().problem().startsWith("REJECTED"), leadingDot.get().problem());

            var thrown = runner.run("throws", "int a = 1\n\nint b = 2\nint c = Integer.parseInt(\"x\")\nint d = 4\n");
            assertTrue(thrown.isPresent());
            assertEquals(4, thrown.get().line(), thrown.get().toString());
            assertTrue(thrown.get().problem().contains("NumberFormatException"), thrown.get().problem());

            var undefined = runner.run("undefined", "void f() { g(); }\n");
            assertTrue(undefined.isPresent());
            assertTrue(undefined.get().problem().contains("RECOVERABLE"), undefined.get().problem());

            var unfinished = runner.run("unfinished", "int z = Math.max(1,\n");
            assertTrue(unfinished.isPresent());
            assertTrue(unfinished.get().problem().contains("incomplete"), unfinished.get().problem());
        }
    }

    @Test
    void everyNotebookDeclaresItsCharts() throws IOException {
        for (String name : notebooks().toList()) {
            String text = code(name);
            assertTrue(expectedCharts(name, text) >= 1, name + " shows no chart");
            assertFalse(text.lines().anyMatch(l -> l.stripLeading().startsWith(".")),
                    name + ": a line starts with '.', which jshell reads as a new statement; end the line before with the dot");
        }
    }

    /** The notebook's code: a .jsh file's text, or an .ipynb's code cells joined by a blank line. */
    private static String code(String name) throws IOException {
        Path file = NOTEBOOKS.resolve(name);
        if (name.endsWith(".jsh")) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        JsonNode nb = JSON.readTree(file.toFile());
        StringBuilder out = new StringBuilder();
        JsonNode expect = nb.path("metadata").path("foresight").path("expect_charts");
        if (expect.isInt()) {
            out.append("// expect-charts: ").append(expect.asInt()).append("\n\n");
        }
        for (JsonNode cell : nb.path("cells")) {
            if ("code".equals(cell.path("cell_type").asText())) {
                JsonNode src = cell.path("source");
                if (src.isArray()) {
                    src.forEach(l -> out.append(l.asText()));
                } else {
                    out.append(src.asText());
                }
                out.append("\n\n");
            }
        }
        return out.toString();
    }

    private static int expectedCharts(String name, String text) {
        Matcher m = EXPECT_CHARTS.matcher(text);
        if (!m.find()) {
            fail(name + " does not say how many charts it shows (.ipynb: metadata foresight.expect_charts;"
                    + " .jsh: a first line '// expect-charts: N')");
        }
        return Integer.parseInt(m.group(1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** Keeps what each notebook printed under target/notebooks/ for a reader of a failed build. */
    private static void saveTranscript(String name, String transcript) throws IOException {
        Path dir = Path.of("target", "notebooks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name.replaceFirst("\\.(jsh|ipynb)$", ".txt")), transcript, StandardCharsets.UTF_8);
    }

    /** The folder holding notebooks/startup.jsh: the working directory (reports/ under Maven) or one above it. */
    private static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("notebooks").resolve("startup.jsh"))) {
                return p;
            }
        }
        throw new IllegalStateException("no notebooks/startup.jsh in " + Path.of("").toAbsolutePath() + " or above");
    }
}

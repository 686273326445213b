package fi.foresight.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * Keeps the JShell notebooks in {@code notebooks/} from rotting: each one runs, after the tool's {@code DEFAULT}
 * imports and {@code notebooks/startup.jsh}, exactly as {@code ./foresight jshell NOTEBOOK} would run it, against the
 * class path this module's tests see (the model and every analysis). A notebook fails on the first rejected snippet,
 * compile diagnostic, unresolved declaration or exception, naming the notebook, the line and the error. Each
 * notebook declares the charts it shows in a header line {@code // expect-charts: N}; charts go to a fresh
 * directory through {@code -Dforesight.charts.dir}, and at least N readable PNGs must appear there.
 */
class NotebooksTest {
    private static final Pattern EXPECT_CHARTS = Pattern.compile("(?m)^//\\s*expect-charts:\\s*(\\d+)\\s*$");
    private static final Path PROJECT = projectRoot();
    private static final Path NOTEBOOKS = PROJECT.resolve("notebooks");
    private static final Path STARTUP = NOTEBOOKS.resolve("startup.jsh");

    static Stream<String> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".jsh") && !n.equals("startup.jsh"))
                    .sorted()
                    .toList().stream();
        }
    }

    @Test
    void theNotebooksOfTheStudyArePresent() throws IOException {
        assertEquals(List.of("01-getting-started.jsh", "02-kanta-hame-scenarios.jsh", "03-sensitivity.jsh",
                "04-cross-impact.jsh", "05-build-your-own.jsh", "06-robust-strategy.jsh"), notebooks().toList());
    }

    // The timeout only guards against a hung remote VM; it is no performance check.
    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void runsAndShowsItsCharts(String name, @TempDir Path charts) throws IOException {
        String text = Files.readString(NOTEBOOKS.resolve(name), StandardCharsets.UTF_8);
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
            String text = Files.readString(NOTEBOOKS.resolve(name), StandardCharsets.UTF_8);
            assertTrue(expectedCharts(name, text) >= 1, name + " shows no chart");
            assertFalse(text.lines().anyMatch(l -> l.stripLeading().startsWith(".")),
                    name + ": a line starts with '.', which jshell reads as a new statement; end the line before with the dot");
        }
    }

    private static int expectedCharts(String name, String text) {
        Matcher m = EXPECT_CHARTS.matcher(text);
        if (!m.find()) {
            fail(name + " has no '// expect-charts: N' header line saying how many charts it shows");
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
        Files.writeString(dir.resolve(name.replace(".jsh", ".txt")), transcript, StandardCharsets.UTF_8);
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

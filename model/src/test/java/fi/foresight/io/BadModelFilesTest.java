package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad model files: each {@code bad/NAME.ext} must fail with exactly the lines of
 * {@code bad/NAME.expected}, in that order, and nothing else.
 */
class BadModelFilesTest {

    static Path dir() throws URISyntaxException {
        return Path.of(BadModelFilesTest.class.getResource("bad").toURI());
    }

    static List<String> models() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected")).sorted().toList();
        }
    }

    private static String base(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void reportsExactlyTheExpectedProblems(String name) throws Exception {
        byte[] content = Files.readAllBytes(dir().resolve(name));
        String expected = Files.readString(dir().resolve(base(name) + ".expected"));

        var e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(content, name));

        assertEquals(expected, e.getMessage() + "\n");
        assertEquals(e.fileProblems().size(), e.problems().size(), "every file problem is also a model problem");
        for (FileProblem p : e.fileProblems()) {
            assertEquals(name, p.file());
        }
    }

    @Test
    void loadingFromThePathGivesTheSameProblemsUnderThePathName() throws Exception {
        Path file = dir().resolve("several-problems.yaml");
        String expected = Files.readString(dir().resolve("several-problems.expected"))
                .replace("several-problems.yaml:", file + ":");

        var e = assertThrows(ModelFileException.class, () -> ModelFiles.load(file));

        assertEquals(expected, e.getMessage() + "\n");
    }

    @Test
    void theCorpusHasAtLeastThirtyFilesAndNoOrphanExpectations() throws Exception {
        List<String> models = models();
        assertTrue(models.size() >= 30, "only " + models.size() + " bad files");
        try (Stream<Path> files = Files.list(dir())) {
            for (String expected : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".expected")).toList()) {
                assertTrue(models.stream().anyMatch(m -> base(m).equals(base(expected))), expected + " has no model file");
            }
        }
        assertEquals(models.size(), models.stream().map(BadModelFilesTest::base).distinct().count(),
                "two model files share one .expected");
    }

    @Test
    void noExpectationIsEmpty() throws Exception {
        for (String m : models()) {
            assertFalse(Files.readString(dir().resolve(base(m) + ".expected")).isBlank(), m);
        }
    }
}

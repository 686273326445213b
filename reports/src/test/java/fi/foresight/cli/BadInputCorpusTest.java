package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standing corpus of bad input: every directory under {@code fi/foresight/badinput/} is one bad model, job,
 * data file, ScenarioWizard file, run directory or command line, with a {@code case.properties} (UTF-8) saying
 * how to run it and what the user must be told:
 *
 * <pre>
 * args=validate {dir}/model.yaml     # the command line; {dir} is the case's copied directory; "" quotes
 * exit=2                             # the exit code
 * expect=model.yaml:3:8: variables   # a text stderr must contain (more as expect.2=, expect.3=, …)
 * lines=1                            # optional: stderr has exactly this many lines (one clear message)
 * comment=what is wrong with it      # optional
 * </pre>
 *
 * <p>Each case runs in-process on a copy of its directory, and stderr must never show a stack trace, an
 * exception or a Java class name.
 */
class BadInputCorpusTest {
    /** The corpus may grow but not shrink below this many cases. */
    static final int MIN_CASES = 281;
    /** Nor below this many input files (models, jobs, data files, .scw, run directory files). */
    static final int MIN_INPUT_FILES = 460;
    static final String CASE_FILE = "case.properties";
    /** What a user-facing message must never contain. */
    static final List<String> FORBIDDEN = List.of("Exception", "\tat ", "java.", "fi.foresight.", "com.fasterxml",
            "org.yaml");
    private static final Pattern KEY = Pattern.compile("args|exit|comment|lines|expect(\\.[0-9]+)?");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyCaseIsRefusedWithAClearMessage() throws IOException {
        return cases().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), dir.toUri(),
                () -> runCase(dir)));
    }

    @Test
    void theCorpusKeepsItsSize() throws IOException {
        List<Path> cases = cases();
        assertTrue(cases.size() >= MIN_CASES, "only " + cases.size() + " cases; the corpus keeps at least " + MIN_CASES);
        long files = 0;
        for (Path c : cases) {
            try (Stream<Path> s = Files.walk(c)) {
                files += s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(CASE_FILE)).count();
            }
        }
        assertTrue(files >= MIN_INPUT_FILES, "only " + files + " input files; the corpus keeps at least " + MIN_INPUT_FILES);
    }

    @Test
    void argumentsSplitOnWhitespaceWithQuotes() {
        assertEquals(List.of("run", "a b", "", "--out", "x"), split("run  \"a b\" \"\" --out x"));
        assertEquals(List.of(), split("   "));
        assertEquals(List.of("a\"b"), split("a\\\"b"));
    }

    private void runCase(Path source) throws IOException {
        Properties p = properties(source.resolve(CASE_FILE));
        Path dir = temp.resolve(source.getFileName().toString());
        copy(source, dir);
        String dirText = dir.toString();
        List<String> args = new ArrayList<>();
        for (String a : split(p.getProperty("args"))) {
            args.add(a.replace("{dir}", dirText));
        }
        Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> Cli.run(args.toArray(String[]::new)));
        String shown = "foresight " + String.join(" ", args) + "\n" + r;
        assertEquals(Integer.parseInt(p.getProperty("exit").trim()), r.code(), "exit code of " + shown);
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("expect")) {
                String want = p.getProperty(key).replace("{dir}", dirText);
                assertTrue(r.err().contains(want), "stderr lacks '" + want + "': " + shown);
            }
        }
        if (p.getProperty("lines") != null) {
            assertEquals(Integer.parseInt(p.getProperty("lines").trim()), r.err().lines().count(),
                    "lines on stderr of " + shown);
        }
        for (String f : FORBIDDEN) {
            assertFalse(r.err().contains(f), "stderr shows '" + f.replace("\t", "\\t") + "': " + shown);
        }
        assertFalse(Cli.hasStackTrace(r.out()), "stdout shows a stack trace: " + shown);
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEY.matcher(key).matches()) {
                fail(file + ": unknown key '" + key + "'; a case has args, exit, expect, expect.N, lines and comment");
            }
        }
        if (p.getProperty("args") == null || p.getProperty("exit") == null || p.getProperty("expect") == null) {
            fail(file + ": a case needs args=, exit= and expect=");
        }
        return p;
    }

    /** The command line split on whitespace; double quotes keep spaces and {@code ""} is an empty argument. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                started = true;
                i++;
            } else if (c == '"') {
                quoted = !quoted;
                started = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (started) {
                    out.add(cur.toString());
                }
                cur.setLength(0);
                started = false;
            } else {
                cur.append(c);
                started = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote in args: " + line);
        }
        if (started) {
            out.add(cur.toString());
        }
        return out;
    }

    private static List<Path> cases() throws IOException {
        Path root;
        try {
            root = Path.of(BadInputCorpusTest.class.getResource("/fi/foresight/badinput").toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> s = Files.list(root)) {
            List<Path> cases = s.filter(Files::isDirectory).sorted().toList();
            for (Path c : cases) {
                assertTrue(Files.isRegularFile(c.resolve(CASE_FILE)), c + " has no " + CASE_FILE);
            }
            return cases;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}

package fi.foresight.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library from another project: installs the packaged {@code foresight-model} jar and its parent pom into a
 * temporary local repository, then builds a small consumer project that declares only {@code foresight-model},
 * loads a model and runs a Monte Carlo (Maven wrapper, {@code compile exec:java}).
 *
 * <p>Runs in the {@code integration-test} phase of {@code ./mvnw verify}, after {@code model/} is packaged. The
 * consumer's local repository is the temporary one, chained to the build's own local repository as a read-only
 * tail ({@code maven.repo.local.tail}): the workbench's artifacts come only from the fresh installation, everything
 * else from what the build already fetched, and nothing is written to the build's repository.
 */
class ConsumerProjectIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("foresight.version", "0.1.0-SNAPSHOT");

    @TempDir
    Path tmp;

    @Test
    void aProjectWithOnlyForesightModelDeclaredLoadsAModelAndRunsMonteCarlo() throws Exception {
        Path jar = ROOT.resolve("model/target/foresight-model-" + VERSION + ".jar");
        assertTrue(Files.isRegularFile(jar), "no " + jar + "; run ./mvnw verify from the project root");
        assertNoTestOnlyEntries(jar);

        // what mvn install writes for a pom and a jar: the files under groupId/artifactId/version
        Path repo = tmp.resolve("repo");
        copy(ROOT.resolve("pom.xml"), artifact(repo, "foresight-parent", "pom"));
        copy(ROOT.resolve("model/pom.xml"), artifact(repo, "foresight-model", "pom"));
        copy(jar, artifact(repo, "foresight-model", "jar"));

        Path project = tmp.resolve("regional-study");
        Path src = project.resolve("src/main/java/org/example");
        Files.createDirectories(src);
        Files.writeString(project.resolve("pom.xml"), resource("pom.xml").replace("@foresight.version@", VERSION));
        Files.writeString(src.resolve("RegionalStudy.java"), resource("RegionalStudy.java.txt"));

        Path model = ROOT.resolve("scenarios/examples/tiny.yaml");
        String tail = System.getProperty("foresight.localRepository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        List<String> cmd = List.of(ROOT.resolve("mvnw").toString(), "-B", "-q", "-f",
                project.resolve("pom.xml").toString(), "-Dmaven.repo.local=" + repo,
                "-Dmaven.repo.local.tail=" + tail, "compile", "exec:java",
                "-Dexec.mainClass=org.example.RegionalStudy", "-Dexec.args=" + model);
        Path log = tmp.resolve("consumer.log");
        Process p = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log);
        assertTrue(done, "the consumer build did not finish in 10 minutes:\n" + out);
        assertEquals(0, p.exitValue(), "the consumer build failed:\n" + out);
        assertTrue(out.contains("consumer: model tiny, 2 summary rows"), out);
        assertTrue(out.contains("growth") && out.contains("p50"), out);
        assertFalse(Files.exists(Path.of(tail, "org/example/regional-study")), "nothing goes into the tail");
    }

    /** The jar holds main classes and Maven metadata only: no tests, fixtures, benchmarks or test resources. */
    private static void assertNoTestOnlyEntries(Path jar) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            List<String> leaks = j.stream().map(JarEntry::getName)
                    .filter(n -> !(n.startsWith("META-INF/") || n.startsWith("fi/foresight/") || n.equals("fi/")))
                    .toList();
            List<String> testOnly = j.stream().map(JarEntry::getName)
                    .filter(n -> n.endsWith("Test.class") || n.contains("/bench/") || n.contains("Gallery")
                            || n.endsWith(".expected") || n.endsWith(".yaml"))
                    .toList();
            assertEquals(List.of(), leaks, "entries outside fi/foresight/ in " + jar.getFileName());
            assertEquals(List.of(), testOnly, "test-only entries in " + jar.getFileName());
        }
    }

    private static Path artifact(Path repo, String artifactId, String ext) {
        return repo.resolve("fi/foresight").resolve(artifactId).resolve(VERSION)
                .resolve(artifactId + "-" + VERSION + "." + ext);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    private static String resource(String name) throws IOException {
        try (var in = ConsumerProjectIT.class.getResourceAsStream(name)) {
            assertTrue(in != null, "missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package fi.foresight.jupyter;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * What the end-to-end tests need from the machine: the packaged kernel jar and Jupyter's Python packages. Without
 * them a test is skipped with the reason, unless {@code FORESIGHT_REQUIRE_JUPYTER=1} (set by {@code .ci/run}),
 * which makes a missing piece a failure: CI never skips these tests.
 */
final class JupyterTools {
    /** The environment variable that turns a skip into a failure. */
    static final String REQUIRE = "FORESIGHT_REQUIRE_JUPYTER";

    private JupyterTools() {
    }

    /** The project's root folder (the one with notebooks/). */
    static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("notebooks").resolve("startup.jsh"))) {
                return p;
            }
        }
        throw new IllegalStateException("no notebooks/startup.jsh in " + Path.of("").toAbsolutePath() + " or above");
    }

    /** The packaged kernel jar; skips (or fails under CI) when it is missing. */
    static Path kernelJar() {
        String env = System.getenv("FORESIGHT_KERNEL_JAR");
        Path jar = env != null ? Path.of(env) : projectRoot().resolve("jupyter/target/foresight-kernel.jar");
        require(Files.isRegularFile(jar), "the kernel jar " + jar + " is not built (these tests run in"
                + " ./mvnw verify, after packaging)");
        return jar;
    }

    /**
     * The Python that has jupyter_client (and nbclient for nbconvert --execute); skips or fails when none has.
     * {@code FORESIGHT_JUPYTER_PYTHON} names the one to use instead of {@code /usr/bin/python3} or {@code python3}.
     */
    static String python() {
        String chosen = System.getenv("FORESIGHT_JUPYTER_PYTHON");
        for (String candidate : chosen != null ? List.of(chosen) : List.of("/usr/bin/python3", "python3")) {
            try {
                if (run(List.of(candidate, "-c", "import jupyter_client, nbclient, nbconvert"), null, 60).exit() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not there: try the next
            }
        }
        require(false, "Jupyter is not installed (no " + (chosen != null ? chosen : "python3")
                + " with jupyter_client, nbclient and nbconvert;"
                + " Debian: apt-get install jupyter-nbconvert python3-nbclient python3-jupyter-client)");
        return null;
    }

    /**
     * Writes the foresight kernelspec into {@code jupyterPath/kernels/foresight} with the packaged jar.
     *
     * @param jupyterPath a folder to put on JUPYTER_PATH
     */
    static void installKernelSpec(Path jupyterPath) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Result r = run(List.of(java.toString(), "-cp", kernelJar().toString(), KernelMain.class.getName(), "kernelspec",
                jupyterPath.resolve("kernels/foresight").toString(), projectRoot().toString()), null, 120);
        if (r.exit() != 0) {
            fail("writing the kernelspec failed:\n" + r.output());
        }
    }

    private static void require(boolean present, String why) {
        if (!present && "1".equals(System.getenv(REQUIRE))) {
            fail(why + "; " + REQUIRE + "=1 says this machine must run the Jupyter tests");
        }
        Assumptions.assumeTrue(present, "skipped: " + why);
    }

    /** A finished process: its exit code and its output (stdout and stderr together). */
    record Result(int exit, String output) {
    }

    /**
     * Runs a command and waits for it.
     *
     * @param command     the command
     * @param jupyterPath JUPYTER_PATH for it, or null
     * @param seconds     how long to wait before killing it
     */
    static Result run(List<String> command, Path jupyterPath, int seconds) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        if (jupyterPath != null) {
            pb.environment().put("JUPYTER_PATH", jupyterPath.toString());
        }
        Path log = Files.createTempFile("foresight-jupyter", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, Files.readString(log, StandardCharsets.UTF_8) + "\n(killed after " + seconds + " s)");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(p.exitValue(), out);
    }
}

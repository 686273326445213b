package fi.foresight.jupyter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code foresight} kernelspec ({@code kernel.json}) that Jupyter uses to start this jar: the same Java
 * that runs this, the jar's absolute path, the client compiler only (a faster start), headless charts, the
 * workbench's folder for {@code scenarios}, interrupts as messages, and the JVM options in
 * {@code FORESIGHT_JAVA_OPTS} (last, so they can override the others). A class-data archive next to the jar
 * ({@code foresight-kernel.jsa}, written by {@code ./foresight jupyter install}) is used when present.
 */
final class KernelSpec {

    private KernelSpec() {
    }

    /**
     * Writes {@code dir/kernel.json}.
     *
     * @param dir  the kernelspec folder to write (created when missing)
     * @param home the workbench's folder (the one with {@code scenarios/})
     * @throws IOException when the file cannot be written
     * @throws URISyntaxException never in practice (the jar's own location)
     */
    static void write(Path dir, Path home) throws IOException, URISyntaxException {
        Path jar = Path.of(KernelMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> argv = new ArrayList<>(List.of(java));
        Path archive = jar.resolveSibling("foresight-kernel.jsa");
        if (Files.isRegularFile(archive)) {
            argv.add("-XX:SharedArchiveFile=" + archive);
            argv.add("-Xlog:cds=off");
            argv.add("-Xlog:cds+dynamic=off");
        }
        // C1 only: JShell's compiler reaches the first result in about half the CPU time without C2's warm-up
        // compiles (numeric loops run up to about 1.5 times slower; FORESIGHT_JAVA_OPTS=-XX:TieredStopAtLevel=4 undoes it)
        argv.addAll(List.of("-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-Dforesight.home=" + home.toAbsolutePath().normalize()));
        String opts = System.getenv("FORESIGHT_JAVA_OPTS");
        if (opts != null && !opts.isBlank()) {
            argv.addAll(List.of(opts.trim().split("\\s+")));
        }
        argv.addAll(List.of("-jar", jar.toString(), "{connection_file}"));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", "Foresight (Java)");
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("metadata", Map.of("debugger", false));
        Files.createDirectories(dir);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("kernel.json").toFile(), spec);
    }
}

package fi.foresight.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-command Spark path of the launcher: {@code ./foresight run JOB --engine spark --master local[2]} (Spark's
 * jars from the class path file the build writes, no Spark installation) gives tables byte-identical to
 * {@code ./foresight run JOB} on the local engine.
 *
 * <p>Runs in the {@code integration-test} phase of {@code ./mvnw verify}, after the jars are packaged;
 * {@code FORESIGHT_NO_BUILD} keeps the launcher from starting a build of its own inside this one.
 */
class LauncherSparkIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void sparkOnLocal2WritesTheSameTablesAsTheLocalEngine() throws Exception {
        Path job = tmp.resolve("job.yaml");
        Files.copy(ROOT.resolve("scenarios/kanta-hame/model.yaml"), tmp.resolve("model.yaml"));
        Files.createDirectories(tmp.resolve("data"));   // the data files the model reads (survey, Delphi rounds)
        try (var files = Files.list(ROOT.resolve("scenarios/kanta-hame/data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, tmp.resolve("data").resolve(f.getFileName()));
            }
        }
        Files.writeString(job, String.join("\n",
                "job: launcher-spark-check",
                "model: model.yaml",
                "seed: 42",
                "samples: 3000",
                "scenarios: [base, gateway_east]",
                "levers: [none, direct_funding]",
                "analyses:",
                "  - {type: montecarlo}",
                "  - {type: sobol, outcome: internationalisation_index, samples: 1024}",
                "  - {type: morris, outcome: internationalisation_index, trajectories: 100}",
                "outputs: [csv]",
                ""));
        String spark = foresight(tmp.resolve("spark.log"), "run", job.toString(), "--out",
                tmp.resolve("spark").toString(), "--engine", "spark", "--master", "local[2]", "--quiet");
        assertTrue(spark.contains("foresight: Spark engine: spark/target/foresight-spark-"), spark);
        foresight(tmp.resolve("local.log"), "run", job.toString(), "--out", tmp.resolve("local").toString(),
                "--quiet");

        List<String> names = tables(tmp.resolve("local"));
        assertEquals(names, tables(tmp.resolve("spark")), "the same tables");
        assertTrue(names.containsAll(List.of("montecarlo-summary.csv", "sobol.csv", "morris.csv")), names.toString());
        for (String n : names) {
            byte[] local = Files.readAllBytes(tmp.resolve("local/tables").resolve(n));
            byte[] onSpark = Files.readAllBytes(tmp.resolve("spark/tables").resolve(n));
            assertTrue(local.length > 0, n);
            assertEquals(-1L, Files.mismatch(tmp.resolve("local/tables").resolve(n),
                    tmp.resolve("spark/tables").resolve(n)), n + " differs between the engines");
            assertEquals(local.length, onSpark.length, n);
        }
    }

    /** Runs the launcher; returns its output after asserting exit code 0. */
    private static String foresight(Path log, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ROOT.resolve("foresight").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("FORESIGHT_NO_BUILD", "1");
        pb.environment().put("FORESIGHT_JAVA_OPTS", "-Xmx1g -Dspark.ui.enabled=false");
        Process p = pb.start();
        boolean done = p.waitFor(10, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log);
        assertTrue(done, "./foresight did not finish in 10 minutes:\n" + out);
        assertEquals(0, p.exitValue(), "./foresight " + String.join(" ", args) + " failed:\n" + out);
        return out;
    }

    private static List<String> tables(Path run) throws IOException {
        try (Stream<Path> s = Files.list(run.resolve("tables"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.rundir.Manifest;
import fi.foresight.rundir.Ownership;
import fi.foresight.testing.Cli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code kill -9} of a real {@code foresight run} over an earlier run, at 20 random moments of its life and at each
 * named point of the swap: afterwards the target holds the old or the new run complete (or, killed between the two
 * renames, the old run waits aside and the next command puts it back), and after the next finished run nothing but
 * the run directory is left.
 */
class KillAtRandomPointsTest {
    @TempDir
    Path tmp;
    Path job;
    Path target;

    @BeforeEach
    void job() throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"));
        job = tmp.resolve("job.yaml");
        Files.writeString(job, "job: demo\nmodel: model.yaml\nsamples: 20000\nthreads: 1\noutputs: [csv]\n"
                + "analyses: [{type: montecarlo}]\n");
        target = tmp.resolve("runs/demo");
    }

    private Process start(long seed, String pauseAt) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        if (pauseAt != null) {
            cmd.add("-Dforesight.test.pause=" + pauseAt);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "fi.foresight.cli.Main", "run",
                job.toString(), "--out", target.toString(), "--seed", Long.toString(seed), "--quiet"));
        var pb = new ProcessBuilder(cmd);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        if (pauseAt == null) {
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        return pb.start();
    }

    private void finish(long seed) throws Exception {
        Process p = start(seed, null);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "a run over the leftovers succeeds");
    }

    /** The seed of the complete run at the target, or of the one waiting aside; fails if neither is complete. */
    private long completeRunSeed() throws IOException {
        if (Files.exists(target)) {
            assertTrue(Ownership.examine(target).replaceable(), "the run at the target is complete: "
                    + Ownership.examine(target).describe());
            return Manifest.read(target.resolve("run.json")).seed();
        }
        List<Path> aside;
        try (var s = Files.list(target.getParent())) {
            aside = s.filter(p -> p.getFileName().toString().startsWith(".demo.old-")).toList();
        }
        assertEquals(1, aside.size(), "killed between the renames: the earlier run waits aside, complete");
        assertTrue(Ownership.examine(aside.get(0)).replaceable());
        return Manifest.read(aside.get(0).resolve("run.json")).seed();
    }

    private List<String> siblings() throws IOException {
        try (var s = Files.list(target.getParent())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void killedAtTwentyRandomMomentsTheOldOrTheNewRunSurvivesWhole() throws Exception {
        long t0 = System.nanoTime();
        finish(1000);
        long lifeMillis = (System.nanoTime() - t0) / 1_000_000;
        var random = new Random(20261207);
        long previous = 1000;
        for (int i = 0; i < 20; i++) {
            Process p = start(i, null);
            Thread.sleep((long) (random.nextDouble() * lifeMillis * 1.2));
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            long seed = completeRunSeed();
            assertTrue(seed == previous || seed == i, "old (" + previous + ") or new (" + i + "), not " + seed);
            previous = seed;
        }
        finish(77);
        assertEquals(77, completeRunSeed());
        assertEquals(List.of("demo"), siblings(), "no leftovers after the next run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sealed", "between-renames", "committed"})
    void killedAtEachPointOfTheSwapNothingIsLost(String point) throws Exception {
        finish(1);
        Process p = start(2, point);
        var err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = err.readLine()) != null && !line.equals("foresight: paused at " + point)) {
            // wait for the point
        }
        assertEquals("foresight: paused at " + point, line);
        p.destroyForcibly();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        long seed = completeRunSeed();
        assertEquals(point.equals("committed") ? 2 : 1, seed);
        assertTrue(!Files.exists(target) == point.equals("between-renames"));
        finish(3);
        assertEquals(3, completeRunSeed());
        assertEquals(List.of("demo"), siblings(), "no leftovers after the next run");
    }
}

package fi.foresight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Huge and binary inputs that cannot be checked into the bad-input corpus: sparse files of gigabytes, a 5 MB
 * title, a 100,000-character id, a ScenarioWizard file with a byte-order mark. Each is refused (or read) quickly,
 * with exit 2 and one plain line naming the file and, for sizes, the limit.
 */
class InputLimitsTest {
    private static final long GB = 1L << 30;

    @TempDir
    Path tmp;

    @BeforeAll
    static void warmUp(@TempDir Path dir) throws IOException {
        // the first use of each command loads its classes (JSON binding for run.json takes about a second)
        Cli.run("validate", Cli.DEMO_MODEL.toString(), Cli.DEMO.toString());
        Files.writeString(dir.resolve("run.json"), "{}");
        Cli.run("report", dir.toString());
    }

    private Path sparse(String name, long bytes) throws IOException {
        Path f = tmp.resolve(name);
        try (var raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(bytes);
        }
        return f;
    }

    private static Cli.Result timed(long maxMillis, String... args) {
        long start = System.nanoTime();
        Cli.Result r = Cli.run(args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < maxMillis, "took " + millis + " ms: " + String.join(" ", args) + "\n" + r);
        assertEquals(2, r.code(), r.toString());
        assertFalse(Cli.hasStackTrace(r.err()) || r.err().contains("Exception") || r.err().contains("java."),
                r.toString());
        return r;
    }

    @Test
    void gigabyteModelsAreRefusedBeforeTheyAreRead() throws IOException {
        Path yaml = sparse("huge.yaml", 3 * GB);
        Path json = sparse("huge.json", (long) (1.9 * GB));
        Cli.Result r = timed(1000, "validate", yaml.toString(), json.toString());
        assertEquals(yaml + ":1:1: the file is 3.0 GiB (3221225472 bytes); model files may be at most 5 MiB "
                + "(5242880 bytes)\n" + json + ":1:1: the file is 1.9 GiB (2040109465 bytes); model files may be at most "
                + "5 MiB (5242880 bytes)\n", r.err());
        for (String command : new String[] {"micmac", "cib"}) {
            r = timed(1000, command, yaml.toString(), "--out", tmp.resolve("out-" + command).toString());
            assertTrue(r.err().contains("huge.yaml") && r.err().contains("at most 5 MiB"), r.toString());
        }
    }

    @Test
    void aJobWhoseModelIsHugeIsRefusedAtValidateAndRun() throws IOException {
        sparse("huge.yaml", 3 * GB);
        Path job = Files.writeString(tmp.resolve("job.yaml"), "job: j\nmodel: huge.yaml\nanalyses: [{type: montecarlo}]\n");
        assertTrue(timed(1000, "validate", job.toString()).err().contains("model files may be at most 5 MiB"));
        assertTrue(timed(1000, "run", job.toString(), "--out", tmp.resolve("out").toString()).err()
                .contains("model files may be at most 5 MiB"));
    }

    @Test
    void hugeJobAndScenarioWizardFilesAreRefused() throws IOException {
        Path job = sparse("huge-job.yaml", 3 * GB);
        Files.write(job, "job: x\nanalyses: []\n".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.WRITE);
        assertEquals(job + ": the file is 3.0 GiB (3221225472 bytes); job files may be at most 1 MiB (1048576 bytes)\n",
                timed(1000, "validate", job.toString()).err());
        Path scw = sparse("huge.scw", 3 * GB);
        assertEquals(scw + ": the file is 3.0 GiB (3221225472 bytes); ScenarioWizard files may be at most 5 MiB "
                + "(5242880 bytes)\n", timed(1000, "validate", scw.toString()).err());
        assertTrue(timed(1000, "cib", scw.toString(), "--out", tmp.resolve("o").toString()).err()
                .contains("ScenarioWizard files may be at most 5 MiB"));
    }

    @Test
    void aHugeRunManifestIsRefused() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        sparse("run/run.json", 3 * GB);
        Cli.Result r = timed(1000, "report", run.toString());
        assertTrue(r.err().contains("run.json") && r.err().contains("may be at most 5 MiB"), r.toString());
    }

    @Test
    void aFiveMegabyteTitleIsRefusedQuickly() throws IOException {
        String model = Files.readString(Cli.DEMO_MODEL);
        Path words = Files.writeString(tmp.resolve("words.yaml"),
                model.replace("title: Demo region 2035", "title: " + "Demo region 2035 ".repeat(300_000)));
        Cli.Result r = timed(10_000, "validate", words.toString());
        assertEquals(words + ":3:8: title: the text has 5099999 characters; a label, title or name may have at most 200 "
                + "(put longer text in a description)\n", r.err());
        Path word = Files.writeString(tmp.resolve("word.yaml"),
                model.replace("title: Demo region 2035", "title: " + "x".repeat(5_000_000)));
        r = timed(3_000, "validate", word.toString());
        assertTrue(r.err().startsWith(word + ":3:8: a key or value of more than 100000 characters"), r.toString());
    }

    @Test
    void aHundredThousandCharacterIdGetsAPlainMessage() throws IOException {
        String model = Files.readString(Cli.DEMO_MODEL);
        String id = "c".repeat(100_000);
        Path yaml = Files.writeString(tmp.resolve("id.yaml"), model.replace("  climate:\n", "  " + id + ":\n"));
        Cli.Result r = timed(3_000, "validate", yaml.toString());
        assertTrue(r.err().startsWith(yaml + ":20:3: a key or value of more than 100000 characters"), r.toString());
        Path json = Files.writeString(tmp.resolve("id.json"), "{\"model\": \"m\", \"variables\": {\"" + id
                + "\": {\"distribution\": {\"type\": \"uniform\", \"min\": 0, \"max\": 1}}}}");
        r = timed(3_000, "validate", json.toString());
        assertEquals(json + ":1:30: a key of more than 50000 characters; keys have at most 200 characters (ids at most "
                + "64)\n", r.err());
        assertTrue(r.err().length() < 1000, "the id is not echoed: " + r.err().length() + " characters");
    }

    @Test
    void javaClassTagsInJobsAreRefusedAsInModels() throws IOException {
        Files.copy(Cli.DEMO_MODEL, tmp.resolve("model.yaml"));
        Path job = Files.writeString(tmp.resolve("job.yaml"),
                "job: j\nmodel: model.yaml\nanalyses:\n  - !!java.util.HashMap {type: montecarlo}\n");
        Cli.Result r = Cli.run("validate", job.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals(job + ":4:5: the YAML tag !!java.util.HashMap is not allowed; job files hold plain data (only the "
                + "tags !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are accepted)\n", r.err());
    }

    @Test
    void aScenarioWizardFileWithAByteOrderMarkIsRead() throws IOException {
        Path original = Path.of("../model/src/test/resources/fi/foresight/cib/scenariowizard/CIB_nested.scw");
        Path bom = tmp.resolve("CIB_nested.scw");
        byte[] body = Files.readAllBytes(original);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        Cli.Result r = Cli.run("validate", bom.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(fi.foresight.job.ModelSources.load(original).model().cib(),
                fi.foresight.job.ModelSources.load(bom).model().cib());
    }

    @Test
    void aBinaryScenarioWizardFileIsReportedWithItsPosition() throws IOException {
        Path bin = tmp.resolve("image.scw");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Cli.Result r = Cli.run("validate", bin.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals(bin + ":1:1: byte 0 (0x89) is not UTF-8 text; a ScenarioWizard file is text: save it as UTF-8, "
                + "or check that it is a .scw project and not another kind of file\n", r.err());
    }
}

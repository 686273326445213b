package fi.foresight.rundir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.job.Hashes;
import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run keeps a copy of each data file beside its copy of the model, records its SHA-256 and owns it. */
class RunDataFilesTest {
    static final String MODEL = """
            model: from_data
            data:
              survey:
                file: data/survey.csv
                scales:
                  q: {min: 1, max: 5}
            variables:
              x: {distribution: {type: empirical, data: survey.q, filter: {region: north}}}
            outcomes:
              y: "2 * x"
            """;
    static final String JOB = """
            job: from_data
            model: model.yaml
            seed: 7
            samples: 1000
            outputs: [csv, png, html]
            analyses:
              - {type: montecarlo}
            """;

    @Test
    void theRunCopiesTheDataFileRecordsItsHashAndReportsAgainFromTheCopy(@TempDir Path tmp) throws IOException {
        Path study = tmp.resolve("study");
        Files.createDirectories(study.resolve("data"));
        var csv = new StringBuilder("respondent,region,q\n");
        for (int i = 1; i <= 30; i++) {
            csv.append('r').append(i).append(',').append(i % 2 == 0 ? "north" : "south").append(',')
                    .append(i % 5 + 1).append('\n');
        }
        byte[] data = csv.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(study.resolve("data/survey.csv"), data);
        Files.writeString(study.resolve("model.yaml"), MODEL);
        Files.writeString(study.resolve("job.yaml"), JOB);
        Path out = tmp.resolve("run");

        Cli.Result r = Cli.run("run", study.resolve("job.yaml").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());

        assertArrayEquals(data, Files.readAllBytes(out.resolve("inputs/data/survey.csv")));
        Manifest m = Manifest.read(out.resolve("run.json"));
        assertEquals(1, m.data().size());
        Manifest.Source d = m.data().get(0);
        assertEquals("data/survey.csv", d.id());
        assertEquals("inputs/data/survey.csv", d.copy());
        assertEquals(study.resolve("data/survey.csv").toString(), d.path());
        assertEquals(Hashes.sha256(data), d.sha256());
        assertTrue(m.files().stream().anyMatch(f -> f.path().equals("inputs/data/survey.csv")
                && f.sha256().equals(Hashes.sha256(data))), "run.json's files list the copy");
        RunMarker marker = RunMarker.read(out).orElseThrow();
        assertEquals(Hashes.sha256(data), marker.files().get("inputs/data/survey.csv"), "the marker owns the copy");
        assertTrue(Ownership.examine(out).replaceable(), "the run is provably ours, copy included");

        // the study's file may change or go: the report is made again from the run's own copies
        Files.delete(study.resolve("data/survey.csv"));
        Cli.Result again = Cli.run("report", out.toString());
        assertEquals(0, again.code(), again.toString());
    }

    @Test
    void aRunOfAModelWithoutDataWritesNoDataEntry(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("model.yaml"), "model: plain\nvariables:\n  x: {distribution: {type: uniform, "
                + "min: 0, max: 1}}\noutcomes:\n  y: \"x\"\n");
        Files.writeString(tmp.resolve("job.yaml"), JOB.replace("from_data", "plain"));
        Path out = tmp.resolve("run");
        Cli.Result r = Cli.run("run", tmp.resolve("job.yaml").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertNull(Manifest.read(out.resolve("run.json")).data());
        assertTrue(!Files.readString(out.resolve("run.json")).contains("\"data\""));
    }
}

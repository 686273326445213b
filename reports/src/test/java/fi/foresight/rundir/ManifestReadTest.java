package fi.foresight.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json is read strictly: one object of format foresight-run/1, every field the report uses present. */
class ManifestReadTest {
    @TempDir
    Path tmp;

    static Manifest sample() {
        var column = new Manifest.Column("mean", "DOUBLE");
        var table = new Manifest.TableEntry("montecarlo-summary", "tables/montecarlo-summary.csv", 2, List.of(column));
        var chart = new Manifest.ChartEntry("montecarlo-range", "Range", List.of("charts/montecarlo-range.png"));
        var finding = new Manifest.FindingEntry("montecarlo.widest", Map.of("outcome", "y"), 1);
        var analysis = new Manifest.Analysis("montecarlo", Map.of("samples", 100), 5, List.of(table), List.of(chart),
                List.of(finding));
        return new Manifest(Manifest.FORMAT,
                new Manifest.Source("demo", null, null, "job.yaml", "inputs/job.yaml", "ab".repeat(32), null, null),
                new Manifest.Source("tiny", null, null, "m.yaml", "inputs/model.yaml", "cd".repeat(32), null, null),
                1, 2, 100, List.of("base"), List.of("none"), List.of("en"), List.of("html", "csv"),
                Map.of("foresight", "0.1.0"), "2035-01-31T12:00:00Z", "2035-01-31T12:00:05Z", 5000, List.of(analysis),
                List.of(), null);
    }

    private String problem(String json) throws IOException {
        Path file = tmp.resolve("run.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        var e = assertThrows(IllegalArgumentException.class, () -> Manifest.readComplete(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString()), m);
        for (String internal : new String[] {"Exception", "java.", "fi.foresight", "`", "Feature", "()"}) {
            assertFalse(m.contains(internal), "'" + internal + "' in: " + m);
        }
        return m;
    }

    private static String json() {
        return new String(sample().toJson(), StandardCharsets.UTF_8);
    }

    /** The sample's JSON without the field at {@code pointer} (e.g. {@code /analyses/0/tables}). */
    private static String without(String pointer) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json());
        int slash = pointer.lastIndexOf('/');
        ((ObjectNode) root.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        return root.toString();
    }

    @Test
    void aManifestReadsBackAsWritten() throws IOException {
        Path file = tmp.resolve("run.json");
        Files.write(file, sample().toJson());
        assertEquals(sample(), Manifest.read(file));
    }

    @Test
    void textAfterTheObjectIsRefused() throws IOException {
        assertTrue(problem(json() + "\n{}").contains("more text follows the JSON object"));
        assertTrue(problem(json() + "\ngarbage").contains("not valid JSON"));
    }

    @Test
    void onlyTheFormatThisVersionReadsIsAccepted() throws IOException {
        String future = problem(json().replace(Manifest.FORMAT, "foresight-run/999"));
        assertTrue(future.contains("format: 'foresight-run/999' is not supported; this Foresight reads foresight-run/1"),
                future);
        assertTrue(problem(json().replace(Manifest.FORMAT, "other")).contains("not a Foresight run format"));
    }

    @Test
    void aMissingFieldIsNamedWithItsPath() throws IOException {
        String noTables = problem(without("/analyses/0/tables"));
        assertTrue(noTables.contains("analyses[0].tables: missing"), noTables);
        assertTrue(problem(without("/analyses/0/findings")).contains("analyses[0].findings: missing"));
        assertTrue(problem(without("/model/copy")).contains("model.copy: missing"));
        assertTrue(problem(without("/versions")).contains("versions: missing"));
        assertTrue(problem(without("/analyses/0/tables/0/columns/0/name")).contains("columns[0].name: missing"));
        assertTrue(problem(without("/analyses")).contains("analyses: missing"));
        assertTrue(problem(without("/format")).contains("format: missing"));
    }

    @Test
    void aValueOfTheWrongKindIsNamedWithItsPlace() throws IOException {
        String seed = problem(json().replace("\"seed\" : 1,", "\"seed\" : \"one\","));
        assertTrue(seed.matches("(?s).*run\\.json:\\d+:\\d+: seed: expected a whole number.*"), seed);
        String tables = problem(json().replaceFirst("\"tables\" : \\[", "\"tables\" : \"x\", \"was\" : ["));
        assertTrue(tables.contains("analyses[0].tables: expected a list"), tables);
        assertTrue(problem(json().replace("\"seed\" : 1,", "\"seed\" : 1e999999,")).contains("seed"));
        assertTrue(problem(json().replace("\"seed\" : 1,", "\"seed\" : 99999999999999999999999,"))
                .contains("seed: the number is too large"));
        assertTrue(problem(json().replace("\"seed\" : 1,", "\"seed\" : NaN,")).contains("NaN and Infinity"));
        assertTrue(problem(json().replace("\"DOUBLE\"", "\"BLOB\"")).contains("columns[0].type: 'BLOB'"));
        assertTrue(problem(json().replace("2035-01-31T12:00:00Z", "yesterday")).contains("started: expected a UTC time"));
    }

    @Test
    void duplicateKeysEmptyFilesAndOtherJsonAreRefused() throws IOException {
        assertTrue(problem(json().replace("\"seed\" : 1,", "\"seed\" : 1, \"seed\" : 2,")).contains("a key appears twice"));
        assertTrue(problem("").contains("empty"));
        assertTrue(problem("null").contains("empty"));
        assertTrue(problem("[]").contains("expected an object"));
        assertTrue(problem(json().substring(0, 200)).contains("ends too early"));
        assertTrue(problem("\u0000\u0001").contains("not valid JSON"));
    }
}

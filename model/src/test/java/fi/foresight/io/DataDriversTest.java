package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.data.DataSet;
import fi.foresight.distributions.Empirical;
import fi.foresight.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drivers whose empirical distribution is the answers of a data file's column ({@code data: survey.q}). */
class DataDriversTest {
    @TempDir
    Path dir;

    /** 60 respondents: every third in the south, q = (7i mod 5) + 1, every eleventh q missing. */
    static String survey() {
        var b = new StringBuilder("respondent,region,q,readiness\n");
        String[] labels = {"not ready", "somewhat ready", "ready"};
        for (int i = 1; i <= 60; i++) {
            b.append("r").append(i).append(',').append(i % 3 == 0 ? "south" : "north").append(',')
                    .append(i % 11 == 0 ? "" : String.valueOf((7 * i) % 5 + 1)).append(',')
                    .append(labels[i % 3]).append('\n');
        }
        return b.toString();
    }

    /** The answers of q from the north, by the rule the file was written with. */
    static double[] northAnswers() {
        var out = new ArrayList<Double>();
        for (int i = 1; i <= 60; i++) {
            if (i % 3 != 0 && i % 11 != 0) {
                out.add((double) ((7 * i) % 5 + 1));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static final String DATA = """
            model: from_data
            data:
              survey:
                file: data/survey.csv
                scales:
                  q: {min: 1, max: 5}
                  readiness: {labels: {"not ready": 0, "somewhat ready": 0.5, "ready": 1}}
            """;

    Path write(String model) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/survey.csv"), survey(), StandardCharsets.UTF_8);
        Path file = dir.resolve("model.yaml");
        Files.writeString(file, model, StandardCharsets.UTF_8);
        return file;
    }

    Empirical driver(Model m, String id) {
        return (Empirical) m.drivers().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow()
                .distribution();
    }

    @Test
    void anEmpiricalDriverFromDataReproducesTheAnswersMeanAndQuantiles() throws IOException {
        Model m = ModelFiles.load(write(DATA + """
                variables:
                  north: {distribution: {type: empirical, data: survey.q, filter: {region: north}}}
                """));
        Empirical d = driver(m, "north");
        double[] answers = northAnswers();
        assertEquals(36, answers.length, "40 northern respondents, 4 of them without an answer");
        assertEquals(36, d.total());
        assertEquals(Arrays.stream(answers).average().orElseThrow(), d.mean(), 1e-12);
        double[] sorted = answers.clone();
        Arrays.sort(sorted);
        for (double p : new double[] {0.1, 0.3, 0.55, 0.7, 0.95}) {
            // the empirical quantile: the smallest answer with at least p of the answers at or below it
            double expected = sorted[(int) Math.ceil(p * sorted.length) - 1];
            assertEquals(expected, d.quantile(p), "quantile " + p);
        }
        double var = Arrays.stream(answers).map(a -> (a - d.mean()) * (a - d.mean())).sum() / answers.length;
        assertEquals(var, d.variance(), 1e-12);
    }

    @Test
    void filtersSelectRowsLabelsMapAndValuesFromTheFileEqualValuesWritten() throws IOException {
        Model m = ModelFiles.load(write(DATA + """
                variables:
                  everyone: {distribution: {type: empirical, data: survey.q}}
                  south: {distribution: {type: empirical, data: survey.q, filter: {region: [south]}}}
                  both: {distribution: {type: empirical, data: survey.q, filter: {region: [north, south]}}}
                  ready_south: {distribution: {type: empirical, data: survey.readiness, filter: {region: SOUTH}}}
                  written: {distribution: {type: empirical, values: [1, 2, 2, 5]}}
                """));
        assertEquals(55, driver(m, "everyone").total(), "60 answers less 5 missing (i = 11, 22, 33, 44, 55)");
        assertEquals(driver(m, "everyone"), driver(m, "both"));
        assertEquals(19, driver(m, "south").total(), "20 in the south, i = 33 missing");
        // in the south i is a multiple of 3, so every label is labels[0]: "not ready" → 0
        assertEquals(new Empirical(new double[] {0}, new double[] {20}), driver(m, "ready_south"));
        assertEquals(new Empirical(new double[] {1, 2, 2, 5}, null), driver(m, "written"));
    }

    @Test
    void theModelKeepsTheBytesOfItsDataFilesAndReadsThemFromMemoryToo() throws IOException {
        Path file = write(DATA + "variables:\n  x: {distribution: {type: empirical, data: survey.q}}\n");
        LoadedModel loaded = ModelFiles.read(file);
        assertEquals(List.of("data/survey.csv"), List.copyOf(loaded.dataFiles().keySet()));
        assertArrayEquals(Files.readAllBytes(dir.resolve("data/survey.csv")), loaded.dataFiles().get("data/survey.csv"));
        DataSet survey = loaded.data().require("survey");
        assertEquals(60, survey.respondents());
        assertArrayEquals(northAnswers(), ModelFiles.data(file).answers("survey", "q", Map.of("region", "north")));
        byte[] model = Files.readAllBytes(file);
        LoadedModel shipped = ModelFiles.read(model, "elsewhere/model.yaml", loaded.dataFiles());
        assertEquals(loaded.model().drivers(), shipped.model().drivers());
    }

    static String problems(Path file) {
        return assertThrows(ModelFileException.class, () -> ModelFiles.load(file)).getMessage();
    }

    @Test
    void referenceProblemsArePlacedInTheModelFile() throws IOException {
        String m = problems(write(DATA + """
                variables:
                  a: {distribution: {type: empirical, data: survey.qq}}
                  b: {distribution: {type: empirical, data: survey.q, filter: {regoin: north}}}
                  c: {distribution: {type: empirical, data: survey.q, filter: {region: nort}}}
                  d: {distribution: {type: empirical, data: surve.q}}
                  e: {distribution: {type: empirical, data: survey.q, values: [1]}}
                  f: {distribution: {type: empirical, data: survey.q, filter: {respondent: r1}}}
                """));
        String f = dir.resolve("model.yaml").toString();
        String csv = dir.resolve("data/survey.csv").toString();
        assertTrue(m.contains(f + ":9:45: variables.a.distribution.data: " + csv + " has no column 'qq'; did you mean "
                + "q?; its columns are respondent, region, q, readiness"), m);
        assertTrue(m.contains(f + ":10:64: variables.b.distribution.filter.regoin: " + csv + " has no column 'regoin';"
                + " did you mean region?"), m);
        assertTrue(m.contains(f + ":11:72: variables.c.distribution.filter.region: no respondent in " + csv
                + " has region 'nort'; did you mean north?; the answers in the column are north, south"), m);
        assertTrue(m.contains(f + ":12:45: variables.d.distribution.data: no data set 'surve' under data:; did you "
                + "mean survey?; the data sets are survey"), m);
        assertTrue(m.contains(f + ":13:7: variables.e.distribution: both values and data are given"), m);
        assertTrue(m.contains(f + ":14:45: variables.f.distribution.data: only 1 answer in survey.q from the "
                + "respondents with respondent r1; a driver from data needs at least 5 "
                + "(min_answers of data.survey)"), m);
    }

    @Test
    void contentProblemsArePlacedInTheDataFileAfterTheModelsOwn() throws IOException {
        Path file = write(DATA + "variables:\n  x: {distribution: {type: empirical, data: survey.respondent}}\n");
        String m = problems(file);
        String csv = dir.resolve("data/survey.csv").toString();
        String[] lines = m.split("\n");
        assertTrue(lines[0].startsWith(dir.resolve("model.yaml") + ":9:45: variables.x.distribution.data: the answers"
                + " in column 'respondent' of " + csv + " are not all numbers"), m);
        assertTrue(lines[1].startsWith(csv + ":2:1: row 2, column A 'respondent': expected a number, got the text "
                + "'r1'; the column holds text"), m);
        assertEquals(1 + 20 + 1, lines.length, "20 cells, then how many more: " + m);
        assertTrue(lines[21].equals(csv + ": 40 more answers in column A 'respondent' are not numbers"), m);
    }

    @Test
    void dataFilesAreNamedRelativeToTheModelInsideItsFolder() {
        assertTrue(DataSection.pathProblem("/tmp/x.csv").contains("is an absolute path"));
        assertTrue(DataSection.pathProblem("C:/x.csv").contains("is an absolute path"));
        assertTrue(DataSection.pathProblem("../x.csv").contains("leaves the model file's folder"));
        assertTrue(DataSection.pathProblem("data\\x.csv").contains("write '/'"));
        assertTrue(DataSection.pathProblem("data/kysely ä.csv").contains("rename the file"));
        assertTrue(DataSection.pathProblem("data/x.xls").contains("the old .xls format is not read"));
        assertEquals(null, DataSection.pathProblem("data/survey-2018.csv"));
        assertEquals(null, DataSection.pathProblem("answers.XLSX"));
    }
}

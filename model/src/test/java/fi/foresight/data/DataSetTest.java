package fi.foresight.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class DataSetTest {
    static final String CSV = """
            respondent,region,q1,q2,readiness
            r1,north,1,2,ready
            r2,north,2,NA,not ready
            r3,south,3,4,Ready
            r4,north,,5,ready
            r5,south,5,1,
            ,,,,
            r6,north,3,2,not ready
            """;
    static final Map<String, Double> LABELS = new LinkedHashMap<>(Map.of("not ready", 0.0, "ready", 1.0));
    static final DataSpec SPEC = DataSpec.of("survey", "survey.csv")
            .withScales(Map.of("q1", Scale.range(1, 5), "readiness", Scale.labels(LABELS)));

    static DataSet csv(String text, DataSpec spec) {
        return DataSet.parse(text.getBytes(StandardCharsets.UTF_8), spec, "survey.csv");
    }

    static DataProblem only(Runnable r) {
        DataException e = assertThrows(DataException.class, r::run);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void readsRespondentsAndColumnsLeavingEmptyRowsOut() {
        DataSet s = csv(CSV, SPEC);
        assertEquals(List.of("respondent", "region", "q1", "q2", "readiness"), s.columns());
        assertEquals(6, s.respondents());
        assertEquals(8, s.row(5), "r6 is on spreadsheet row 8: the header is row 1 and row 7 is empty");
        assertEquals("south", s.text(2, "region"));
        assertNull(s.text(3, "q1"), "an empty cell is missing");
        assertNull(s.text(1, "q2"), "NA is missing by default");
    }

    @Test
    void missingAnswersAreLeftOutOfThatColumnOnlyAndCounted() {
        DataSet s = csv(CSV, SPEC);
        assertArrayEquals(new double[] {1, 2, 3, 5, 3}, s.answers("q1"));
        assertArrayEquals(new double[] {2, 4, 5, 1, 2}, s.answers("q2"));
        int[] all = s.select(Map.of());
        assertEquals(1, s.missing("q1", all));
        assertEquals(1, s.missing("q2", all));
        double[] q1 = s.numbers("q1", all);
        assertTrue(Double.isNaN(q1[3]), "numbers() keeps the respondent's place with NaN");
        assertEquals(6, q1.length);
    }

    @Test
    void customMissingTextsReplaceTheDefaultButAnEmptyCellStaysMissing() {
        DataSet s = csv(CSV.replace("r6,north,3,2", "r6,north,-,2"), SPEC.withMissing(List.of("-")));
        assertArrayEquals(new double[] {1, 2, 3, 5}, s.answers("q1"));
        DataProblem p = only(() -> s.answers("q2"));
        assertEquals(3, p.row());
        assertEquals(4, p.column());
        assertTrue(p.message().contains("got the text 'NA'"), p.message());
    }

    @Test
    void labelsMapByTheScaleIgnoringCase() {
        DataSet s = csv(CSV, SPEC);
        assertArrayEquals(new double[] {1, 0, 1, 1, 0}, s.answers("readiness"));
    }

    @Test
    void filtersSelectTheRightRespondents() {
        DataSet s = csv(CSV, SPEC);
        assertArrayEquals(new int[] {0, 1, 3, 5}, s.select(Map.of("region", List.of("north"))));
        assertArrayEquals(new double[] {1, 2, 3}, s.answers("q1", Map.of("region", "north")));
        assertArrayEquals(new double[] {3, 5}, s.answers("q1", Map.of("region", "south")));
        assertArrayEquals(new double[] {2, 4, 5}, s.answersOf("q2", Map.of("readiness", List.of("ready"),
                "region", List.of("north", "south"))), "several columns: all must match; a list: any value");
        assertArrayEquals(new double[] {4}, s.answers("q2", Map.of("q1", "3.0", "region", "south")),
                "numbers compare as numbers");
        var e = assertThrows(IllegalArgumentException.class, () -> s.answers("q1", Map.of("region", "nort")));
        assertTrue(e.getMessage().contains("has region 'nort'; did you mean north?"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> s.answers("q1", Map.of("regoin", "north")));
        assertTrue(e.getMessage().contains("no column 'regoin'; did you mean region?"), e.getMessage());
    }

    @Test
    void semicolonFilesAreDetectedAndTakeDecimalCommas() {
        DataSet s = csv("id;score\na;3,5\nb;4\n", DataSpec.of("d", "d.csv"));
        assertArrayEquals(new double[] {3.5, 4}, s.answers("score"));
        DataSet quoted = csv("id,score\n\"a, b\",\"1\"\n\"line\nbreak\",2\nc,3\n", DataSpec.of("d", "d.csv"));
        assertEquals(3, quoted.respondents());
        assertEquals(4, quoted.row(2), "a quoted line break stays in its row");
    }

    @Test
    void aBomIsSkippedAndBlanksAroundCellsAreTrimmed() {
        DataSet s = csv("\uFEFFid , score\n a , 2 \n", DataSpec.of("d", "d.csv"));
        assertEquals(List.of("id", "score"), s.columns());
        assertEquals("a", s.text(0, "id"));
        assertArrayEquals(new double[] {2}, s.answers("score"));
    }

    @Test
    void csvAndXlsxGiveTheSameDataSet() throws IOException {
        DataSet fromCsv = csv(CSV, SPEC);
        byte[] xlsx = workbook(CSV, false);
        DataSet fromXlsx = DataSet.parse(xlsx, new DataSpec("survey", "survey.xlsx", null, SPEC.scales(), null,
                (char) 0, 5), "survey.xlsx");
        assertEquals(fromCsv.columns(), fromXlsx.columns());
        assertEquals(fromCsv.respondents(), fromXlsx.respondents());
        for (int i = 0; i < fromCsv.respondents(); i++) {
            assertEquals(fromCsv.row(i), fromXlsx.row(i));
            for (String c : fromCsv.columns()) {
                assertEquals(fromCsv.text(i, c), fromXlsx.text(i, c), "respondent " + i + ", " + c);
            }
        }
        for (String c : List.of("q1", "q2", "readiness")) {
            assertArrayEquals(fromCsv.answers(c), fromXlsx.answers(c), c);
        }
    }

    @Test
    void aFormulaInAWorkbookIsRefusedNotEvaluated() throws IOException {
        byte[] xlsx = workbook(CSV, true);
        DataSpec spec = new DataSpec("survey", "survey.xlsx", null, null, null, (char) 0, 5);
        DataProblem p = only(() -> DataSet.parse(xlsx, spec, "survey.xlsx"));
        assertEquals(2, p.row());
        assertEquals(3, p.column());
        assertTrue(p.message().contains("holds a formula"), p.message());
        assertTrue(p.toString().startsWith("survey.xlsx:2:3: row 2, column C 'q1': "), p.toString());
    }

    @Test
    void anUnknownSheetNamesTheSheetsThereAre() throws IOException {
        byte[] xlsx = workbook(CSV, false);
        DataSpec spec = new DataSpec("survey", "survey.xlsx", null, null, "Answers", (char) 0, 5);
        DataProblem p = only(() -> DataSet.parse(xlsx, spec, "survey.xlsx"));
        assertEquals("survey.xlsx: the workbook has no sheet 'Answers'; its sheets are 'Survey'", p.toString());
    }

    /** The CSV as a workbook: numbers as numeric cells, the rest as text; optionally a formula in row 2, column C. */
    static byte[] workbook(String csv, boolean formula) throws IOException {
        var out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Survey");
        String[] lines = csv.split("\n");
        for (int r = 0; r < lines.length; r++) {
            String[] cells = lines[r].split(",", -1);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c].isEmpty()) {
                    continue;
                }
                if (cells[c].matches("\\d+")) {
                    ws.value(r, c, Integer.parseInt(cells[c]));
                } else {
                    ws.value(r, c, cells[c]);
                }
            }
        }
        if (formula) {
            ws.formula(1, 2, "1+0");
        }
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void everyProblemNamesFileRowAndColumn() {
        DataProblem dup = only(() -> csv("a,b,a\n1,2,3\n", DataSpec.of("d", "d.csv")));
        assertEquals("survey.csv:1:3: row 1, column C 'a': the name 'a' is also the name of column A; every column "
                + "needs its own name", dup.toString());
        DataProblem scale = only(() -> csv(CSV.replace("r3,south,3", "r3,south,7"), SPEC));
        assertEquals("survey.csv:4:3: row 4, column C 'q1': the answer 7 is not on the scale; answers are numbers from 1"
                + " to 5, or leave the cell empty for no answer", scale.toString());
        DataProblem label = only(() -> csv(CSV.replace("r1,north,1,2,ready", "r1,north,1,2,redy"), SPEC));
        assertEquals(2, label.row());
        assertEquals(5, label.column());
        assertTrue(label.message().startsWith("'redy' is not a label of the scale; did you mean 'ready'?"),
                label.message());
        DataSet s = csv(CSV.replace("r5,south,5,1", "r5,south,5,one"), SPEC);
        DataProblem text = only(() -> s.answers("q2"));
        assertEquals("survey.csv:6:4: row 6, column D 'q2': expected a number, got the text 'one'; the column's answers"
                + " are numbers (e.g. 2 in row 2), so write a number, leave the cell empty for no answer, or give the "
                + "column a scale with labels (data.survey.scales.q2.labels in the model)", text.toString());
        DataProblem beyond = only(() -> csv("a,b\n1,2,3\n", DataSpec.of("d", "d.csv")));
        assertEquals("survey.csv:2:3: row 2, column C: the cell '3' is beyond the last named column (B 'b'); give the "
                + "column a name in row 1, or check the row for a stray delimiter", beyond.toString());
        DataProblem quote = only(() -> csv("a,b\n1,2\n\"3,4\n", DataSpec.of("d", "d.csv")));
        assertEquals(3, quote.row());
        assertTrue(quote.message().startsWith("the row cannot be read as CSV"), quote.message());
        assertTrue(only(() -> csv("", DataSpec.of("d", "d.csv"))).message().startsWith("the file is empty"));
        assertTrue(only(() -> csv("a,b\n", DataSpec.of("d", "d.csv"))).message().contains("no respondents"));
        DataProblem latin = only(() -> DataSet.parse(new byte[] {'a', '\n', (byte) 0xe4, '\n'}, DataSpec.of("d",
                "d.csv"), "d.csv"));
        assertEquals("d.csv: the file is not UTF-8 text; save it as 'CSV UTF-8' (or as .xlsx)", latin.toString());
        DataProblem noName = only(() -> csv("a,,c\n1,2,3\n", DataSpec.of("d", "d.csv")));
        assertEquals("survey.csv:1:2: row 1, column B: the column has no name; the first row names every column (or "
                + "delete the empty column)", noName.toString());
    }

    @Test
    void columnLettersFollowSpreadsheets() {
        assertEquals("A", Columns.letter(1));
        assertEquals("Z", Columns.letter(26));
        assertEquals("AA", Columns.letter(27));
        assertEquals("AZ", Columns.letter(52));
        assertEquals("BA", Columns.letter(53));
        assertEquals("XFD", Columns.letter(16384));
    }

    @Test
    void scalesCheckThemselves() {
        assertThrows(IllegalArgumentException.class, () -> Scale.range(5, 1));
        assertThrows(IllegalArgumentException.class, () -> new Scale(1, Double.NaN, null));
        assertThrows(IllegalArgumentException.class, () -> new Scale(Double.NaN, Double.NaN, null));
        var e = assertThrows(IllegalArgumentException.class, () -> new Scale(1, 5, Map.of("a", 9.0)));
        assertTrue(e.getMessage().contains("outside the scale's range 1 to 5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Scale.labels(Map.of("Yes", 1.0, "yes ", 0.0)));
        assertEquals(new DataRef("survey", "q7.b"), DataRef.parse("survey.q7.b"));
        assertThrows(IllegalArgumentException.class, () -> DataRef.parse("survey"));
    }
}

package fi.foresight.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * CSV formula injection: model text that starts with {@code = + - @}, a tab or a carriage return reaches the CSV
 * files with a single quote in front (OWASP), numbers stay numbers, and the report made again from the CSV files
 * shows the text as written in the model. XLSX cells hold such text as plain strings, never as formulas.
 */
class CsvInjectionTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/injection/job.yaml");

    @TempDir
    static Path tmp;
    static Path run;
    static Cli.Result result;

    @BeforeAll
    static void runTheJob() {
        run = tmp.resolve("injection");
        result = Cli.run("run", JOB.toString(), "--out", run.toString(), "--quiet");
    }

    private static List<List<String>> cells(String table) throws IOException {
        Path f = run.resolve("tables").resolve(table + ".csv");
        return CsvTables.parse(Files.readString(f, StandardCharsets.UTF_8), f);
    }

    @Test
    void noCellOfAnyCsvStartsLikeAFormulaUnlessItIsANumber() throws IOException {
        assertEquals(0, result.code(), result.toString());
        List<Path> csvs;
        try (Stream<Path> s = Files.list(run.resolve("tables"))) {
            csvs = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        assertTrue(csvs.size() >= 5, csvs.toString());
        int negativeNumbers = 0;
        for (Path csv : csvs) {
            for (List<String> row : CsvTables.parse(Files.readString(csv, StandardCharsets.UTF_8), csv)) {
                for (String cell : row) {
                    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                        Double.parseDouble(cell); // throws for text: only numbers may start with '-' or '+'
                        negativeNumbers++;
                    }
                }
            }
        }
        assertTrue(negativeNumbers > 0, "the summary's negative numbers are written as numbers");
    }

    @Test
    void theNamedTablesCarryTheNeutralisedText() throws IOException {
        assertEquals(List.of("'=SUM(1,2)", "open", "active", "1"), cells("scenario-cross").get(1));
        List<String> bridge = cells("cib-bridge").get(1);
        assertTrue(bridge.get(2).startsWith("'=HYPERLINK("), bridge.toString());
        assertEquals("'=1+1, -active", bridge.get(3));
        assertEquals("'+1+1, 'quoted", cells("cib-scenarios").get(2).get(1));
        assertEquals("'@closed, +active", cells("futures-table-solutions").get(3).get(1));
    }

    @Test
    void readingTheCsvBackGivesTheTextAsWritten() {
        var columns = List.of(new Manifest.Column("scenario", "STRING"), new Manifest.Column("x_pole", "STRING"),
                new Manifest.Column("y_pole", "STRING"), new Manifest.Column("configurations", "INTEGER"));
        Table t = CsvTables.read(run.resolve("tables/scenario-cross.csv"), "scenario-cross", columns);
        assertEquals("=SUM(1,2)", t.stringColumn("scenario").get(0));
    }

    @Test
    void everyTextRoundTripsAndOnlyTextIsNeutralised() throws IOException {
        var text = StringColumn.create("=header", "=1+2", "+1", "-1", "@x", "\tx", "\rx", "'x", "''x", "x-", "");
        var numbers = DoubleColumn.create("value", -0.5, -1, 2, Double.NaN, -1e-5, 0, 1, 2, 3, 4);
        Table t = Table.create("t", text, numbers);
        Path f = tmp.resolve("round-trip.csv");
        CsvTables.write(t, f);
        List<List<String>> raw = CsvTables.parse(Files.readString(f, StandardCharsets.UTF_8), f);
        assertEquals(List.of("'=header", "value"), raw.get(0));
        assertEquals(List.of("'=1+2", "'+1", "'-1", "'@x", "'\tx", "'\rx", "''x", "'''x", "x-", ""),
                raw.stream().skip(1).map(r -> r.get(0)).toList());
        assertEquals(List.of("-0.5", "-1.0", "2.0", "", "-1.0E-5"), raw.stream().skip(1).limit(5).map(r -> r.get(1)).toList());
        var columns = List.of(new Manifest.Column("=header", "STRING"), new Manifest.Column("value", "DOUBLE"));
        Table back = CsvTables.read(f, "t", columns);
        assertEquals(text.asList(), back.stringColumn("=header").asList());
        assertEquals(-0.5, back.doubleColumn("value").get(0));
    }

    @Test
    void theReportMadeAgainFromTheCsvShowsTheTextAsWritten() throws IOException {
        Cli.Result again = Cli.run("report", run.toString(), "--quiet");
        assertEquals(0, again.code(), again.toString());
        String html = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("=SUM(1,2)"), "the cross's name");
        assertFalse(html.contains("'=SUM(1,2)"), "no quote added in the report");
    }

    @Test
    void xlsxHoldsTheTextAsStringsAndNoFormula() throws IOException {
        try (var zip = new ZipFile(run.resolve("report.xlsx").toFile())) {
            var sheets = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).toList();
            assertFalse(sheets.isEmpty());
            for (var e : sheets) {
                String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                assertFalse(xml.contains("<f>") || xml.contains("<f "), e.getName() + " holds a formula");
            }
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(strings.contains(">=SUM(1,2)<"), "a text cell, shown as written");
        }
    }
}

package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysts' workbooks of a small run with a horizon (Monte Carlo and trajectories, English and Finnish), opened
 * with Apache POI: a contents sheet first, sheet names in words, label columns beside ids, % and year formats,
 * numbers as numeric cells, autofilter and frozen header, widths from content, Finnish headers in report.fi.xlsx.
 */
class XlsxWorkbookTest {
    static final Path JOB = Path.of("src/test/resources/fi/foresight/jobs/xlsx/job.yaml");
    @TempDir
    static Path tmp;
    static XSSFWorkbook en;
    static XSSFWorkbook fi;
    static Cli.Result result;

    @BeforeAll
    static void run() throws IOException {
        Path dir = tmp.resolve("run");
        result = Cli.run("run", JOB.toString(), "--out", dir.toString(), "--quiet");
        assertEquals(0, result.code(), result.toString());
        en = open(dir.resolve("report.xlsx"));
        fi = open(dir.resolve("report.fi.xlsx"));
    }

    @AfterAll
    static void close() throws IOException {
        en.close();
        fi.close();
    }

    private static XSSFWorkbook open(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void firstSheetIsTheContentsWithTheRunsFacts() {
        Sheet c = en.getSheetAt(0);
        assertEquals("Contents", c.getSheetName());
        List<String> text = texts(c);
        assertTrue(text.contains("Seed") && text.contains("Samples") && text.contains("Model file SHA-256"), text.toString());
        assertTrue(text.contains("Horizon") && text.contains("2019\u20132030"), text.toString());
        assertTrue(text.stream().anyMatch(s -> s.matches("[0-9a-f]{64}")), "the model's hash: " + text);
        Row seed = rowStarting(c, "Seed");
        assertEquals(CellType.NUMERIC, seed.getCell(1).getCellType());
        assertEquals(7.0, seed.getCell(1).getNumericCellValue());
        for (int i = 1; i < en.getNumberOfSheets(); i++) {
            assertTrue(text.contains(en.getSheetName(i)), "the contents list sheet " + en.getSheetName(i));
        }
        Row first = rowStarting(c, en.getSheetName(1));
        assertNotNull(first.getCell(0).getHyperlink(), "the sheet's name links to it");
        assertEquals("'" + en.getSheetName(1) + "'!A1", first.getCell(0).getHyperlink().getAddress());
    }

    @Test
    void sheetNamesAreWordsValidInExcelAndUnique() {
        var names = new ArrayList<String>();
        for (int i = 0; i < en.getNumberOfSheets(); i++) {
            names.add(en.getSheetName(i));
        }
        assertTrue(names.containsAll(List.of("Outcome distributions", "Target probabilities", "Outcomes year by year")),
                names.toString());
        Set<String> lower = new HashSet<>();
        for (String n : names) {
            assertTrue(n.length() <= 31 && !n.matches(".*[\\[\\]:*?/\\\\].*") && !n.startsWith("'") && !n.endsWith("'"), n);
            assertFalse(n.matches(".*[a-z]+-[a-z]+.*-?[0-9]*"), "a table id as a sheet name: " + n);
            assertTrue(lower.add(n.toLowerCase()), "unique: " + n);
        }
    }

    @Test
    void probabilitiesArePercentCellsAndLabelsStandBesideIds() {
        XSSFSheet s = en.getSheet("Target probabilities");
        List<String> headers = headers(s);
        int p = headers.indexOf("Probability");
        int scenarioId = headers.indexOf("Scenario id");
        assertTrue(p >= 0 && scenarioId >= 0, headers.toString());
        assertEquals("Scenario", headers.get(scenarioId + 1), "the label column beside the ids");
        Row r = s.getRow(1);
        assertEquals(CellType.NUMERIC, r.getCell(p).getCellType());
        assertTrue(r.getCell(p).getCellStyle().getDataFormatString().contains("%"),
                r.getCell(p).getCellStyle().getDataFormatString());
        double v = r.getCell(p).getNumericCellValue();
        assertTrue(v >= 0 && v <= 1, "a share, shown as %: " + v);
        var labels = new HashSet<String>();
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            labels.add(s.getRow(i).getCell(scenarioId + 1).getStringCellValue());
        }
        assertTrue(labels.contains("Export push"), labels.toString());
        int target = headers.indexOf("Target");
        assertEquals("Exports of at least 420 MEUR", r.getCell(target).getStringCellValue(), "the target's label");
    }

    @Test
    void yearsAreNumbersWithoutThousandsSeparators() {
        XSSFSheet s = en.getSheet("Outcomes year by year");
        int y = headers(s).indexOf("Year");
        assertTrue(y >= 0, headers(s).toString());
        Cell c = s.getRow(1).getCell(y);
        assertEquals(CellType.NUMERIC, c.getCellType());
        assertEquals(2019.0, c.getNumericCellValue());
        assertEquals("2019", new DataFormatter(java.util.Locale.ENGLISH).formatCellValue(c), "no thousands separator");
    }

    @Test
    void aColumnOfLargeAndSmallMeasurementsShowsEachWithItsDigits() {
        XSSFSheet s = en.getSheet("Outcome distributions");
        List<String> headers = headers(s);
        int outcome = headers.indexOf("Outcome id");
        int mean = headers.indexOf("Mean");
        var shown = new java.util.HashMap<String, String>();
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            shown.put(r.getCell(outcome).getStringCellValue(),
                    new DataFormatter(java.util.Locale.ENGLISH).formatCellValue(r.getCell(mean)));
        }
        assertTrue(shown.get("share_abroad").matches("0\\.2[0-9]{3}"), "a share near 0.2: " + shown);
        assertTrue(shown.get("exports").matches("[0-9]{3}\\.[0-9]"), "exports near 400: " + shown);
    }

    @Test
    void everyNumericColumnHoldsNumericCells() {
        for (int k = 1; k < en.getNumberOfSheets(); k++) {
            XSSFSheet s = en.getSheetAt(k);
            List<String> headers = headers(s);
            for (String h : List.of("Mean", "Probability", "Year", "Samples")) {
                int j = headers.indexOf(h);
                if (j < 0) {
                    continue;
                }
                for (int i = 1; i <= s.getLastRowNum(); i++) {
                    Cell c = s.getRow(i) == null ? null : s.getRow(i).getCell(j);
                    if (c != null && c.getCellType() != CellType.BLANK) {
                        assertEquals(CellType.NUMERIC, c.getCellType(), s.getSheetName() + " " + h + " row " + i);
                    }
                }
            }
        }
    }

    @Test
    void tableSheetsHaveAFilterAFrozenHeaderAndWidthsFromContent() {
        for (int k = 1; k < en.getNumberOfSheets(); k++) {
            XSSFSheet s = en.getSheetAt(k);
            assertTrue(s.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + " has an autofilter");
            PaneInformation pane = s.getPaneInformation();
            assertNotNull(pane, s.getSheetName() + " has a frozen pane");
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition(), "the header row is frozen");
            var widths = new HashSet<Integer>();
            for (int j = 0; j < headers(s).size(); j++) {
                widths.add(s.getColumnWidth(j));
            }
            assertTrue(widths.size() > 1, s.getSheetName() + ": widths all equal " + widths);
        }
    }

    @Test
    void theFinnishWorkbookIsFinnish() {
        assertEquals("Sisällys", fi.getSheetAt(0).getSheetName());
        XSSFSheet s = fi.getSheet("Tavoitetodennäköisyydet");
        assertNotNull(s, "Finnish sheet names");
        List<String> headers = headers(s);
        assertTrue(headers.containsAll(List.of("Skenaario", "Todennäköisyys")), headers.toString());
        assertTrue(headers.contains("Skenaario (tunnus)"), headers.toString());
        for (String h : headers(en.getSheet("Target probabilities"))) {
            if (h.length() > 3) {
                assertFalse(headers.contains(h), "English header in the Finnish workbook: " + h);
            }
        }
        List<String> contents = texts(fi.getSheetAt(0));
        assertTrue(contents.contains("Siemenluku") || contents.stream().anyMatch(t -> t.startsWith("Siemen")), contents.toString());
        assertTrue(contents.contains("Alueen vienti 2030 (exports_demo)"), "the model's Finnish title: " + contents);
        int target = headers.indexOf("Tavoite");
        assertEquals("Vientiä vähintään 420 milj. euroa", s.getRow(1).getCell(target).getStringCellValue());
    }

    private static List<String> headers(Sheet s) {
        var out = new ArrayList<String>();
        for (Cell c : s.getRow(0)) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    private static List<String> texts(Sheet s) {
        var out = new ArrayList<String>();
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    private static Row rowStarting(Sheet s, String first) {
        for (Row r : s) {
            if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                    && r.getCell(0).getStringCellValue().equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row " + first);
    }
}

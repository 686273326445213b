package fi.foresight.rundir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvTablesTest {
    @TempDir
    Path tmp;

    static Table sample() {
        var d = DoubleColumn.create("value", 0.1, 1.0E-5, -2.5, Double.NaN);
        var i = IntColumn.create("count", 1, 2, 3, 4);
        var l = LongColumn.create("n", 10_000_000_000L, 2, 3, 4);
        var b = BooleanColumn.create("flag", new boolean[] {true, false, true, false});
        var s = StringColumn.create("text", "plain", "a, b", "say \"hi\"", "two\nlines");
        return Table.create("sample", s, d, i, l, b);
    }

    @Test
    void writesTheDocumentedForm() {
        String csv = new String(CsvTables.bytes(sample()), StandardCharsets.UTF_8);
        assertEquals("text,value,count,n,flag\n"
                + "plain,0.1,1,10000000000,true\n"
                + "\"a, b\",1.0E-5,2,2,false\n"
                + "\"say \"\"hi\"\"\",-2.5,3,3,true\n"
                + "\"two\nlines\",,4,4,false\n", csv);
    }

    @Test
    void bytesDoNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            byte[] root = CsvTables.bytes(sample());
            for (String tag : List.of("fi-FI", "de-DE", "ar-EG", "hi-IN")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertArrayEquals(root, CsvTables.bytes(sample()), tag);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        Table t = sample();
        Path f = tmp.resolve("sample.csv");
        Files.write(f, CsvTables.bytes(t));
        var columns = t.columns().stream().map(c -> new Manifest.Column(c.name(), CsvTables.typeOf(c))).toList();
        Table back = CsvTables.read(f, "sample", columns);
        assertArrayEquals(CsvTables.bytes(t), CsvTables.bytes(back));
        assertEquals("two\nlines", back.stringColumn("text").get(3));
        assertTrue(back.doubleColumn("value").isMissing(3));
    }

    @Test
    void streamingWritesTheSameBytesAsTheFormerInMemoryWriter() throws IOException {
        var random = new java.util.Random(12);
        var tables = new java.util.ArrayList<Table>(List.of(sample(), Table.create("empty", DoubleColumn.create("x"))));
        for (int k = 0; k < 20; k++) {
            int n = random.nextInt(300);
            var d = DoubleColumn.create("x");
            var s = StringColumn.create("label");
            var l = LongColumn.create("count");
            for (int r = 0; r < n; r++) {
                d.append(random.nextInt(10) == 0 ? Double.NaN : random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
                s.append(random.nextBoolean() ? "plain " + r : "sä, \"quoted\"\n é " + r);
                l.append(random.nextLong());
            }
            tables.add(Table.create("t" + k, s, d, l));
        }
        for (Table t : tables) {
            byte[] legacy = legacyBytes(t);
            assertArrayEquals(legacy, CsvTables.bytes(t), t.name());
            Path f = tmp.resolve(t.name() + ".csv");
            CsvTables.Written w = CsvTables.write(t, f);
            assertArrayEquals(legacy, Files.readAllBytes(f), t.name());
            assertEquals(legacy.length, w.bytes());
            assertEquals(fi.foresight.job.Hashes.sha256(legacy), w.sha256());
            assertEquals(w.sha256(), fi.foresight.job.Hashes.sha256(f));
        }
    }

    /** The in-memory writer that {@link CsvTables#write(Table, Path)} replaced, kept as the reference. */
    private static byte[] legacyBytes(Table table) {
        var sb = new StringBuilder();
        var cols = table.columns();
        for (int j = 0; j < cols.size(); j++) {
            sb.append(j > 0 ? "," : "").append(legacyQuote(cols.get(j).name()));
        }
        sb.append('\n');
        for (int i = 0; i < table.rowCount(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                sb.append(j > 0 ? "," : "").append(legacyCell(cols.get(j), i));
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String legacyCell(tech.tablesaw.columns.Column<?> c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        if (c instanceof DoubleColumn d) {
            return Double.isNaN(d.getDouble(row)) ? "" : Double.toString(d.getDouble(row));
        }
        if (c instanceof tech.tablesaw.api.NumericColumn<?> n) {
            return Long.toString((long) n.getDouble(row));
        }
        if (c instanceof BooleanColumn b) {
            return Boolean.toString(b.get(row));
        }
        return legacyQuote(c.getString(row));
    }

    private static String legacyQuote(String s) {
        if (s.isEmpty()) {
            return s;
        }
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ';
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}

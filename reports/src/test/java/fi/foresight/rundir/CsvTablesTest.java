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
}

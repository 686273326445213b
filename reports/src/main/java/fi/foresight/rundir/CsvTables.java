package fi.foresight.rundir;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Tables as CSV, the same bytes on every machine: UTF-8, comma-separated, {@code \n} line ends, numbers in Java's
 * locale-independent shortest form ({@code 0.25}, {@code 1.0E-5}), missing values as empty cells, text quoted
 * only when it must be (RFC 4180). Text that a spreadsheet would run as a formula (starting with {@code = + - @},
 * a tab or a carriage return) is written with a single quote in front, as OWASP recommends against CSV injection;
 * text starting with {@code '} gets one more, and {@link #read} removes it again. Read back with the column types
 * recorded in run.json.
 */
public final class CsvTables {
    private static final int BUFFER = 1 << 16;

    private CsvTables() {
    }

    /** The column types this format keeps; others are written as text and read back as {@code STRING}. */
    public static String typeOf(Column<?> c) {
        String t = c.type().name();
        switch (t) {
            case "DOUBLE":
            case "FLOAT":
            case "INTEGER":
            case "LONG":
            case "SHORT":
            case "BOOLEAN":
            case "STRING":
                return t;
            default:
                return "STRING";
        }
    }

    /** The table as CSV bytes; for small tables ({@link #write(Table, Path)} streams a table of any size). */
    public static byte[] bytes(Table table) {
        var out = new ByteArrayOutputStream(64 + table.rowCount() * table.columnCount() * 12);
        try {
            write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Size in bytes and SHA-256 (lower-case hex) of a written CSV file. */
    public record Written(long bytes, String sha256) {
    }

    /**
     * Writes the table to {@code file} row by row, with memory bounded by a buffer however many rows it has (kept
     * Monte Carlo samples run to millions), and the SHA-256 of the bytes computed while they are written.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static Written write(Table table, Path file) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (var digest = new DigestOutputStream(Files.newOutputStream(file), sha256);
             var counted = new CountingStream(digest)) {
            write(table, counted);
            counted.flush();
            return new Written(counted.count, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the table as CSV to {@code out} (buffered here; {@code out} is flushed, not closed). */
    public static void write(Table table, OutputStream out) throws IOException {
        var w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        List<Column<?>> cols = table.columns();
        for (int j = 0; j < cols.size(); j++) {
            if (j > 0) {
                w.write(',');
            }
            w.write(text(cols.get(j).name()));
        }
        w.write('\n');
        for (int i = 0; i < table.rowCount(); i++) {
            for (int j = 0; j < cols.size(); j++) {
                if (j > 0) {
                    w.write(',');
                }
                w.write(cell(cols.get(j), i));
            }
            w.write('\n');
        }
        w.flush();
    }

    /** Counts the bytes passed through to the stream it wraps. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** One cell as written in the CSV (unquoted numbers, quoted text where needed). */
    static String cell(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return "";
        }
        if (c instanceof DoubleColumn d) {
            return number(d.getDouble(row));
        }
        if (c instanceof FloatColumn f) {
            return number(f.getFloat(row));
        }
        if (c instanceof NumericColumn<?> n) {
            return Long.toString((long) n.getDouble(row));
        }
        if (c instanceof BooleanColumn b) {
            return Boolean.toString(b.get(row));
        }
        return text(c.getString(row));
    }

    /** Locale-independent text of a number; NaN is a missing value. */
    public static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /**
     * A text cell (or header) as written: {@linkplain #neutralise(String) neutralised} against formula injection,
     * then quoted where RFC 4180 needs it. Numbers, booleans and missing values are never text cells.
     */
    static String text(String s) {
        return quote(neutralise(s));
    }

    /**
     * Text that a spreadsheet would run as a formula gets a single quote in front, as OWASP recommends for CSV
     * injection: a cell starting with {@code = + - @}, a tab or a carriage return. A text that itself starts
     * with {@code '} gets one more, so {@link #restore(String)} gives every text back exactly.
     */
    static String neutralise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '\'';
        return formula ? "'" + s : s;
    }

    /** The text a {@linkplain #neutralise(String) neutralised} cell (after RFC 4180 unquoting) stood for. */
    public static String restore(String s) {
        return s.startsWith("'") ? s.substring(1) : s;
    }

    static String quote(String s) {
        if (s.isEmpty()) {
            return s;
        }
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ';
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Reads a CSV written by {@link #bytes(Table)}, with the given column names and types. */
    public static Table read(Path file, String name, List<Manifest.Column> columns) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<List<String>> rows = parse(text, file);
        if (!rows.isEmpty()) {
            rows.set(0, rows.get(0).stream().map(CsvTables::restore).toList());
        }
        if (rows.isEmpty() || !rows.get(0).equals(columns.stream().map(Manifest.Column::name).toList())) {
            throw new IllegalArgumentException(file + ": the header does not match the columns recorded in run.json "
                    + columns.stream().map(Manifest.Column::name).toList());
        }
        Table t = Table.create(name);
        for (int j = 0; j < columns.size(); j++) {
            t.addColumns(column(columns.get(j), rows, j, file));
        }
        return t;
    }

    private static Column<?> column(Manifest.Column spec, List<List<String>> rows, int j, Path file) {
        int n = rows.size() - 1;
        switch (spec.type()) {
            case "DOUBLE":
            case "FLOAT": {
                var c = DoubleColumn.create(spec.name());
                rows.stream().skip(1).forEach(r -> c.append(r.get(j).isEmpty() ? Double.NaN : Double.parseDouble(r.get(j))));
                return c;
            }
            case "INTEGER": {
                var c = IntColumn.create(spec.name());
                rows.stream().skip(1).forEach(r -> {
                    if (r.get(j).isEmpty()) {
                        c.appendMissing();
                    } else {
                        c.append(Integer.parseInt(r.get(j)));
                    }
                });
                return c;
            }
            case "SHORT": {
                var c = ShortColumn.create(spec.name());
                rows.stream().skip(1).forEach(r -> {
                    if (r.get(j).isEmpty()) {
                        c.appendMissing();
                    } else {
                        c.append(Short.parseShort(r.get(j)));
                    }
                });
                return c;
            }
            case "LONG": {
                var c = LongColumn.create(spec.name());
                rows.stream().skip(1).forEach(r -> {
                    if (r.get(j).isEmpty()) {
                        c.appendMissing();
                    } else {
                        c.append(Long.parseLong(r.get(j)));
                    }
                });
                return c;
            }
            case "BOOLEAN": {
                var c = BooleanColumn.create(spec.name());
                rows.stream().skip(1).forEach(r -> {
                    if (r.get(j).isEmpty()) {
                        c.appendMissing();
                    } else {
                        c.append(Boolean.parseBoolean(r.get(j)));
                    }
                });
                return c;
            }
            default: {
                var c = StringColumn.create(spec.name(), n);
                for (int i = 0; i < n; i++) {
                    c.set(i, restore(rows.get(i + 1).get(j)));
                }
                return c;
            }
        }
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String text, Path file) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                field.append(ch);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ": a quoted field is not closed");
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != width) {
                throw new IllegalArgumentException(file + ": record " + (r + 1) + " has " + rows.get(r).size()
                        + " fields, the header " + width);
            }
        }
        return rows;
    }
}

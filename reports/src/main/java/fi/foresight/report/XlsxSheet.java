package fi.foresight.report;

import fi.foresight.job.Limits;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Worksheet;
import tech.tablesaw.api.Table;

/**
 * Writes one result table into a sheet: a bold, frozen header row with an autofilter, numbers as numeric cells in
 * their column's number format, each column as wide as its widest text (within {@link #MIN_WIDTH} and
 * {@link #MAX_WIDTH}). Rows are flushed as they are written, so a long table is streamed.
 */
final class XlsxSheet {
    static final int MIN_WIDTH = 6;
    static final int MAX_WIDTH = 60;
    private static final int FLUSH_EVERY = 1000;
    static final String HEADER_FILL = "E8EEF4";

    private XlsxSheet() {
    }

    /**
     * Writes the table.
     *
     * @param ws       the new, empty sheet
     * @param t        the table
     * @param columns  its columns as the sheet shows them
     * @param moreRows the note under a table cut at {@link Limits#MAX_SHEET_ROWS} rows
     */
    static void write(Worksheet ws, Table t, List<XlsxColumns.Out> columns, String moreRows) throws IOException {
        int rows = Math.min(t.rowCount(), Limits.MAX_SHEET_ROWS);
        for (int j = 0; j < columns.size(); j++) {
            ws.width(j, width(columns.get(j), rows));
        }
        ws.freezePane(0, 1);
        for (int j = 0; j < columns.size(); j++) {
            ws.value(0, j, columns.get(j).header());
        }
        if (!columns.isEmpty()) {
            ws.range(0, 0, 0, columns.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(false).set();
            ws.setAutoFilter(0, 0, Math.max(rows, 1), columns.size() - 1);
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns.size(); j++) {
                XlsxColumns.Out c = columns.get(j);
                Object v = c.value().apply(i);
                if (v instanceof Double d) {
                    ws.value(i + 1, j, d);
                    ws.style(i + 1, j).format(c.format().apply(d)).set();
                } else if (v instanceof Boolean b) {
                    ws.value(i + 1, j, b);
                } else if (v != null) {
                    ws.value(i + 1, j, v.toString());
                }
            }
            if ((i + 1) % FLUSH_EVERY == 0) {
                ws.flush();
            }
        }
        if (t.rowCount() > rows) {
            ws.value(rows + 2, 0, moreRows);
            ws.style(rows + 2, 0).italic().set();
        }
        ws.finish();
    }

    /** The column's width in characters: its widest cell as shown, header included (with room for the filter). */
    static int width(XlsxColumns.Out c, int rows) {
        int widest = c.header().length() + 3;
        var symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        var formats = new java.util.HashMap<String, DecimalFormat>();
        for (int i = 0; i < rows; i++) {
            Object v = c.value().apply(i);
            int len = v == null ? 0 : v instanceof Double d
                    ? formats.computeIfAbsent(c.format().apply(d), k -> new DecimalFormat(k, symbols)).format(d).length()
                    : v.toString().length();
            widest = Math.max(widest, len + 1);
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest));
    }
}

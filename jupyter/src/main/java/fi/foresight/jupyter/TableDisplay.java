package fi.foresight.jupyter;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A Tablesaw table as an HTML table (the first rows, the shape, each column's type) with Tablesaw's own text
 * print as the fallback.
 */
final class TableDisplay {
    /** Rows shown of a table that is displayed as a value. */
    static final int FIRST_ROWS = 20;

    private TableDisplay() {
    }

    /**
     * The table's first {@code maxRows} rows as {@code text/html} and {@code text/plain}.
     *
     * @param table   the table
     * @param maxRows the most rows to show
     * @return the display data
     */
    static DisplayData of(Table table, int maxRows) {
        int shown = Math.min(maxRows, table.rowCount());
        String shape = table.rowCount() + " rows × " + table.columnCount() + " columns"
                + (shown < table.rowCount() ? " (first " + shown + " shown)" : "");
        DisplayData data = new DisplayData(table.name() + ": " + shape + "\n" + table.print(shown));
        StringBuilder html = new StringBuilder(4096);
        html.append("<div class=\"foresight-table\"><p><b>").append(Html.escape(table.name())).append("</b> · ")
                .append(Html.escape(shape)).append("</p>\n<table>\n<thead><tr>");
        for (Column<?> c : table.columns()) {
            html.append("<th style=\"text-align:").append(numeric(c) ? "right" : "left").append("\" title=\"")
                    .append(Html.escape(c.type().name())).append("\">")
                    .append(Html.escape(c.name())).append("<br><small>").append(Html.escape(typeName(c)))
                    .append("</small></th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < shown; r++) {
            html.append("<tr>");
            for (Column<?> c : table.columns()) {
                html.append(numeric(c) ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                        .append(Html.escape(c.isMissing(r) ? "" : c.getString(r))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>");
        data.putHTML(html.toString());
        return data;
    }

    private static boolean numeric(Column<?> c) {
        return c.type().name().matches("DOUBLE|FLOAT|INTEGER|LONG|SHORT");
    }

    private static String typeName(Column<?> c) {
        return switch (c.type().name()) {
            case "DOUBLE", "FLOAT" -> "number";
            case "INTEGER", "LONG", "SHORT" -> "integer";
            case "STRING", "TEXT" -> "text";
            case "BOOLEAN" -> "yes/no";
            default -> c.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}

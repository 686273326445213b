package fi.foresight.report;

import fi.foresight.job.Limits;
import fi.foresight.rundir.Manifest;
import fi.foresight.rundir.RunContents;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * report.xlsx: a "run" sheet describing the run, then one sheet per result table with a bold, frozen header row,
 * numbers as numbers ({@code 0.0000} for measurements, {@code #,##0} for counts) and the table name as the sheet
 * name (shortened to Excel's 31 characters where needed). Headers are the tables' own column names, as in the CSV
 * files, so formulas and scripts work on either.
 */
final class XlsxReport {
    static final String DECIMAL = "0.0000";
    static final String WHOLE = "#,##0";

    private XlsxReport() {
    }

    static void write(RunContents run, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Foresight Workbench", "1.0");
        Set<String> used = new HashSet<>();
        runSheet(wb.newWorksheet(unique("run", used)), run.manifest());
        for (RunContents.Result r : run.results()) {
            for (Table t : r.tables()) {
                tableSheet(wb.newWorksheet(unique(t.name(), used)), t);
            }
        }
        wb.finish();
    }

    private static void runSheet(Worksheet ws, Manifest m) {
        String[][] rows = {
                {"job", m.job().id()},
                {"job_sha256", m.job().sha256()},
                {"model", m.model().id()},
                {"model_sha256", m.model().sha256()},
                {"seed", Long.toString(m.seed())},
                {"samples", Integer.toString(m.samples())},
                {"threads", Integer.toString(m.threads())},
                {"scenarios", String.join(", ", m.scenarios())},
                {"levers", String.join(", ", m.levers())},
                {"started", m.started()},
                {"foresight", m.versions().getOrDefault("foresight", "")},
        };
        ws.value(0, 0, "key");
        ws.value(0, 1, "value");
        ws.style(0, 0).bold().set();
        ws.style(0, 1).bold().set();
        for (int i = 0; i < rows.length; i++) {
            ws.value(i + 1, 0, rows[i][0]);
            ws.value(i + 1, 1, rows[i][1]);
        }
        ws.width(0, 16);
        ws.width(1, 70);
    }

    private static void tableSheet(Worksheet ws, Table t) {
        List<Column<?>> cols = t.columns();
        int rows = Math.min(t.rowCount(), Limits.MAX_SHEET_ROWS);
        for (int j = 0; j < cols.size(); j++) {
            Column<?> c = cols.get(j);
            ws.value(0, j, c.name());
            ws.style(0, j).bold().fillColor("E8EEF4").set();
            ws.width(j, Math.min(40, Math.max(10, c.name().length() + 2)));
            boolean whole = c.type().name().equals("INTEGER") || c.type().name().equals("LONG")
                    || c.type().name().equals("SHORT");
            for (int i = 0; i < rows; i++) {
                if (c.isMissing(i)) {
                    continue;
                }
                if (c instanceof NumericColumn<?> n) {
                    double v = n.getDouble(i);
                    if (Double.isFinite(v)) {
                        ws.value(i + 1, j, v);
                    } else {
                        ws.value(i + 1, j, Double.toString(v));
                    }
                } else if (c.type().name().equals("BOOLEAN")) {
                    ws.value(i + 1, j, Boolean.valueOf(c.getString(i)));
                } else {
                    ws.value(i + 1, j, c.getString(i));
                }
            }
            if (c instanceof NumericColumn<?> && rows > 0) {
                ws.range(1, j, rows, j).style().format(whole ? WHOLE : DECIMAL).set();
            }
        }
        if (t.rowCount() > rows) {
            ws.value(rows + 1, 0, "... " + (t.rowCount() - rows) + " more rows in tables/" + t.name() + ".csv");
        }
        ws.freezePane(0, 1);
    }

    /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ and unique in the workbook. */
    static String unique(String name, Set<String> used) {
        String base = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        if (base.isEmpty()) {
            base = "table";
        }
        String candidate = base.length() > 31 ? base.substring(0, 31) : base;
        int k = 2;
        while (used.contains(candidate.toLowerCase(java.util.Locale.ROOT))) {
            String suffix = "~" + k++;
            candidate = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        used.add(candidate.toLowerCase(java.util.Locale.ROOT));
        return candidate;
    }
}

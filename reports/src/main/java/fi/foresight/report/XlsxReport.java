package fi.foresight.report;

import fi.foresight.job.Language;
import fi.foresight.job.Limits;
import fi.foresight.rundir.Manifest;
import fi.foresight.rundir.RunContents;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import tech.tablesaw.api.Table;

/**
 * The workbook for analysts, {@code report.xlsx} (and {@code report.fi.xlsx} in Finnish), in the report's
 * language: a contents sheet first (the run's facts and what each sheet holds, see {@link XlsxContents}), then one
 * sheet per result table named in words ({@code xlsx.sheet.<table>} in the bundle, else the table's caption; see
 * {@link SheetNames}), its columns as {@link XlsxColumns} plans them and {@link XlsxSheet} writes them. The CSV
 * files under {@code tables/} keep the raw column names for scripts.
 */
final class XlsxReport {
    private XlsxReport() {
    }

    /**
     * Writes the workbook of {@code run} in {@code language} to {@code out}.
     *
     * @param run      the run
     * @param language the workbook's language
     * @param out      where the .xlsx goes (not closed)
     */
    static void write(RunContents run, Language language, OutputStream out) throws IOException {
        Messages m = Messages.of(language);
        Labels labels = new Labels(run.model(), language);
        XlsxColumns columns = new XlsxColumns(m, labels);
        SheetNames names = new SheetNames();
        String contentsName = names.unique(m.get("xlsx.contents.sheet"));
        var entries = new ArrayList<XlsxContents.Entry>();
        var tables = new ArrayList<Table>();
        for (RunContents.Result r : run.results()) {
            for (Table t : r.tables()) {
                entries.add(new XlsxContents.Entry(names.unique(sheetWords(m, t.name())), caption(m, t.name()),
                        XlsxContents.analysis(m, r.entry().type()), t.rowCount(), csv(r.entry(), t.name())));
                tables.add(t);
            }
        }
        Workbook wb = new Workbook(out, "Foresight Workbench", "1.0");
        XlsxContents.write(wb.newWorksheet(contentsName), run, m, entries);
        for (int k = 0; k < tables.size(); k++) {
            Table t = tables.get(k);
            String more = m.fill(m.get("xlsx.more_rows"), Map.of("count", t.rowCount() - Limits.MAX_SHEET_ROWS,
                    "name", t.name()), null);
            XlsxSheet.write(wb.newWorksheet(entries.get(k).name()), t, columns.of(t), more);
        }
        wb.finish();
    }

    /** The sheet's name in words: {@code xlsx.sheet.<table>}, else the table's caption, else its name. */
    static String sheetWords(Messages m, String table) {
        String base = Tables.baseName(table);
        return m.find("xlsx.sheet." + base).or(() -> m.find("table." + base)).orElse(table);
    }

    private static String caption(Messages m, String table) {
        return m.find("table." + Tables.baseName(table)).orElse(table);
    }

    private static String csv(Manifest.Analysis entry, String table) {
        for (Manifest.TableEntry e : entry.tables()) {
            if (e.name().equals(table)) {
                return e.file();
            }
        }
        return "tables/" + table + ".csv";
    }
}

package fi.foresight.report;

import fi.foresight.model.Model;
import fi.foresight.rundir.Manifest;
import fi.foresight.rundir.RunContents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Worksheet;

/**
 * The workbook's first sheet: what the run was (job, model, the model's SHA-256, seed, samples, the year of the
 * static analyses or the horizon, when, which version) and what each further sheet holds, in the report's language;
 * each sheet's name links to it.
 */
final class XlsxContents {
    /**
     * A sheet of the workbook, as the contents list it.
     *
     * @param name     the sheet's name
     * @param holds    what it holds, in words
     * @param analysis the analysis that made it, in words
     * @param rows     rows of the table
     * @param csv      the table's file in the run directory
     */
    record Entry(String name, String holds, String analysis, int rows, String csv) {
    }

    private XlsxContents() {
    }

    static void write(Worksheet ws, RunContents run, Messages m, List<Entry> sheets) throws IOException {
        Manifest mf = run.manifest();
        Model model = run.model();
        String lang = m.language().code();
        String jobTitle = lang.equals("fi") && mf.job().titleFi() != null ? mf.job().titleFi()
                : mf.job().title() != null ? mf.job().title() : model.titleIn(lang);
        ws.value(0, 0, jobTitle);
        ws.style(0, 0).bold().fontSize(14).set();
        var facts = new ArrayList<Object[]>();
        facts.add(new Object[] {m.get("fact.job"), mf.job().id(), null});
        facts.add(new Object[] {m.get("fact.model"), model.titleIn(lang) + " (" + model.id() + ")", null});
        facts.add(new Object[] {m.get("xlsx.fact.model_sha256"), mf.model().sha256(), null});
        facts.add(new Object[] {m.get("fact.seed"), (double) mf.seed(), XlsxColumns.YEAR});
        facts.add(new Object[] {m.get("fact.samples"), (double) mf.samples(), XlsxColumns.WHOLE});
        Object year = atYear(mf);
        if (year != null) {
            facts.add(new Object[] {m.get("xlsx.fact.year"), year, XlsxColumns.YEAR});
        }
        if (model.horizon().isPresent()) {
            var h = model.horizon().get();
            facts.add(new Object[] {m.get("xlsx.fact.horizon"), h.start() + "\u2013" + h.end(), null});
        }
        facts.add(new Object[] {m.get("fact.threads"), (double) mf.threads(), XlsxColumns.WHOLE});
        facts.add(new Object[] {m.get("fact.started"), mf.started(), null});
        facts.add(new Object[] {m.get("xlsx.fact.version"), mf.versions().getOrDefault("foresight", ""), null});
        int row = 2;
        for (Object[] f : facts) {
            ws.value(row, 0, (String) f[0]);
            ws.style(row, 0).bold().set();
            if (f[1] instanceof Double d) {
                ws.value(row, 1, d);
                ws.style(row, 1).format((String) f[2]).horizontalAlignment("left").set();
            } else {
                ws.value(row, 1, String.valueOf(f[1]));
            }
            row++;
        }
        row++;
        int header = row;
        String[] headers = {m.get("xlsx.contents.sheet_column"), m.get("xlsx.contents.holds"),
                m.get("xlsx.contents.analysis"), m.get("xlsx.contents.rows"), m.get("xlsx.contents.file")};
        for (int j = 0; j < headers.length; j++) {
            ws.value(header, j, headers[j]);
        }
        ws.range(header, 0, header, headers.length - 1).style().bold().fillColor(XlsxSheet.HEADER_FILL).set();
        int[] widths = {headers[0].length(), headers[1].length(), headers[2].length(), headers[3].length(), headers[4].length()};
        for (Entry e : sheets) {
            row++;
            ws.hyperlink(row, 0, HyperLink.internal("'" + e.name().replace("'", "''") + "'!A1", e.name()));
            ws.value(row, 1, e.holds());
            ws.value(row, 2, e.analysis());
            ws.value(row, 3, e.rows());
            ws.style(row, 3).format(XlsxColumns.WHOLE).set();
            ws.value(row, 4, e.csv());
            widths[0] = Math.max(widths[0], e.name().length());
            widths[1] = Math.max(widths[1], e.holds().length());
            widths[2] = Math.max(widths[2], e.analysis().length());
            widths[4] = Math.max(widths[4], e.csv().length());
        }
        for (Object[] f : facts) {
            widths[0] = Math.max(widths[0], ((String) f[0]).length());
        }
        for (int j = 0; j < widths.length; j++) {
            ws.width(j, Math.max(XlsxSheet.MIN_WIDTH, Math.min(XlsxSheet.MAX_WIDTH, widths[j] + 2)));
        }
        ws.finish();
    }

    /** The year the static analyses were evaluated at ({@code at_year} in their settings), or null. */
    private static Object atYear(Manifest mf) {
        for (Manifest.Analysis a : mf.analyses()) {
            Object y = a.settings() == null ? null : a.settings().get("at_year");
            if (y instanceof Number n) {
                return n.doubleValue();
            }
        }
        return null;
    }

    /** The analysis's name in words: its section title, else its type. */
    static String analysis(Messages m, String type) {
        return m.find("section." + type + ".title").orElse(type);
    }
}

package fi.foresight.report;

import fi.foresight.report.ReportView.TableView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A result table as the report shows it: translated headers, numbers in the reader's format, model ids as labels,
 * and at most a limited number of rows (CSV and XLSX hold them all).
 */
final class Tables {
    private final Messages m;
    private final Labels labels;

    Tables(Messages m, Labels labels) {
        this.m = m;
        this.labels = labels;
    }

    TableView view(Table t, int maxRows) {
        List<Column<?>> cols = t.columns();
        var headers = new ArrayList<String>();
        var numeric = new ArrayList<Boolean>();
        for (Column<?> c : cols) {
            headers.add(m.find("column." + c.name()).orElse(c.name()));
            numeric.add(c instanceof NumericColumn<?>);
        }
        int shown = Math.min(maxRows, t.rowCount());
        var rows = new ArrayList<List<String>>(shown);
        for (int i = 0; i < shown; i++) {
            var row = new ArrayList<String>(cols.size());
            for (Column<?> c : cols) {
                row.add(cell(c, i));
            }
            rows.add(row);
        }
        String note = shown < t.rowCount()
                ? m.fill(m.get("table.truncated"), Map.of("shown", shown, "rows", t.rowCount(), "name", t.name()), null)
                : null;
        String caption = m.find("table." + t.name()).orElse(t.name());
        return new TableView(t.name(), caption, headers, numeric, rows, note);
    }

    private String cell(Column<?> c, int row) {
        if (c.isMissing(row)) {
            return "\u2013";
        }
        if (c instanceof NumericColumn<?> n) {
            String type = c.type().name();
            double v = n.getDouble(row);
            if (type.equals("INTEGER") || type.equals("LONG") || type.equals("SHORT")) {
                return m.numbers().integer((long) v);
            }
            return m.numbers().number(v);
        }
        String s = c.getString(row);
        if (s.equals("true") || s.equals("false")) {
            return m.get(s.equals("true") ? "value.yes" : "value.no");
        }
        return Labels.isElementName(c.name()) ? labels.forArgument(c.name(), s) : s;
    }
}

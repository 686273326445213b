package fi.foresight.report;

import fi.foresight.report.ReportView.TableView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A result table as the report shows it: translated headers, numbers in the reader's format, model ids as labels,
 * every row, a limited number of columns (CSV and XLSX hold them all; a note names the columns left out). The bundle may choose what a table shows,
 * without code per analysis:
 * <ul>
 *   <li>{@code table.<name>} its caption;</li>
 *   <li>{@code report.columns.<name>=a,b,c} the columns shown, in that order;</li>
 *   <li>{@code value.<column>.<word>} shows a word of a text column in the report's language;</li>
 *   <li>{@code column.<column>} a header, {@code format.<column>=percent} shows shares as percentages; both may be
 *       given for one table as {@code column.<name>.<column>} and {@code format.<name>.<column>}, which come
 *       first.</li>
 * </ul>
 * A column of model elements (outcome, scenario, lever, …) that holds the same value in every row is shown once,
 * after the caption, instead of in every row.
 * Lookups use the table name without a {@code -2}, {@code -3} … suffix that a repeated analysis adds.
 */
final class Tables {
    /** Most columns shown when the bundle does not choose them. */
    static final int MAX_COLUMNS = 9;
    /** Tables with more columns than this go on landscape pages in the PDF. */
    static final int WIDE = 7;

    private final Messages m;
    private final Labels labels;

    Tables(Messages m, Labels labels) {
        this.m = m;
        this.labels = labels;
    }

    /** The table name as the bundle knows it. */
    static String baseName(String name) {
        return name.replaceFirst("-[0-9]+$", "");
    }

    /**
     * The whole table as the report shows it; a table whose rows are the same in every scenario is shown once, for
     * the first scenario, with a note saying so.
     */
    TableView view(Table t) {
        String base = baseName(t.name());
        var notes = new ArrayList<String>();
        Table shownTable = t;
        var same = Invariance.sameInEveryScenario(t);
        if (same.isPresent()) {
            shownTable = same.get();
            notes.add(m.fill(m.get("table.same_in_every_scenario"),
                    Map.of("count", t.stringColumn(Invariance.SCENARIO).unique().size()), null));
        }
        List<Column<?>> cols = columns(shownTable, base);
        var constant = new ArrayList<String>();
        for (Column<?> c : List.copyOf(cols)) {
            if (shownTable.rowCount() > 1 && cols.size() > 2 && !(c instanceof NumericColumn<?>)
                    && Labels.isElementName(c.name()) && !c.isMissing(0) && c.unique().size() == 1) {
                cols.remove(c);
                constant.add(header(base, c.name()) + ": " + cell(base, c, 0, 0));
            }
        }
        var headers = new ArrayList<String>();
        var numeric = new ArrayList<Boolean>();
        for (Column<?> c : cols) {
            headers.add(header(base, c.name()));
            numeric.add(c instanceof NumericColumn<?>);
        }
        int[] quantity = quantities(shownTable);
        var rows = new ArrayList<List<String>>(shownTable.rowCount());
        var decimals = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < shownTable.rowCount(); i++) {
            var row = new ArrayList<String>(cols.size());
            for (Column<?> c : cols) {
                int d = 0;
                if (c instanceof NumericColumn<?> n) {
                    int q = quantity[i];
                    d = decimals.computeIfAbsent(c.name() + "\u0000" + q, k -> decimalsOf(n, quantity, q));
                }
                row.add(cell(base, c, i, d));
            }
            rows.add(row);
        }
        int hidden = shownTable.columnCount() - cols.size() - constant.size();
        if (hidden > 0) {
            notes.add(m.fill(m.get("table.more_columns"), Map.of("count", hidden, "name", t.name()), null));
        }
        String caption = m.find("table." + base).orElse(t.name())
                + (constant.isEmpty() ? "" : " \u2013 " + String.join("; ", constant));
        return new TableView(t.name(), caption, headers, numeric, rows, notes.isEmpty() ? null : String.join(" ", notes),
                cols.size() > WIDE);
    }

    /**
     * Which quantity each row holds: rows of one outcome (or target) share a precision, so that an index near 0.5
     * keeps its decimals beside a count near 2,000 in the same column.
     */
    private static int[] quantities(Table t) {
        int[] q = new int[t.rowCount()];
        String key = t.columnNames().contains("outcome") ? "outcome" : t.columnNames().contains("target") ? "target" : null;
        if (key == null) {
            return q;
        }
        var seen = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < q.length; i++) {
            q[i] = seen.computeIfAbsent(t.column(key).getString(i), k -> seen.size());
        }
        return q;
    }

    private static int decimalsOf(NumericColumn<?> c, int[] quantity, int q) {
        double[] all = c.asDoubleArray();
        double[] mine = java.util.stream.IntStream.range(0, all.length).filter(i -> quantity[i] == q)
                .mapToDouble(i -> all[i]).toArray();
        return Numbers.decimalsFor(mine, Numbers.DIGITS);
    }

    private List<Column<?>> columns(Table t, String base) {
        var chosen = m.find("report.columns." + base);
        var out = new ArrayList<Column<?>>();
        if (chosen.isPresent()) {
            for (String name : Arrays.stream(chosen.get().split(",")).map(String::trim).toList()) {
                if (t.columnNames().contains(name)) {
                    out.add(t.column(name));
                }
            }
        }
        if (out.isEmpty()) {
            t.columns().stream().limit(MAX_COLUMNS).forEach(out::add);
        }
        return out;
    }

    /** Whether a column holds calendar years ({@code year}, {@code median_year}, {@code first_year}, …). */
    static boolean isYear(String column) {
        return column.equals("year") || column.endsWith("_year");
    }

    private String header(String table, String column) {
        return m.find("column." + table + "." + column).or(() -> m.find("column." + column)).orElse(column);
    }

    private String cell(String table, Column<?> c, int row, int decimals) {
        if (c.isMissing(row)) {
            return "\u2013";
        }
        if (c instanceof NumericColumn<?> n) {
            String type = c.type().name();
            double v = n.getDouble(row);
            String format = m.find("format." + table + "." + c.name()).or(() -> m.find("format." + c.name())).orElse("");
            if ("percent".equals(format)) {
                return m.numbers().percent(v);
            }
            if ("plain".equals(format) || "year".equals(format) || isYear(c.name())) {
                return m.numbers().year(Math.round(v));
            }
            if (type.equals("INTEGER") || type.equals("LONG") || type.equals("SHORT")) {
                return m.numbers().integer((long) v);
            }
            return m.numbers().fixed(v, decimals);
        }
        String s = c.getString(row);
        if (c.type().name().equals("BOOLEAN")) {
            return m.get(Boolean.parseBoolean(s) ? "value.yes" : "value.no");
        }
        if (Labels.isElementName(c.name())) {
            return labels.forArgument(c.name(), s);
        }
        if (c.name().equals("target")) {
            return labels.target(s);
        }
        // words a result writes in a column, e.g. MICMAC's quadrants: value.<column>.<word> in the bundle
        return m.find("value." + c.name() + "." + s).orElse(s);
    }
}

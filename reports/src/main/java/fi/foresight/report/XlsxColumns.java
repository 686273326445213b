package fi.foresight.report;

import fi.foresight.model.Model;
import fi.foresight.model.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns of a result table as a workbook sheet shows them, in the report's language: headers from the
 * bundle ({@code column.<table>.<column>}, {@code column.<column>}); a column of model ids (scenario, lever,
 * outcome, driver, target, …) followed by a column of their labels; numbers as numbers with a number format chosen
 * per column ({@code format.<column>=percent} → {@value #PERCENT}, {@code plain} and years → {@value #YEAR}, whole
 * numbers → {@value #WHOLE}, other measurements by their size); words of text columns from
 * {@code value.<column>.<word>}.
 */
final class XlsxColumns {
    static final String PERCENT = "0.0%";
    static final String YEAR = "0";
    static final String WHOLE = "#,##0";

    /**
     * One column of the sheet.
     *
     * @param header the header in words
     * @param format the number format, or null for text and truth values
     * @param value  the cell of a row: a Double, String or Boolean, or null for an empty cell
     */
    record Out(String header, String format, IntFunction<Object> value) {
    }

    private final Messages m;
    private final Labels labels;
    private final Model model;

    XlsxColumns(Messages m, Labels labels, Model model) {
        this.m = m;
        this.labels = labels;
        this.model = model;
    }

    /** The sheet's columns for table {@code t}. */
    List<Out> of(Table t) {
        String base = Tables.baseName(t.name());
        var out = new ArrayList<Out>();
        for (Column<?> c : t.columns()) {
            String header = header(base, c.name());
            if (c instanceof NumericColumn<?> n) {
                String format = format(base, n);
                out.add(new Out(header, format, i -> n.isMissing(i) || !Double.isFinite(n.getDouble(i)) ? null : n.getDouble(i)));
            } else if (c.type().name().equals("BOOLEAN")) {
                out.add(new Out(header, null, i -> c.isMissing(i) ? null : Boolean.valueOf(c.getString(i))));
            } else if (Labels.isElementName(c.name()) || c.name().equals("target")) {
                out.add(new Out(m.fill(m.get("xlsx.id"), java.util.Map.of("column", header), null), null,
                        i -> c.isMissing(i) ? null : c.getString(i)));
                boolean target = c.name().equals("target");
                out.add(new Out(header, null, i -> c.isMissing(i) ? null
                        : target ? target(c.getString(i)) : labels.forArgument(c.name(), c.getString(i))));
            } else {
                out.add(new Out(header, null, i -> c.isMissing(i) ? null
                        : m.find("value." + c.name() + "." + c.getString(i)).orElse(c.getString(i))));
            }
        }
        return out;
    }

    private String header(String table, String column) {
        return m.find("column." + table + "." + column).or(() -> m.find("column." + column)).orElse(column);
    }

    private String format(String table, NumericColumn<?> c) {
        String name = c.name();
        String chosen = m.find("format." + table + "." + name).or(() -> m.find("format." + name)).orElse("");
        if (chosen.equals("percent")) {
            return PERCENT;
        }
        if (chosen.equals("plain") || name.equals("year") || name.endsWith("_year")) {
            return YEAR;
        }
        String type = c.type().name();
        if (type.equals("INTEGER") || type.equals("LONG") || type.equals("SHORT")) {
            return WHOLE;
        }
        double largest = 0;
        for (int i = 0; i < c.size(); i++) {
            double v = c.isMissing(i) ? 0 : Math.abs(c.getDouble(i));
            if (Double.isFinite(v)) {
                largest = Math.max(largest, v);
            }
        }
        return largest >= 1000 ? "#,##0" : largest >= 10 ? "#,##0.0" : largest >= 1 ? "0.000" : "0.0000";
    }

    /** A target of a result table ({@code outcome >= threshold}) in words: its model label, else a sentence. */
    private String target(String described) {
        for (Target t : model.targets()) {
            if (t.describe().equals(described)) {
                String label = t.labelIn(m.language().code());
                if (label != null) {
                    return label;
                }
                String outcome = labels.outcome(t.outcome());
                if (Double.isNaN(t.atMost())) {
                    return outcome + " \u2265 " + m.numbers().number(t.atLeast());
                }
                if (Double.isNaN(t.atLeast())) {
                    return outcome + " \u2264 " + m.numbers().number(t.atMost());
                }
                return m.numbers().number(t.atLeast()) + " \u2264 " + outcome + " \u2264 " + m.numbers().number(t.atMost());
            }
        }
        return described;
    }
}

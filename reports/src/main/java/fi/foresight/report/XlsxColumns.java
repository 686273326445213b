package fi.foresight.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.IntFunction;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The columns of a result table as a workbook sheet shows them, in the report's language: headers from the
 * bundle ({@code column.<table>.<column>}, {@code column.<column>}); a column of model ids (scenario, lever,
 * outcome, driver, target, …) followed by a column of their labels; numbers as numbers with a number format chosen
 * per column ({@code format.<column>=percent} → {@value #PERCENT}, {@code plain} and years → {@value #YEAR}, whole
 * numbers → {@value #WHOLE}) or, for other measurements, per value by its size (four significant digits: a column
 * may hold an index near 0.5 and a count near 2000); words of text columns from {@code value.<column>.<word>}.
 * An id column whose labels are all the ids themselves is written once.
 */
final class XlsxColumns {
    static final String PERCENT = "0.0%";
    static final String YEAR = "0";
    static final String WHOLE = "#,##0";
    private static final String FI = "_fi";
    /** Text columns that list alternatives ({@code scenario/lever}) of the weight sensitivity. */
    private static final java.util.Set<String> ALTERNATIVES = java.util.Set.of("ranking", "swap_at_low", "swap_at_high");
    private static final Pattern ALTERNATIVE = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)/([A-Za-z_][A-Za-z0-9_]*)\\b");

    /**
     * One column of the sheet.
     *
     * @param header  the header in words
     * @param numeric whether the column holds numbers
     * @param format  the number format of a value (used for numbers only)
     * @param value   the cell of a row: a Double, String or Boolean, or null for an empty cell
     */
    record Out(String header, boolean numeric, DoubleFunction<String> format, IntFunction<Object> value) {
        static Out text(String header, IntFunction<Object> value) {
            return new Out(header, false, v -> null, value);
        }
    }

    private final Messages m;
    private final Labels labels;
    XlsxColumns(Messages m, Labels labels) {
        this.m = m;
        this.labels = labels;
    }

    /**
     * The sheet's columns for table {@code t}. A text column {@code x} with a Finnish twin {@code x_fi} (CIB
     * variants, bridged scenario labels) is shown in the workbook's language only: {@code x_fi} under the header of
     * {@code x} in Finnish, {@code x} alone in English.
     */
    List<Out> of(Table t) {
        String base = Tables.baseName(t.name());
        boolean finnish = m.language().code().equals("fi");
        var out = new ArrayList<Out>();
        for (Column<?> c : t.columns()) {
            boolean twin = c.name().endsWith(FI) && t.columnNames().contains(c.name().substring(0, c.name().length() - 3));
            if (twin != finnish && (twin || t.columnNames().contains(c.name() + FI))) {
                continue; // the other language's twin
            }
            String header = header(base, twin ? c.name().substring(0, c.name().length() - 3) : c.name());
            if (c instanceof NumericColumn<?> n) {
                out.add(new Out(header, true, format(base, n),
                        i -> n.isMissing(i) || !Double.isFinite(n.getDouble(i)) ? null : n.getDouble(i)));
            } else if (c.type().name().equals("BOOLEAN")) {
                out.add(Out.text(header, i -> c.isMissing(i) ? null : Boolean.valueOf(c.getString(i))));
            } else if (Labels.isElementName(c.name()) || c.name().equals("target")) {
                boolean target = c.name().equals("target");
                IntFunction<Object> label = i -> c.isMissing(i) ? null
                        : target ? labels.target(c.getString(i)) : labels.forArgument(c.name(), c.getString(i));
                if (labelled(c, label)) {
                    out.add(Out.text(m.fill(m.get("xlsx.id"), java.util.Map.of("column", header), null),
                            i -> c.isMissing(i) ? null : c.getString(i)));
                }
                out.add(Out.text(header, label));
            } else if (ALTERNATIVES.contains(c.name())) {
                IntFunction<Object> label = i -> c.isMissing(i) ? null : alternativesIn(c.getString(i));
                if (labelled(c, label)) {
                    out.add(Out.text(m.fill(m.get("xlsx.id"), java.util.Map.of("column", header), null),
                            i -> c.isMissing(i) ? null : c.getString(i)));
                }
                out.add(Out.text(header, label));
            } else {
                out.add(Out.text(header, i -> c.isMissing(i) ? null
                        : m.find("value." + c.name() + "." + c.getString(i)).orElse(c.getString(i))));
            }
        }
        return out;
    }

    /** {@code scenario/lever} alternatives inside a text ("a > b", "a <> b") as their labels, where both are known. */
    private String alternativesIn(String text) {
        Matcher mt = ALTERNATIVE.matcher(text);
        var sb = new StringBuilder();
        while (mt.find()) {
            boolean known = !labels.scenario(mt.group(1)).equals(mt.group(1)) && !labels.lever(mt.group(2)).equals(mt.group(2));
            mt.appendReplacement(sb, Matcher.quoteReplacement(known ? labels.alternative(mt.group()) : mt.group()));
        }
        mt.appendTail(sb);
        return sb.toString();
    }

    private String header(String table, String column) {
        return m.find("column." + table + "." + column).or(() -> m.find("column." + column)).orElse(column);
    }

    /** Whether some id of the column has a label other than itself (else the id column alone is written). */
    private static boolean labelled(Column<?> c, IntFunction<Object> label) {
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i) && !c.getString(i).equals(label.apply(i))) {
                return true;
            }
        }
        return false;
    }

    private DoubleFunction<String> format(String table, NumericColumn<?> c) {
        String name = c.name();
        String chosen = m.find("format." + table + "." + name).or(() -> m.find("format." + name)).orElse("");
        if (chosen.equals("percent")) {
            return v -> PERCENT;
        }
        if (chosen.equals("plain") || name.equals("year") || name.endsWith("_year")) {
            return v -> YEAR;
        }
        String type = c.type().name();
        if (type.equals("INTEGER") || type.equals("LONG") || type.equals("SHORT") || wholeNumbers(c)) {
            return v -> WHOLE;
        }
        return XlsxColumns::measured;
    }

    /** Whether every value of the column is a whole number (percentiles 5, 10, …; counts stored as decimals). */
    private static boolean wholeNumbers(NumericColumn<?> c) {
        boolean any = false;
        for (int i = 0; i < c.size(); i++) {
            double v = c.isMissing(i) ? Double.NaN : c.getDouble(i);
            if (Double.isFinite(v)) {
                if (v != Math.rint(v) || Math.abs(v) > 1e15) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The format of a measurement: four significant digits, thousands separated ({@code 2,049}, {@code 0.4823}). */
    static String measured(double v) {
        double a = Math.abs(v);
        return a >= 1000 ? "#,##0" : a >= 100 ? "#,##0.0" : a >= 10 ? "0.00" : a >= 1 ? "0.000" : a == 0 ? "0" : "0.0000";
    }
}

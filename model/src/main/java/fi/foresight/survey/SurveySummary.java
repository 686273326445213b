package fi.foresight.survey;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.FiveNumbers;
import fi.foresight.chart.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a data file holds, column by column, before a model uses it: how many answers and missing answers, the
 * scale found, median, quartiles and the distribution of the answers of numeric columns, and the labels seen in
 * text columns. A cell is missing when it is empty (or only blanks); a column is numeric when every answer it
 * has is a number.
 *
 * <pre>{@code
 * SurveySummary s = SurveySummary.of("survey.csv", headers, rows);
 * s.table().print();
 * }</pre>
 *
 * @param file    the data file's name, for the findings
 * @param rows    the number of rows (respondents)
 * @param columns one summary per column, in file order
 */
public record SurveySummary(String file, int rows, List<SurveySummary.Column> columns) implements AnalysisResult {
    /** Name of the table. */
    public static final String TABLE = "survey-columns";
    /** At most this many different values or labels are listed per column. */
    public static final int MAX_LISTED = 12;

    /**
     * The summary of one column.
     *
     * @param name         the column's header
     * @param numeric      whether every answer is a number
     * @param answers      the number of answers
     * @param missing      the number of empty cells
     * @param spread       the spread of the answers of a numeric column (null for a text column)
     * @param min          the smallest answer of a numeric column ({@code NaN} otherwise)
     * @param max          the largest answer of a numeric column ({@code NaN} otherwise)
     * @param distribution the count of each value (numeric) or label (text), in order of value or of first appearance
     */
    public record Column(String name, boolean numeric, int answers, int missing, Spread spread, double min,
                         double max, Map<String, Integer> distribution) {
        /**
         * Copies the distribution.
         *
         * @param name         the column's header
         * @param numeric      whether every answer is a number
         * @param answers      the number of answers
         * @param missing      the number of empty cells
         * @param spread       the spread of a numeric column, or null
         * @param min          the smallest answer of a numeric column
         * @param max          the largest answer of a numeric column
         * @param distribution value or label → count
         */
        public Column {
            distribution = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(distribution));
        }
    }

    /**
     * Copies the columns.
     *
     * @param file    the data file's name
     * @param rows    the number of rows
     * @param columns the column summaries
     */
    public SurveySummary {
        columns = List.copyOf(columns);
    }

    /**
     * Summarises a table of raw cells.
     *
     * @param file    the data file's name
     * @param headers the column headers
     * @param rows    the rows; each has at most as many cells as there are headers (missing trailing cells are empty)
     * @return the summary
     */
    public static SurveySummary of(String file, List<String> headers, List<List<String>> rows) {
        var out = new ArrayList<Column>();
        for (int c = 0; c < headers.size(); c++) {
            List<String> cells = new ArrayList<>();
            for (List<String> row : rows) {
                cells.add(c < row.size() && row.get(c) != null ? row.get(c).strip() : "");
            }
            out.add(column(headers.get(c), cells));
        }
        return new SurveySummary(file, rows.size(), out);
    }

    /**
     * Summarises a data set as read: every cell as written (its scales and labels not applied), missing cells as
     * missing answers.
     *
     * @param set a data file read with {@code DataSet.parse} (or from a model's {@code data:})
     * @return the summary
     */
    public static SurveySummary of(fi.foresight.data.DataSet set) {
        List<String> headers = set.columns();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < set.respondents(); r++) {
            List<String> cells = new ArrayList<>(headers.size());
            for (String h : headers) {
                String t = set.text(r, h);
                cells.add(t == null ? "" : t);
            }
            rows.add(cells);
        }
        return of(set.file(), headers, rows);
    }

    private static Column column(String name, List<String> cells) {
        int missing = 0;
        boolean numeric = true;
        List<Double> numbers = new ArrayList<>();
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (String s : cells) {
            if (s.isEmpty()) {
                missing++;
                continue;
            }
            labels.merge(s, 1, Integer::sum);
            Double v = number(s);
            if (v == null) {
                numeric = false;
            } else {
                numbers.add(v);
            }
        }
        int answers = cells.size() - missing;
        if (!numeric || answers == 0) {
            return new Column(name, false, answers, missing, null, Double.NaN, Double.NaN, labels);
        }
        double[] x = numbers.stream().mapToDouble(Double::doubleValue).toArray();
        Map<Double, Integer> counts = new TreeMap<>();
        for (double v : x) {
            counts.merge(v, 1, Integer::sum);
        }
        Map<String, Integer> distribution = new LinkedHashMap<>();
        counts.forEach((v, n) -> distribution.put(format(v), n));
        Spread s = Spread.of(x);
        double min = counts.keySet().iterator().next();
        double max = ((TreeMap<Double, Integer>) counts).lastKey();
        return new Column(name, true, answers, missing, s, min, max, distribution);
    }

    private static Double number(String s) {
        if (!s.matches("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(s.replace(',', '.'));
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%s", v);
    }

    @Override
    public String kind() {
        return "survey";
    }

    /**
     * Table {@value #TABLE}: {@code column, kind, answers, missing, scale, median, q1, q3, iqr, within_one,
     * distribution} (kind {@code number} or {@code text}; scale {@code min–max}; distribution {@code value: count}
     * for numbers, {@code label: count} for texts, at most {@value #MAX_LISTED} entries and {@code …}).
     *
     * @return a new table
     */
    public Table table() {
        StringColumn name = StringColumn.create("column");
        StringColumn kind = StringColumn.create("kind");
        IntColumn answers = IntColumn.create("answers");
        IntColumn missing = IntColumn.create("missing");
        StringColumn scale = StringColumn.create("scale");
        DoubleColumn median = DoubleColumn.create("median");
        DoubleColumn q1 = DoubleColumn.create("q1");
        DoubleColumn q3 = DoubleColumn.create("q3");
        DoubleColumn iqr = DoubleColumn.create("iqr");
        DoubleColumn within = DoubleColumn.create("within_one");
        StringColumn dist = StringColumn.create("distribution");
        for (Column c : columns) {
            name.append(c.name());
            kind.append(c.numeric() ? "number" : "text");
            answers.append(c.answers());
            missing.append(c.missing());
            scale.append(c.numeric() ? format(c.min()) + "\u2013" + format(c.max()) : "");
            Spread s = c.spread();
            median.append(s == null ? Double.NaN : s.median());
            q1.append(s == null ? Double.NaN : s.q1());
            q3.append(s == null ? Double.NaN : s.q3());
            iqr.append(s == null ? Double.NaN : s.iqr());
            within.append(s == null ? Double.NaN : s.withinOne());
            dist.append(listed(c.distribution()));
        }
        return Table.create(TABLE, name, kind, answers, missing, scale, median, q1, q3, iqr, within, dist);
    }

    private static String listed(Map<String, Integer> counts) {
        var parts = new ArrayList<String>();
        for (var e : counts.entrySet()) {
            if (parts.size() == MAX_LISTED) {
                parts.add("\u2026");
                break;
            }
            parts.add(e.getKey() + ": " + e.getValue());
        }
        return String.join("; ", parts);
    }

    @Override
    public List<Table> tables() {
        return List.of(table());
    }

    /**
     * One chart, {@code survey-answers}: the P5, quartiles, median and P95 of every numeric column (none when the
     * file has no numeric column).
     *
     * @return the chart by file stem
     */
    @Override
    public Map<String, ChartSpec> charts() {
        var names = new ArrayList<Text>();
        var boxes = new ArrayList<FiveNumbers>();
        for (Column c : columns) {
            if (c.numeric() && c.answers() > 0) {
                double[] x = expand(c.distribution());
                names.add(Text.plain(c.name()));
                boxes.add(new FiveNumbers(Spread.quantile(x, 0.05), c.spread().q1(), c.spread().median(),
                        c.spread().q3(), Spread.quantile(x, 0.95)));
            }
        }
        if (names.isEmpty()) {
            return Map.of();
        }
        return Map.of("survey-answers", Charts.boxPlot(Text.of("Answers per numeric column", "Vastaukset numeerisissa "
                + "sarakkeissa"), Text.of("Answer", "Vastaus"), names, boxes));
    }

    /** The sorted answers back from their counts. */
    private static double[] expand(Map<String, Integer> counts) {
        int n = counts.values().stream().mapToInt(Integer::intValue).sum();
        double[] x = new double[n];
        int i = 0;
        for (var e : counts.entrySet()) {
            double v = Double.parseDouble(e.getKey());
            for (int k = 0; k < e.getValue(); k++) {
                x[i++] = v;
            }
        }
        return x;
    }

    /**
     * {@code survey.size} (rows, columns, numeric columns, file) and, when some answers are missing,
     * {@code survey.missing} (the column with most missing answers and their count).
     *
     * @return the findings
     */
    @Override
    public List<Finding> findings() {
        var out = new ArrayList<Finding>();
        long numeric = columns.stream().filter(Column::numeric).count();
        out.add(new Finding("survey.size", args("rows", rows, "columns", columns.size(), "numeric", numeric,
                "file", file), 1));
        columns.stream().filter(c -> c.missing() > 0).max(java.util.Comparator.comparingInt(Column::missing))
                .ifPresent(c -> out.add(new Finding("survey.missing", args("column", c.name(), "missing",
                        c.missing(), "rows", rows), 2)));
        return out;
    }

    /** Named arguments in the order given. */
    static Map<String, Object> args(Object... keysAndValues) {
        var out = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}

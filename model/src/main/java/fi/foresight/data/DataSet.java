package fi.foresight.data;

import fi.foresight.model.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A data file as respondents × columns: the texts of its cells (missing answers as null), the answer scale of its
 * Likert columns, and the answers of one column as numbers, of every respondent or of those a filter selects.
 *
 * <pre>{@code
 * DataSet survey = DataSet.parse(Files.readAllBytes(file), spec, "data/survey.csv");
 * double[] all = survey.answers("interest");                                     // missing answers left out
 * double[] forssa = survey.answers("readiness", Map.of("subregion", "forssa"));  // labels mapped by the scale
 * int[] who = survey.select(Map.of("role", List.of("entrepreneur")));           // rows for aligned columns
 * double[] q1 = survey.numbers("imp_readiness", who);                            // NaN where missing
 * }</pre>
 *
 * <p><b>Missing answers</b>: a cell that is empty or holds one of the {@link DataSpec#missing()} texts is no answer.
 * It is left out of that column's answers (not the respondent's other answers), counted ({@link #missing}), and a
 * driver refuses a column with fewer than {@link DataSpec#minAnswers()} answers.
 */
public final class DataSet {
    private final DataSpec spec;
    private final String file;
    private final String[] columns;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final String[][] cells;
    private final int[] rows;
    private final boolean decimalComma;

    private DataSet(DataSpec spec, String file, Grid grid) {
        this.spec = spec;
        this.file = file;
        this.columns = grid.header;
        for (int c = 0; c < columns.length; c++) {
            index.put(columns[c], c);
        }
        this.cells = new String[grid.rows.size()][];
        this.rows = new int[cells.length];
        Set<String> missing = Set.copyOf(spec.missing());
        for (int i = 0; i < cells.length; i++) {
            String[] r = grid.rows.get(i);
            cells[i] = new String[r.length];
            for (int c = 0; c < r.length; c++) {
                cells[i][c] = missing.contains(r[c]) ? null : r[c];
            }
            rows[i] = grid.rowNumbers.get(i);
        }
        char d = spec.workbook() ? ',' : spec.delimiter() != 0 ? spec.delimiter() : 0;
        this.decimalComma = d == ';' || d == '\t';
    }

    /**
     * Reads a data file's bytes: CSV (UTF-8) or, when {@code spec.file()} ends in {@code .xlsx}, a workbook's sheet.
     * The columns that have a scale are checked cell by cell (labels known, numbers on the scale).
     *
     * @param bytes  the file's content
     * @param spec   what the model says about the file
     * @param shownAs the file's name in problems (e.g. the path as resolved from the model file)
     * @return the data set
     * @throws DataException listing every problem at its row and column
     */
    public static DataSet parse(byte[] bytes, DataSpec spec, String shownAs) {
        List<DataProblem> problems = new ArrayList<>();
        DataSpec s = spec.delimiter() == 0 && !spec.workbook() && bytes.length > 0
                ? new DataSpec(spec.name(), spec.file(), spec.missing(), spec.scales(), spec.sheet(),
                        CsvGrid.detect(new String(bytes, 0, Math.min(bytes.length, 65536),
                                java.nio.charset.StandardCharsets.UTF_8)), spec.minAnswers())
                : spec;
        Grid grid = s.workbook() ? XlsxGrid.read(bytes, s, shownAs, problems) : CsvGrid.read(bytes, s, shownAs,
                problems);
        if (grid == null || !problems.isEmpty()) {
            throw failure(problems);
        }
        if (grid.rows.isEmpty()) {
            problems.add(new DataProblem(shownAs, 0, 0, "", "the file has a header row but no respondents; a data "
                    + "file has one row per respondent below the header"));
            throw failure(problems);
        }
        DataSet set = new DataSet(s, shownAs, grid);
        for (var e : s.scales().entrySet()) {
            Integer c = set.index.get(e.getKey());
            if (c != null) {
                set.check(c, e.getValue(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return set;
    }

    private static DataException failure(List<DataProblem> problems) {
        if (problems.size() <= DataException.MAX_PROBLEMS) {
            return new DataException(problems);
        }
        var shown = new ArrayList<>(problems.subList(0, DataException.MAX_PROBLEMS));
        DataProblem next = problems.get(DataException.MAX_PROBLEMS);
        shown.add(new DataProblem(next.file(), 0, 0, "", (problems.size() - DataException.MAX_PROBLEMS)
                + " more problems are not listed; fix the ones above first"));
        return new DataException(shown);
    }

    /** Checks every answer of a scaled column. */
    private void check(int c, Scale scale, List<DataProblem> problems) {
        for (int i = 0; i < cells.length; i++) {
            String t = cells[i][c];
            if (t != null && Double.isNaN(value(t, scale))) {
                problems.add(new DataProblem(file, rows[i], c + 1, columns[c], notOnScale(t, scale)));
            }
        }
    }

    private String notOnScale(String t, Scale scale) {
        Double n = Cells.number(t, decimalComma);
        if (n != null) {
            return "the answer " + t + " is not on the scale; " + scale.describe()
                    + ", or leave the cell empty for no answer";
        }
        if (scale.labels().isEmpty()) {
            return "expected a number, got the text '" + Grid.shorten(t) + "'; " + scale.describe()
                    + ", or leave the cell empty for no answer";
        }
        return "'" + Grid.shorten(t) + "' is not a label of the scale" + scale.suggest(t) + "; " + scale.describe()
                + "; add the label to the scale in the model, or leave the cell empty for no answer";
    }

    /** The number of a non-missing cell under a scale (or none), NaN when it is not on it. */
    private double value(String t, Scale scale) {
        if (scale != null) {
            Double l = scale.label(t);
            if (l != null) {
                return l;
            }
        }
        Double n = Cells.number(t, decimalComma);
        if (n == null || scale != null && !scale.holds(n)) {
            return Double.NaN;
        }
        return n;
    }

    /** @return the data set's id (its key under {@code data:}) */
    public String name() {
        return spec.name();
    }

    /** @return the file as named in problems */
    public String file() {
        return file;
    }

    /** @return what the model says about the file */
    public DataSpec spec() {
        return spec;
    }

    /** @return the column names, in file order */
    public List<String> columns() {
        return List.of(columns);
    }

    /** @return how many respondents (rows below the header that are not wholly empty) the file has */
    public int respondents() {
        return cells.length;
    }

    /**
     * The spreadsheet row of a respondent.
     *
     * @param respondent 0-based respondent index
     * @return the 1-based row (the header is row 1)
     */
    public int row(int respondent) {
        return rows[respondent];
    }

    /**
     * Whether the file has the column.
     *
     * @param column a header
     * @return true when one column is named so
     */
    public boolean hasColumn(String column) {
        return index.containsKey(column);
    }

    /**
     * The message for a column the file does not have, with the closest name and the list of columns.
     *
     * @param column the name as written
     * @return {@code "data/survey.csv has no column 'q77'; did you mean q7?; its columns are …"}
     */
    public String unknownColumn(String column) {
        return file + " has no column '" + Grid.shorten(column) + "'" + Suggestions.didYouMean(column, index.keySet())
                + "; its columns are " + listed(index.keySet());
    }

    /**
     * A respondent's answer as written, or null when it is missing.
     *
     * @param respondent 0-based respondent index
     * @param column     a header
     * @return the cell's text (trimmed), or null
     */
    public String text(int respondent, String column) {
        return cells[respondent][column(column)];
    }

    /**
     * The distinct answers of a column as written, in order of first appearance (missing ones left out).
     *
     * @param column a header
     * @return the distinct texts
     */
    public List<String> values(String column) {
        int c = column(column);
        var out = new LinkedHashSet<String>();
        for (String[] r : cells) {
            if (r[c] != null) {
                out.add(r[c]);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether some respondent answered {@code value} in {@code column} (upper and lower case and repeated blanks
     * ignored; numbers compare as numbers: 5 = 5.0).
     *
     * @param column a header
     * @param value  an answer as written in a filter
     * @return true when at least one respondent matches
     */
    public boolean hasValue(String column, String value) {
        int c = column(column);
        for (String[] r : cells) {
            if (matches(r[c], value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message for a filter value no respondent gave, with the closest answer and the answers given.
     *
     * @param column a header
     * @param value  the value as written
     * @return {@code "no respondent in data/survey.csv has subregion 'forsa'; did you mean forssa?; …"}
     */
    public String unknownValue(String column, String value) {
        List<String> given = values(column);
        String list = given.size() > 20 ? listed(given.subList(0, 20)) + ", … (" + given.size() + " in all)"
                : listed(given);
        return "no respondent in " + file + " has " + column + " '" + Grid.shorten(value) + "'"
                + Suggestions.didYouMean(value, given) + "; the answers in the column are " + list;
    }

    /**
     * The respondents whose answers match the filter: for each column, one of its values (a respondent whose
     * answer there is missing does not match).
     *
     * @param filter column → accepted values (empty: every respondent)
     * @return 0-based respondent indexes, increasing
     * @throws IllegalArgumentException for a column the file lacks or a value no respondent gave
     */
    public int[] select(Map<String, ? extends Collection<String>> filter) {
        for (var e : filter.entrySet()) {
            if (!hasColumn(e.getKey())) {
                throw new IllegalArgumentException(unknownColumn(e.getKey()));
            }
            for (String v : e.getValue()) {
                if (!hasValue(e.getKey(), v)) {
                    throw new IllegalArgumentException(unknownValue(e.getKey(), v));
                }
            }
        }
        int[] out = new int[cells.length];
        int n = 0;
        for (int i = 0; i < cells.length; i++) {
            boolean all = true;
            for (var e : filter.entrySet()) {
                String t = cells[i][index.get(e.getKey())];
                boolean any = false;
                for (String v : e.getValue()) {
                    any |= matches(t, v);
                }
                all &= any;
            }
            if (all) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * A column's answers as numbers for the given respondents, in their order, NaN where the answer is missing;
     * labels are mapped by the column's scale.
     *
     * @param column      a header
     * @param respondents 0-based respondent indexes (e.g. from {@link #select})
     * @return one number (or NaN) per respondent
     * @throws DataException          naming every answer that is text not on the column's scale (at most 20)
     * @throws IllegalArgumentException for a column the file lacks
     */
    public double[] numbers(String column, int[] respondents) {
        int c = column(column);
        Scale scale = spec.scales().get(column);
        double[] out = new double[respondents.length];
        List<DataProblem> bad = new ArrayList<>();
        int badCount = 0;
        for (int k = 0; k < respondents.length; k++) {
            String t = cells[respondents[k]][c];
            out[k] = t == null ? Double.NaN : value(t, scale);
            if (t != null && Double.isNaN(out[k])) {
                if (++badCount <= 20) {
                    bad.add(new DataProblem(file, rows[respondents[k]], c + 1, column, textInNumbers(t, c)));
                }
            }
        }
        if (badCount > 20) {
            bad.add(new DataProblem(file, 0, 0, "", (badCount - 20) + " more answers in column " + Columns.letter(c + 1)
                    + " '" + column + "' are not numbers"));
        }
        if (!bad.isEmpty()) {
            throw new DataException(bad);
        }
        return out;
    }

    private String textInNumbers(String t, int c) {
        String example = null;
        for (int i = 0; i < cells.length && example == null; i++) {
            String s = cells[i][c];
            if (s != null && Cells.number(s, decimalComma) != null) {
                example = s + " in row " + rows[i];
            }
        }
        return "expected a number, got the text '" + Grid.shorten(t) + "'; "
                + (example == null ? "the column holds text, " : "the column's answers are numbers (e.g. " + example
                + "), ") + "so write a number, leave the cell empty for no answer, or give the column a scale with "
                + "labels (data." + spec.name() + ".scales." + columns[c] + ".labels in the model)";
    }

    /**
     * Every answer of a column as a number, missing answers left out.
     *
     * @param column a header
     * @return the answers, in file order
     */
    public double[] answers(String column) {
        return answersOf(column, Map.of());
    }

    /**
     * The answers of a column from the respondents whose answers match the filter, missing answers left out.
     *
     * @param column a header
     * @param filter column → the one value a respondent must have given there (e.g. {@code subregion → forssa})
     * @return the answers, in file order
     * @throws DataException          naming every answer that is text not on the column's scale
     * @throws IllegalArgumentException for an unknown column or a filter value no respondent gave
     */
    public double[] answers(String column, Map<String, String> filter) {
        var f = new LinkedHashMap<String, List<String>>();
        filter.forEach((k, v) -> f.put(k, List.of(v)));
        return answersOf(column, f);
    }

    /**
     * Like {@link #answers(String, Map)} with several accepted values per filter column.
     *
     * @param column a header
     * @param filter column → accepted values
     * @return the answers, in file order
     */
    public double[] answersOf(String column, Map<String, ? extends Collection<String>> filter) {
        double[] all = numbers(column, select(filter));
        return Arrays.stream(all).filter(v -> !Double.isNaN(v)).toArray();
    }

    /**
     * How many of the given respondents left the column unanswered.
     *
     * @param column      a header
     * @param respondents 0-based respondent indexes
     * @return the number of missing answers
     */
    public int missing(String column, int[] respondents) {
        int c = column(column);
        int n = 0;
        for (int i : respondents) {
            n += cells[i][c] == null ? 1 : 0;
        }
        return n;
    }

    private int column(String column) {
        Integer c = index.get(column);
        if (c == null) {
            throw new IllegalArgumentException(unknownColumn(column));
        }
        return c;
    }

    private boolean matches(String cell, String value) {
        if (cell == null) {
            return false;
        }
        if (Scale.fold(cell).equals(Scale.fold(value))) {
            return true;
        }
        Double a = Cells.number(cell, decimalComma);
        Double b = Cells.number(value, false);
        return a != null && a.equals(b);
    }

    private static String listed(Collection<String> names) {
        return names.stream().map(Grid::shorten).collect(Collectors.joining(", "));
    }

    /** {@code survey (data/survey.csv, 600 respondents × 16 columns)}. */
    @Override
    public String toString() {
        return name() + " (" + file + ", " + cells.length + " respondents × " + columns.length + " columns)";
    }
}

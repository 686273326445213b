package fi.foresight.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cells of a data file as read: the header row's names and one array of trimmed texts per respondent, with
 * the spreadsheet row each came from. Rows whose every cell is empty are not respondents and are left out.
 */
final class Grid {
    /** Most respondents a file may hold. */
    static final int MAX_ROWS = 1_000_000;
    /** Most columns a file may hold. */
    static final int MAX_COLUMNS = 10_000;

    final String file;
    final List<DataProblem> problems;
    String[] header;
    final List<String[]> rows = new ArrayList<>();
    final List<Integer> rowNumbers = new ArrayList<>();

    Grid(String file, List<DataProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void problem(int row, int column, String message) {
        String name = header != null && column >= 1 && column <= header.length ? header[column - 1] : "";
        problems.add(new DataProblem(file, row, column, name, message));
    }

    /** Takes the header row; reports empty and repeated names. False when the file cannot be used at all. */
    boolean header(List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--; // trailing empty cells of a spreadsheet's header are not columns
        }
        if (n == 0) {
            problems.add(new DataProblem(file, 1, 0, "", "the first row is empty; it must name the columns, e.g. "
                    + "respondent, subregion, q1, q2"));
            return false;
        }
        if (n > MAX_COLUMNS) {
            problems.add(new DataProblem(file, 1, 0, "", "the file has " + n + " columns; data files may have at most "
                    + MAX_COLUMNS));
            return false;
        }
        header = new String[n];
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (int c = 0; c < n; c++) {
            header[c] = cells.get(c).strip();
        }
        for (int c = 0; c < n; c++) {
            String h = header[c];
            if (h.isEmpty()) {
                problems.add(new DataProblem(file, 1, c + 1, "", "the column has no name; the first row names every "
                        + "column (or delete the empty column)"));
                ok = false;
            } else if (seen.containsKey(h)) {
                problems.add(new DataProblem(file, 1, c + 1, h, "the name '" + h + "' is also the name of column "
                        + Columns.letter(seen.get(h) + 1) + "; every column needs its own name"));
                ok = false;
            } else {
                seen.put(h, c);
            }
        }
        return ok;
    }

    /** Adds a respondent's row (cells beyond the header's columns must be empty). False after too many rows. */
    boolean row(int rowNumber, List<String> cells) {
        boolean empty = true;
        for (String s : cells) {
            if (!s.isBlank()) {
                empty = false;
                break;
            }
        }
        if (empty) {
            return true;
        }
        if (rows.size() == MAX_ROWS) {
            problems.add(new DataProblem(file, rowNumber, 0, "", "the file has more than " + MAX_ROWS
                    + " respondents; data files may have at most " + MAX_ROWS));
            return false;
        }
        String[] out = new String[header.length];
        for (int c = 0; c < cells.size(); c++) {
            String t = cells.get(c).strip();
            if (c < header.length) {
                out[c] = t;
            } else if (!t.isEmpty()) {
                problem(rowNumber, c + 1, "the cell '" + shorten(t) + "' is beyond the last named column ("
                        + Columns.letter(header.length) + " '" + header[header.length - 1] + "'); give the column a "
                        + "name in row 1, or check the row for a stray delimiter");
                return true;
            }
        }
        for (int c = 0; c < out.length; c++) {
            if (out[c] == null) {
                out[c] = "";
            }
        }
        rows.add(out);
        rowNumbers.add(rowNumber);
        return true;
    }

    static String shorten(String s) {
        String t = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        StringBuilder b = new StringBuilder();
        for (char ch : t.toCharArray()) {
            b.append(Character.isISOControl(ch) ? ' ' : ch);
        }
        return b.toString();
    }
}

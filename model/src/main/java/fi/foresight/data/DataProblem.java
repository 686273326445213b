package fi.foresight.data;

import java.util.Objects;

/**
 * One problem of a data file, at its cell as a spreadsheet shows it: {@code data/survey.csv:14:5: row 14, column E
 * 'q7': expected a number, got the text 'five'; …}.
 *
 * @param file    the data file as it is named to the user
 * @param row     1-based row (row 1 is the header); 0 when the problem concerns the file as a whole
 * @param column  1-based column (1 is A); 0 when the problem concerns a whole row or the whole file
 * @param name    the column's header, or empty when unknown
 * @param message what is wrong and what would be valid
 */
public record DataProblem(String file, int row, int column, String name, String message) {

    /**
     * Checks the parts.
     *
     * @param file    the data file as it is named to the user
     * @param row     1-based row (row 1 is the header); 0 when the problem concerns the file as a whole
     * @param column  1-based column (1 is A); 0 when the problem concerns a whole row or the whole file
     * @param name    the column's header, or empty when unknown
     * @param message what is wrong and what would be valid
     */
    public DataProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        name = name == null ? "" : name;
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("row (" + row + ") and column (" + column + ") must be >= 0");
        }
    }

    /**
     * Where the problem is, in a spreadsheet's words: {@code row 14, column E 'q7'}, {@code row 7} or empty.
     *
     * @return the place, or the empty string for a problem of the whole file
     */
    public String place() {
        if (row == 0) {
            return "";
        }
        if (column == 0) {
            return "row " + row;
        }
        return "row " + row + ", column " + Columns.letter(column) + (name.isEmpty() ? "" : " '" + name + "'");
    }

    /** {@code file:row:column: row R, column L 'name': message}, as compilers write places. */
    @Override
    public String toString() {
        if (row == 0) {
            return file + ": " + message;
        }
        return file + ":" + row + ":" + Math.max(column, 1) + ": " + place() + ": " + message;
    }
}

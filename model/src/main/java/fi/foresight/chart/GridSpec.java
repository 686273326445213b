package fi.foresight.chart;

import java.util.List;
import java.util.Objects;

/**
 * A grid of cells: numbers coloured by value (a diverging scale centred on zero when values have both signs,
 * otherwise a sequential one), or texts on cells coloured by a palette index (a CIB scenario tableau).
 *
 * @param title   the title
 * @param rows    the row labels, the first at the top
 * @param columns the column labels
 * @param values  {@code values[r][c]} for a numeric grid, else null
 * @param texts   {@code texts[r][c]} for a text grid, else null
 * @param colours {@code colours[r][c]}: the palette index of each text cell, else null
 */
public record GridSpec(Text title, List<Text> rows, List<Text> columns, double[][] values, Text[][] texts,
                       int[][] colours) implements ChartSpec {
    /** Height of one grid row in points. */
    public static final int ROW = 28;

    /**
     * Checks and copies the parts.
     *
     * @param title   the title
     * @param rows    the rows
     * @param columns the columns
     * @param values  the numbers or null
     * @param texts   the texts or null
     * @param colours the colours or null
     */
    public GridSpec {
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if ((values == null) == (texts == null)) {
            throw new IllegalArgumentException("a grid has either numbers or texts");
        }
        int n = values != null ? values.length : texts.length;
        Checks.sameLength("grid rows", n, "row labels", rows.size());
    }

    @Override
    public int width() {
        return Math.max(WIDTH, Math.min(2400, 260 + 90 * columns.size()));
    }

    @Override
    public int height() {
        return Math.max(300, 190 + ROW * rows.size());
    }
}

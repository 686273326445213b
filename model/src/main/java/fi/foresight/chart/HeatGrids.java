package fi.foresight.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Row-by-column grids of coloured cells (CIB tableaux, cross-impact matrices) on XChart's HeatMapChart.
 * The first row is drawn at the top, as in a table.
 */
final class HeatGrids {

    /** Colours a text grid's colour indices may use. */
    static final int TEXT_COLOURS = ChartStyle.palette().size();

    private HeatGrids() {
    }

    static HeatMapChart numeric(String title, List<String> rows, List<String> columns, double[][] values) {
        checkShape(rows, columns, values == null ? null : values.length);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            Checks.finite("values[" + i + "]", values[i]);
            Checks.sameLength("values[" + i + "]", values[i].length, "columns", columns.size());
            for (double v : values[i]) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        HeatMapChart chart = blank(title, rows, columns,
                Math.max(90, Math.min(MAX_CELL, textWidth(ChartStyle.TICK_FONT, columns) + 12)), 120);
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                cells.add(new Number[] {j, rows.size() - 1 - i, values[i][j]});
            }
        }
        chart.addSeries("values", new ArrayList<>(columns), reversed(rows), cells);
        boolean signed = min < 0 && max > 0;
        List<Color> scale = signed ? ChartStyle.diverging() : ChartStyle.sequential();
        double lo = min;
        double hi = max;
        if (signed) {
            hi = Math.max(-min, max);
            lo = -hi;
        } else if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        chart.getStyler().setRangeColors(scale.toArray(new Color[0]));
        chart.getStyler().setMin(lo);
        chart.getStyler().setMax(hi);
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("0.##");
        chart.getStyler().setLegendVisible(true);
        return chart;
    }

    /**
     * A grid of texts on coloured cells. XChart 4.0.3 writes only numbers (through a decimal pattern) into
     * heat-map cells, so the cells carry their colour index, piecewise colouring gives one colour per index,
     * and a {@link CellTexts} annotation writes the texts at the cell centres.
     */
    static HeatMapChart text(String title, List<String> rows, List<String> columns, String[][] texts,
            int[][] colourIndex) {
        checkShape(rows, columns, texts == null ? null : texts.length);
        if (colourIndex == null || colourIndex.length != rows.size()) {
            throw new IllegalArgumentException("colourIndex needs one row per row label (" + rows.size() + ")");
        }
        int r = rows.size();
        int c = columns.size();
        String[][] copy = new String[r][c];
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            if (texts[i] == null || texts[i].length != c || colourIndex[i] == null || colourIndex[i].length != c) {
                throw new IllegalArgumentException("row " + i + " of texts/colourIndex must have " + c
                        + " cells, one per column label");
            }
            for (int j = 0; j < c; j++) {
                int k = colourIndex[i][j];
                if (k < 0 || k >= TEXT_COLOURS) {
                    throw new IllegalArgumentException("colourIndex[" + i + "][" + j + "] (" + k
                            + ") is outside [0, " + (TEXT_COLOURS - 1) + "]");
                }
                copy[i][j] = texts[i][j] == null ? "" : texts[i][j];
                cells.add(new Number[] {j, r - 1 - i, k});
            }
        }
        int widest = 0;
        for (String[] row : copy) {
            widest = Math.max(widest, textWidth(ChartStyle.TICK_FONT, java.util.Arrays.asList(row)));
        }
        widest = Math.max(widest + 18, textWidth(ChartStyle.TICK_FONT, columns) + 12);
        HeatMapChart chart = blank(title, rows, columns, Math.max(90, Math.min(MAX_CELL, widest)), 0);
        chart.addSeries("cells", new ArrayList<>(columns), reversed(rows), cells);
        chart.getStyler().setRangeColors(cellColours());
        chart.getStyler().setPiecewise(true);
        chart.getStyler().setPiecewiseRanged(false);
        chart.getStyler().setSplitNumber(TEXT_COLOURS);
        chart.getStyler().setMin(-0.5);
        chart.getStyler().setMax(TEXT_COLOURS - 0.5);
        chart.getStyler().setShowValue(false);
        chart.getStyler().setLegendVisible(false);
        chart.addAnnotation(new CellTexts(copy));
        return chart;
    }

    /**
     * Light cell fills for text grids, by colour index: Okabe–Ito blue, orange, green, purple, vermillion,
     * sky blue and yellow mixed 55 % with white (ordered so that neighbouring indices differ in hue), then
     * light grey.
     */
    static Color[] cellColours() {
        int[] rgb = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0xD55E00, 0x56B4E9, 0xF0E442};
        Color[] colours = new Color[TEXT_COLOURS];
        for (int k = 0; k < rgb.length; k++) {
            colours[k] = ChartStyle.lighten(new Color(rgb[k]), 0.55);
        }
        colours[rgb.length] = new Color(0xDDDDDD);
        return colours;
    }

    /** Writes each cell's text at its centre; the plot area is exactly the grid (plot content size 1). */
    static final class CellTexts extends Annotation {
        private final String[][] texts;

        CellTexts(String[][] texts) {
            super(false);
            this.texts = texts;
        }

        @Override
        public void paint(Graphics2D g) {
            int left = Math.min(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
            int right = Math.max(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
            int top = Math.min(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            int bottom = Math.max(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            int rows = texts.length;
            int cols = texts[0].length;
            double w = (right - left) / (double) cols;
            double h = (bottom - top) / (double) rows;
            g.setFont(ChartStyle.TICK_FONT);
            g.setColor(ChartStyle.TEXT);
            FontMetrics fm = g.getFontMetrics();
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    String t = fit(texts[i][j], fm, (int) (w - 8));
                    float x = (float) (left + (j + 0.5) * w - fm.stringWidth(t) / 2.0);
                    float y = (float) (top + (i + 0.5) * h + (fm.getAscent() - fm.getDescent()) / 2.0);
                    g.drawString(t, x, y);
                }
            }
        }

        /** The text, cut with an ellipsis if it is wider than {@code width} pixels. */
        static String fit(String text, FontMetrics fm, int width) {
            if (fm.stringWidth(text) <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && fm.stringWidth(cut + "…") > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "…";
        }
    }

    /** Widest cell of a text grid, in pixels; longer texts are cut with an ellipsis. */
    static final int MAX_CELL = 220;

    /**
     * A blank grid wide enough for its row labels, {@code cell} pixels per column and {@code legend} pixels of
     * legend, and tall enough for its rows.
     */
    private static HeatMapChart blank(String title, List<String> rows, List<String> columns, int cell, int legend) {
        int rowRoom = textWidth(ChartStyle.TICK_FONT, rows) + 50;
        int width = Math.max(ChartStyle.WIDTH, rowRoom + legend + cell * columns.size() + 30);
        int height = Math.max(ChartStyle.HEIGHT, 150 + 30 * rows.size());
        HeatMapChart chart = ChartStyle.heatMapChart(title, "", "", width, height);
        chart.getStyler().setValueFont(new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, 12));
        chart.getStyler().setValueFontColor(ChartStyle.TEXT);
        chart.getStyler().setDrawBorder(true);
        // without a builder these stay 0, and the legend's gradient then has no length
        chart.getStyler().setGradientColorColumnWeight(14);
        chart.getStyler().setGradientColorColumnHeight(Math.max(120, height - 220));
        chart.getStyler().setAxisTicksLineVisible(false);
        // XChart 4 spaces heat-map labels of both axes by the x tick hint: fit the more crowded axis
        int perRow = (height - 150) / rows.size();
        int perColumn = (width - rowRoom - legend - 30) / columns.size();
        chart.getStyler().setXAxisTickMarkSpacingHint(Math.max(8, Math.min(74, Math.min(perRow, perColumn) - 4)));
        if (textWidth(ChartStyle.TICK_FONT, columns) > cell - 8) {
            chart.getStyler().setXAxisLabelRotation(30);
        }
        return chart;
    }

    /** Width in pixels of the widest of {@code texts} in {@code font}. */
    static int textWidth(Font font, List<String> texts) {
        java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            FontMetrics fm = g.getFontMetrics(font);
            int widest = 0;
            for (String t : texts) {
                widest = Math.max(widest, fm.stringWidth(t == null ? "" : t));
            }
            return widest;
        } finally {
            g.dispose();
        }
    }

    private static void checkShape(List<String> rows, List<String> columns, Integer rowCount) {
        if (rows == null || columns == null || rowCount == null) {
            throw new IllegalArgumentException("rows, columns and cell values are all needed");
        }
        Checks.labels("rows", rows, rowCount);
        Checks.labels("columns", columns, columns.size());
        if (rows.isEmpty() || columns.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one row and one column; got "
                    + rows.size() + " x " + columns.size());
        }
    }

    private static List<String> reversed(List<String> rows) {
        List<String> r = new ArrayList<>(rows);
        java.util.Collections.reverse(r);
        return r;
    }
}

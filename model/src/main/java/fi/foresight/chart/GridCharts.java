package fi.foresight.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * Builds the JFreeChart of a {@link GridSpec}: a plot of its own that lays the grid out so that every text
 * fits (row labels wrapped into a left column of at most 40 % of the width, column labels wrapped above the
 * cells, cell texts fitted to their cell).
 */
final class GridCharts {
    static final Color[] TEXT_CELLS = textCells();

    private GridCharts() {
    }

    static JFreeChart build(GridSpec spec, String language) {
        return ChartLook.chart(spec.title().in(language), new GridPlot(spec, language), false, spec.width());
    }

    private static Color[] textCells() {
        int[] rgb = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0xD55E00, 0x56B4E9, 0xF0E442};
        Color[] colours = new Color[rgb.length + 1];
        for (int k = 0; k < rgb.length; k++) {
            colours[k] = ChartStyle.lighten(new Color(rgb[k]), 0.55);
        }
        colours[rgb.length] = new Color(0xDDDDDD);
        return colours;
    }

    /** The colour of a number on the grid's scale: diverging around 0 when signs mix, else sequential. */
    static Color scale(double v, double min, double max) {
        boolean signed = min < 0 && max > 0;
        List<Color> colours = signed ? ChartStyle.diverging() : ChartStyle.sequential();
        double lo = min;
        double hi = max;
        if (signed) {
            hi = Math.max(-min, max);
            lo = -hi;
        }
        double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        t = Math.max(0, Math.min(1, t)) * (colours.size() - 1);
        int i = Math.min(colours.size() - 2, (int) t);
        double f = t - i;
        Color a = colours.get(i);
        Color b = colours.get(i + 1);
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * f),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * f),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * f));
    }

    /** Draws the grid in the area JFreeChart gives the plot. */
    static final class GridPlot extends Plot {
        private static final long serialVersionUID = 1L;
        private final transient GridSpec spec;
        private final String language;

        GridPlot(GridSpec spec, String language) {
            this.spec = spec;
            this.language = language;
        }

        @Override
        public String getPlotType() {
            return "Grid";
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area, Point2D anchor, PlotState state, PlotRenderingInfo info) {
            Font font = ChartStyle.TICK_FONT;
            Font cellFont = ChartStyle.LABEL_FONT;
            int rows = spec.rows().size();
            int cols = spec.columns().size();
            double labelW = 0;
            for (Text t : spec.rows()) {
                labelW = Math.max(labelW, ChartFonts.width(t.in(language), font));
            }
            labelW = Math.min(labelW + 8, area.getWidth() * 0.4);
            double cellW = Math.min(180, (area.getWidth() - labelW) / Math.max(1, cols));
            double lineH = font.getSize2D() * 1.25;
            double headH = 0;
            for (Text t : spec.columns()) {
                headH = Math.max(headH, Legible.wrap(t.in(language), font, cellW - 6, 3).size() * lineH);
            }
            headH += 6;
            double cellH = Math.min(GridSpec.ROW * 1.4, (area.getHeight() - headH - 24) / Math.max(1, rows));
            double x0 = area.getX() + labelW;
            double y0 = area.getY() + headH;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            if (spec.values() != null) {
                for (double[] row : spec.values()) {
                    for (double v : row) {
                        if (Double.isFinite(v)) {
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                    }
                }
            }
            int decimals = decimals(min, max);
            g.setFont(font);
            for (int c = 0; c < cols; c++) {
                List<String> lines = Legible.wrap(spec.columns().get(c).in(language), font, cellW - 6, 3);
                double y = y0 - 6 - (lines.size() - 1) * lineH;
                for (String line : lines) {
                    g.setPaint(ChartStyle.TEXT);
                    g.drawString(line, (float) (x0 + c * cellW + (cellW - ChartFonts.width(line, font)) / 2), (float) y);
                    y += lineH;
                }
            }
            for (int r = 0; r < rows; r++) {
                double y = y0 + r * cellH;
                List<String> label = Legible.wrap(spec.rows().get(r).in(language), font, labelW - 8,
                        cellH >= 2 * lineH ? 2 : 1);
                double ty = y + cellH / 2 - (label.size() - 1) * lineH / 2 + font.getSize2D() * 0.35;
                g.setFont(font);
                for (String line : label) {
                    g.setPaint(ChartStyle.TEXT);
                    g.drawString(line, (float) (x0 - 8 - ChartFonts.width(line, font)), (float) ty);
                    ty += lineH;
                }
                for (int c = 0; c < cols; c++) {
                    Rectangle2D cell = new Rectangle2D.Double(x0 + c * cellW, y, cellW, cellH);
                    String text;
                    if (spec.values() != null) {
                        double v = spec.values()[r][c];
                        g.setPaint(Double.isFinite(v) ? scale(v, min, max) : Color.WHITE);
                        text = Double.isFinite(v) ? TickFormat.number(language, v, decimals) : "";
                    } else {
                        int k = spec.colours() == null ? TEXT_CELLS.length - 1 : spec.colours()[r][c];
                        g.setPaint(TEXT_CELLS[Math.floorMod(k, TEXT_CELLS.length)]);
                        Text t = spec.texts()[r][c];
                        text = t == null ? "" : t.in(language);
                    }
                    g.fill(cell);
                    g.setPaint(Color.WHITE);
                    g.draw(cell);
                    text = Legible.fit(text, cellFont, cellW - 6);
                    g.setFont(cellFont);
                    g.setPaint(ChartStyle.TEXT);
                    g.drawString(text, (float) (cell.getCenterX() - ChartFonts.width(text, cellFont) / 2),
                            (float) (cell.getCenterY() + cellFont.getSize2D() * 0.35));
                }
            }
        }

        /** Decimals that show the grid's numbers with about 3 significant digits. */
        static int decimals(double min, double max) {
            double big = Math.max(Math.abs(min), Math.abs(max));
            if (!(big > 0) || !Double.isFinite(big)) {
                return 0;
            }
            return Math.max(0, Math.min(4, 2 - (int) Math.floor(Math.log10(big))));
        }
    }
}

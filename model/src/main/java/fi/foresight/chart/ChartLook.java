package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The shared look applied to every JFreeChart the {@link ChartRenderer} builds: the bundled font, a wrapped
 * title, the legend below the plot (outside it), a light grid, and axis numbers in the report language
 * ({@link TickFormat}).
 */
final class ChartLook {
    static final BasicStroke GRID_STROKE = new BasicStroke(0.6f);
    static final BasicStroke DASH = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private ChartLook() {
    }

    /** A chart around a styled plot, titled, with a legend below the plot when {@code legend}. */
    static JFreeChart chart(String title, Plot plot, boolean legend) {
        return chart(title, plot, legend, ChartSpec.WIDTH);
    }

    /** As {@link #chart(String, Plot, boolean)} for a canvas {@code width} points wide (the title wraps to it). */
    static JFreeChart chart(String title, Plot plot, boolean legend, int width) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(6, 6, 6, 14));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(ChartStyle.GRID);
            xy.setRangeGridlinePaint(ChartStyle.GRID);
            xy.setDomainGridlineStroke(GRID_STROKE);
            xy.setRangeGridlineStroke(GRID_STROKE);
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(ChartStyle.GRID);
            cp.setRangeGridlineStroke(GRID_STROKE);
        }
        JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        chart.setRenderingHints(new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON));
        chart.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        // wrapped here, at word boundaries with the chart font's metrics, so that no line runs off the canvas
        String wrapped = String.join("\n", Legible.wrap(title, ChartStyle.TITLE_FONT, width - 40, 2));
        TextTitle t = new TextTitle(wrapped, ChartStyle.TITLE_FONT);
        t.setPaint(ChartStyle.TEXT);
        t.setMaximumLinesToDisplay(2);
        t.setPadding(new RectangleInsets(2, 4, 8, 4));
        chart.setTitle(t);
        if (legend) {
            LegendTitle l = new LegendTitle(plot);
            l.setItemFont(ChartStyle.LEGEND_FONT);
            l.setItemPaint(ChartStyle.TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setHorizontalAlignment(HorizontalAlignment.CENTER);
            l.setItemLabelPadding(new RectangleInsets(2, 4, 2, 10));
            chart.addLegend(l);
        }
        return chart;
    }

    /** Styles an axis: fonts, colours, and its title fitted to {@code room} points at word boundaries. */
    static <A extends Axis> A axis(A axis, String label, double room) {
        axis.setLabel(label == null || label.isEmpty() ? null : Legible.fit(label, ChartStyle.AXIS_TITLE_FONT, room));
        axis.setLabelFont(ChartStyle.AXIS_TITLE_FONT);
        axis.setLabelPaint(ChartStyle.TEXT);
        axis.setTickLabelFont(ChartStyle.TICK_FONT);
        axis.setTickLabelPaint(ChartStyle.TEXT);
        axis.setAxisLinePaint(ChartStyle.AXIS);
        axis.setTickMarkPaint(ChartStyle.AXIS);
        return axis;
    }

    /** A number axis whose ticks are formatted in {@code language}, grouped unless {@code years}. */
    static NumberAxis numberAxis(String label, double room, String language, boolean years, double offset) {
        NumberAxis a = axis(new NumberAxis(), label, room);
        a.setAutoRangeIncludesZero(false);
        a.setStandardTickUnits(units(language, years, offset));
        a.setMinorTickMarksVisible(false);
        return a;
    }

    /** Tick steps 1, 2, 2.5, 5 × 10^k (integers only for years), each with its language's format. */
    static TickUnits units(String language, boolean years, double offset) {
        TickUnits units = new TickUnits();
        double[] mantissas = years ? new double[] {1, 2, 5} : new double[] {1, 2, 2.5, 5};
        for (int k = years ? 0 : -6; k <= 10; k++) {
            for (double m : mantissas) {
                double step = m * Math.pow(10, k);
                // 2.5 × 10^k needs one more decimal than its power shows
                double shown = m == 2.5 ? step / 5 : step;
                units.add(new NumberTickUnit(step, TickFormat.of(language, shown, !years, offset)));
            }
        }
        return units;
    }
}

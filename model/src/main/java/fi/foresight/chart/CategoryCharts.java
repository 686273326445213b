package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/** Builds the JFreeCharts of {@link BarSpec} and {@link BoxSpec}; category labels wrap at word boundaries. */
final class CategoryCharts {
    private CategoryCharts() {
    }

    static JFreeChart bars(BarSpec spec, String language) {
        var dataset = new DefaultCategoryDataset();
        List<String> categories = categoryKeys(spec.categories(), language, spec.horizontal(), spec.width(),
                spec.highlight() != null ? 1 : spec.series().size());
        // with a tick offset, values are drawn as changes from it, so ticks fall on round changes ("+0.01")
        double shift = Double.isFinite(spec.tickOffset()) ? spec.tickOffset() : 0;
        for (BarSpec.BarSeries s : spec.series()) {
            for (int c = 0; c < categories.size(); c++) {
                double v = s.values()[c] - shift;
                dataset.addValue(Double.isNaN(v) ? null : (Number) v, s.name().in(language), categories.get(c));
            }
        }
        WhiskerBars renderer = new WhiskerBars(spec, shift);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setBase(spec.base() - shift);
        for (int i = 0; i < spec.series().size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
        }
        NumberAxis value = ChartLook.numberAxis(spec.valueAxis().in(language),
                (spec.horizontal() ? spec.width() : spec.height()) - 160, language, false,
                Double.isFinite(spec.tickOffset()) ? 0 : Double.NaN);
        value.setAutoRangeIncludesZero(spec.base() - shift == 0);
        if (!Double.isNaN(spec.valueMin()) && !Double.isNaN(spec.valueMax())) {
            value.setRange(spec.valueMin(), spec.valueMax());
        }
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(spec.horizontal(), spec.categories().size()), value,
                renderer);
        plot.setOrientation(spec.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(ChartStyle.AXIS);
        boolean legend = spec.series().size() > 1;
        if (spec.highlight() != null) {
            var items = new LegendItemCollection();
            items.add(legendItem(spec.flagNames().get(0).in(language), ChartStyle.color(0)));
            items.add(legendItem(spec.flagNames().get(1).in(language), ChartStyle.NEUTRAL));
            plot.setFixedLegendItems(items);
            legend = true;
        }
        return withKey(ChartLook.chart(spec.title().in(language), plot, legend, spec.width()), spec.categories(),
                categories, language, spec.width());
    }

    static JFreeChart boxes(BoxSpec spec, String language) {
        var dataset = new DefaultBoxAndWhiskerCategoryDataset();
        List<String> categories = categoryKeys(spec.categories(), language, false, spec.width(), spec.groups().size());
        for (int g = 0; g < spec.groups().size(); g++) {
            String group = spec.groups().get(g).in(language);
            for (int c = 0; c < categories.size(); c++) {
                FiveNumbers f = spec.boxes().get(g).get(c);
                if (f != null) {
                    dataset.add(new BoxAndWhiskerItem(null, f.p50(), f.p25(), f.p75(), f.p05(), f.p95(), f.p05(),
                            f.p95(), List.of()), group, categories.get(c));
                }
            }
        }
        var renderer = new BoxAndWhiskerRenderer();
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setFillBox(true);
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0.08);
        renderer.setUseOutlinePaintForWhiskers(true);
        for (int g = 0; g < spec.groups().size(); g++) {
            Color c = ChartStyle.color(g);
            renderer.setSeriesPaint(g, ChartStyle.lighten(c, 0.6));
            renderer.setSeriesOutlinePaint(g, c);
        }
        renderer.setDefaultOutlinePaint(ChartStyle.TEXT);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.6f));
        renderer.setAutoPopulateSeriesOutlineStroke(false);
        renderer.setDefaultStroke(new BasicStroke(1.6f));
        renderer.setAutoPopulateSeriesStroke(false);
        NumberAxis value = ChartLook.numberAxis(spec.valueAxis().in(language), spec.height() - 160, language, false,
                Double.NaN);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis(false, categories.size()), value, renderer);
        var items = new LegendItemCollection();
        if (spec.groups().size() > 1) {
            for (int g = 0; g < spec.groups().size(); g++) {
                items.add(legendItem(spec.groups().get(g).in(language), ChartStyle.lighten(ChartStyle.color(g), 0.6)));
            }
        }
        items.add(new LegendItem(Text.of("Box P25–P75 · line median · whiskers P5–P95",
                "Laatikko P25–P75 · viiva mediaani · viikset P5–P95").in(language), null, null, null,
                new Line2D.Double(-6, 0, 6, 0), new BasicStroke(1.5f), ChartStyle.TEXT));
        plot.setFixedLegendItems(items);
        return withKey(ChartLook.chart(spec.title().in(language), plot, true, spec.width()), spec.categories(),
                categories, language, spec.width());
    }

    /**
     * The chart with a key below it giving the full names of the categories whose labels had to be shortened,
     * so that a shortened label never leaves its reader guessing.
     */
    static JFreeChart withKey(JFreeChart chart, List<Text> labels, List<String> keys, String language, int width) {
        var full = new ArrayList<String>();
        for (int i = 0; i < labels.size(); i++) {
            String name = labels.get(i).in(language);
            if (!keys.get(i).replace('\n', ' ').strip().equals(name.strip())) {
                full.add(name);
            }
        }
        if (full.isEmpty()) {
            return chart;
        }
        String key = Text.of("Full names: ", "Nimet kokonaan: ").in(language) + String.join("; ", full);
        var title = new org.jfree.chart.title.TextTitle(String.join("\n", Legible.wrap(key, ChartStyle.LABEL_FONT,
                width - 40, 4)), ChartStyle.LABEL_FONT);
        title.setPosition(RectangleEdge.BOTTOM);
        title.setPaint(ChartStyle.TEXT);
        title.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 2, 4));
        chart.addSubtitle(title);
        return chart;
    }

    private static LegendItem legendItem(String name, Paint paint) {
        LegendItem item = new LegendItem(name, paint);
        item.setShape(new Rectangle2D.Double(-5, -5, 10, 10));
        return item;
    }

    private static CategoryAxis categoryAxis(boolean horizontal, int n) {
        CategoryAxis axis = ChartLook.axis(new CategoryAxis(), null, 0);
        axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        axis.setMaximumCategoryLabelLines(3);
        axis.setMaximumCategoryLabelWidthRatio(horizontal ? 0.45f : 1.0f);
        axis.setCategoryMargin(n > 1 ? 0.2 : 0);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        return axis;
    }

    /**
     * The category labels in a language, wrapped onto at most 3 lines at word boundaries to fit the room each
     * has; duplicates after fitting get a distinguishing space so each stays its own category.
     */
    static List<String> categoryKeys(List<Text> labels, String language, boolean horizontal, int width, int perGroup) {
        double room = horizontal ? width * 0.3 : (width - 140.0) / Math.max(1, labels.size()) - 8;
        var keys = new ArrayList<String>();
        for (Text t : labels) {
            String key = String.join("\n", Legible.wrap(t.in(language), ChartStyle.TICK_FONT, Math.max(24, room), 3));
            while (keys.contains(key)) {
                key += " ";
            }
            keys.add(key);
        }
        return keys;
    }

    /** Bars with low–high whiskers, coloured by the highlight flags when the spec has them. */
    static final class WhiskerBars extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient BarSpec spec;
        private final double shift;

        WhiskerBars(BarSpec spec, double shift) {
            this.spec = spec;
            this.shift = shift;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            if (spec.highlight() != null) {
                return spec.highlight()[column] ? ChartStyle.color(0) : ChartStyle.NEUTRAL;
            }
            return super.getItemPaint(row, column);
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                             int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            BarSpec.BarSeries s = spec.series().get(row);
            if (spec.highlight() != null && s.values()[column] - shift == getBase()) {
                // a balance of exactly the base has no length; a short mark keeps its row readable
                double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column);
                double at = rangeAxis.valueToJava2D(getBase(), dataArea, plot.getRangeAxisEdge());
                g2.setPaint(getItemPaint(row, column));
                g2.fill(plot.getOrientation() == PlotOrientation.HORIZONTAL
                        ? new Rectangle2D.Double(at - 2, w0, 5, state.getBarWidth())
                        : new Rectangle2D.Double(w0, at - 3, state.getBarWidth(), 5));
            }
            if (s.low() == null || s.high() == null || Double.isNaN(s.low()[column])) {
                return;
            }
            PlotOrientation o = plot.getOrientation();
            double w0 = calculateBarW0(plot, o, dataArea, domainAxis, state, row, column);
            double mid = w0 + state.getBarWidth() / 2;
            RectangleEdge edge = plot.getRangeAxisEdge();
            double lo = rangeAxis.valueToJava2D(s.low()[column] - shift, dataArea, edge);
            double hi = rangeAxis.valueToJava2D(s.high()[column] - shift, dataArea, edge);
            double cap = Math.min(6, state.getBarWidth() / 3);
            g2.setPaint(ChartStyle.TEXT);
            g2.setStroke(new BasicStroke(1.2f));
            if (o == PlotOrientation.VERTICAL) {
                g2.draw(new Line2D.Double(mid, lo, mid, hi));
                g2.draw(new Line2D.Double(mid - cap, lo, mid + cap, lo));
                g2.draw(new Line2D.Double(mid - cap, hi, mid + cap, hi));
            } else {
                g2.draw(new Line2D.Double(lo, mid, hi, mid));
                g2.draw(new Line2D.Double(lo, mid - cap, lo, mid + cap));
                g2.draw(new Line2D.Double(hi, mid - cap, hi, mid + cap));
            }
        }
    }
}

package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepAreaRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Builds the JFreeChart of an {@link XySpec}: bands under step areas under curves, one path per series. */
final class XyCharts {
    private static final BasicStroke LINE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke THIN = new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private XyCharts() {
    }

    static JFreeChart build(XySpec spec, String language) {
        NumberAxis x = ChartLook.numberAxis(spec.xAxis().in(language), spec.width() - 120, language, spec.years(),
                Double.NaN);
        NumberAxis y = ChartLook.numberAxis(spec.yAxis().in(language), spec.height() - 160, language, false,
                Double.NaN);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        int hidden = 0;

        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        for (XySpec.Band b : spec.bands()) {
            String key = b.name() == null ? "\u0000" + hidden++ : b.name().in(language);
            YIntervalSeries s = new YIntervalSeries(key, false, true);
            for (int i = 0; i < b.x().length; i++) {
                s.add(b.x()[i], (b.low()[i] + b.high()[i]) / 2, b.low()[i], b.high()[i]);
            }
            int k = bands.getSeriesCount();
            bands.addSeries(s);
            Color c = ChartStyle.color(b.colour());
            bandRenderer.setSeriesFillPaint(k, c);
            bandRenderer.setSeriesPaint(k, ChartStyle.withAlpha(c, Math.max(0.05, Math.min(1, b.alpha()))));
            bandRenderer.setSeriesVisibleInLegend(k, b.name() != null);
        }
        bandRenderer.setAlpha(spec.bands().isEmpty() ? 0.3f : (float) spec.bands().get(0).alpha());
        plot.setDataset(0, bands);
        plot.setRenderer(0, bandRenderer);

        XYSeriesCollection steps = new XYSeriesCollection();
        XYStepAreaRenderer stepRenderer = new XYStepAreaRenderer(XYStepAreaRenderer.AREA);
        stepRenderer.setOutline(false);
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setDrawSeriesLineAsPath(true);
        for (XySpec.Curve c : spec.curves()) {
            String key = c.name() == null ? "\u0000" + hidden++ : c.name().in(language);
            boolean isStep = c.look() == XySpec.Look.STEPS;
            XYSeries s = new XYSeries(key, false, true);
            double[][] kept = Thin.curve(c.x(), c.y(), Thin.COLUMNS);
            for (int i = 0; i < kept[0].length; i++) {
                s.add(kept[0][i], Double.isNaN(kept[1][i]) ? null : (Number) kept[1][i]);
            }
            Color colour = ChartStyle.color(c.colour());
            if (isStep) {
                int k = steps.getSeriesCount();
                steps.addSeries(s);
                stepRenderer.setSeriesPaint(k, ChartStyle.withAlpha(colour, 0.45));
                stepRenderer.setSeriesVisibleInLegend(k, c.name() != null);
                continue;
            }
            int k = lines.getSeriesCount();
            lines.addSeries(s);
            switch (c.look()) {
                case THIN -> {
                    lineRenderer.setSeriesPaint(k, ChartStyle.withAlpha(colour, 0.3));
                    lineRenderer.setSeriesStroke(k, THIN);
                }
                case DASHED -> {
                    lineRenderer.setSeriesPaint(k, colour);
                    lineRenderer.setSeriesStroke(k, ChartLook.DASH);
                }
                default -> {
                    lineRenderer.setSeriesPaint(k, colour);
                    lineRenderer.setSeriesStroke(k, LINE);
                }
            }
            lineRenderer.setSeriesVisibleInLegend(k, c.name() != null);
        }
        double[] range = yRange(spec);
        for (XySpec.Reference r : spec.references()) {
            XYSeries s = new XYSeries(r.name().in(language) + (lines.getSeriesIndex(r.name().in(language)) >= 0
                    ? " " : ""), false, true);
            s.add(r.x(), range[0]);
            s.add(r.x(), range[1]);
            int k = lines.getSeriesCount();
            lines.addSeries(s);
            lineRenderer.setSeriesPaint(k, ChartStyle.REFERENCE);
            lineRenderer.setSeriesStroke(k, ChartLook.DASH);
        }
        plot.setDataset(1, steps);
        plot.setRenderer(1, stepRenderer);
        plot.setDataset(2, lines);
        plot.setRenderer(2, lineRenderer);
        if (!Double.isNaN(spec.yMin()) || !Double.isNaN(spec.yMax())) {
            y.setAutoRange(true);
            double lo = Double.isNaN(spec.yMin()) ? range[0] : spec.yMin();
            double hi = Double.isNaN(spec.yMax()) ? range[1] + (range[1] - lo) * 0.05 : spec.yMax();
            if (hi > lo) {
                y.setRange(lo, hi);
            }
        }
        boolean legend = lines.getSeriesCount() + steps.getSeriesCount() + bands.getSeriesCount() > hidden + 1
                || !spec.bands().isEmpty() || !spec.references().isEmpty();
        return ChartLook.chart(spec.title().in(language), plot, legend, spec.width());
    }

    /** The y range of all curves and bands (for reference lines drawn across the plot). */
    static double[] yRange(XySpec spec) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XySpec.Curve c : spec.curves()) {
            for (double v : c.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        for (XySpec.Band b : spec.bands()) {
            for (int i = 0; i < b.x().length; i++) {
                lo = Math.min(lo, b.low()[i]);
                hi = Math.max(hi, b.high()[i]);
            }
        }
        if (!(hi >= lo)) {
            return new double[] {0, 1};
        }
        if (!Double.isNaN(spec.yMin())) {
            lo = spec.yMin();
        }
        if (!Double.isNaN(spec.yMax())) {
            hi = spec.yMax();
        }
        return new double[] {lo, hi};
    }
}

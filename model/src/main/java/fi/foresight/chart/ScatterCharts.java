package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Builds the JFreeChart of a {@link ScatterSpec}: points, dashed lines, labels placed to avoid each other. */
final class ScatterCharts {
    private ScatterCharts() {
    }

    static JFreeChart build(ScatterSpec spec, String language) {
        XYSeries points = new XYSeries("points", false, true);
        for (int i = 0; i < spec.x().length; i++) {
            points.add(spec.x()[i], spec.y()[i]);
        }
        var renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(0, ChartStyle.color(0));
        NumberAxis x = ChartLook.numberAxis(spec.xAxis().in(language), spec.width() - 120, language, false, Double.NaN);
        NumberAxis y = ChartLook.numberAxis(spec.yAxis().in(language), spec.height() - 160, language, false,
                Double.NaN);
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), x, y, renderer);
        double maxX = spec.x()[0];
        double maxY = spec.y()[0];
        double minX = maxX;
        double minY = maxY;
        for (int i = 0; i < spec.x().length; i++) {
            maxX = Math.max(maxX, spec.x()[i]);
            minX = Math.min(minX, spec.x()[i]);
            maxY = Math.max(maxY, spec.y()[i]);
            minY = Math.min(minY, spec.y()[i]);
        }
        for (double v : spec.vLines()) {
            plot.addDomainMarker(marker(v));
            maxX = Math.max(maxX, v);
            minX = Math.min(minX, v);
        }
        for (double v : spec.hLines()) {
            plot.addRangeMarker(marker(v));
            maxY = Math.max(maxY, v);
            minY = Math.min(minY, v);
        }
        double padX = Math.max(1e-9, (maxX - minX) * 0.12);
        double padY = Math.max(1e-9, (maxY - minY) * 0.12);
        x.setRange(spec.fromZero() ? 0 : minX - padX, maxX + padX);
        y.setRange(spec.fromZero() ? 0 : minY - padY, maxY + padY);
        plot.addAnnotation(new Labels(spec, language));
        return ChartLook.chart(spec.title().in(language), plot, false, spec.width());
    }

    private static ValueMarker marker(double v) {
        ValueMarker m = new ValueMarker(v, ChartStyle.REFERENCE, ChartLook.DASH);
        return m;
    }

    /** Writes each point's label in the first free place beside it, then the corner names. */
    static final class Labels extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private static final int GAP = 6;
        private final transient ScatterSpec spec;
        private final String language;

        Labels(ScatterSpec spec, String language) {
            this.spec = spec;
            this.language = language;
        }

        @Override
        public void draw(Graphics2D g, XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis, int index,
                         PlotRenderingInfo info) {
            RectangleEdge xe = plot.getDomainAxisEdge();
            RectangleEdge ye = plot.getRangeAxisEdge();
            Font font = ChartStyle.LABEL_FONT;
            g.setFont(font);
            double h = font.getSize2D() * 1.2;
            double r = 5;
            List<Rectangle2D> taken = new ArrayList<>();
            Font corner = ChartStyle.TICK_FONT;
            if (spec.corners().size() == 4) {
                for (int k = 0; k < 4; k++) {
                    String text = Legible.fit(spec.corners().get(k).in(language), corner, area.getWidth() / 2 - 12);
                    double w = ChartFonts.width(text, corner);
                    double cx = k % 2 == 0 ? area.getMinX() + 6 : area.getMaxX() - 6 - w;
                    double cy = k < 2 ? area.getMinY() + 6 : area.getMaxY() - 6 - h;
                    Rectangle2D box = new Rectangle2D.Double(cx, cy, w, h);
                    taken.add(box);
                    g.setFont(corner);
                    g.setPaint(new Color(0x8A8A8A));
                    g.drawString(text, (float) cx, (float) (cy + corner.getSize2D()));
                }
                g.setFont(font);
            }
            int n = spec.x().length;
            double[] px = new double[n];
            double[] py = new double[n];
            for (int i = 0; i < n; i++) {
                px[i] = xAxis.valueToJava2D(spec.x()[i], area, xe);
                py[i] = yAxis.valueToJava2D(spec.y()[i], area, ye);
                taken.add(new Rectangle2D.Double(px[i] - r, py[i] - r, 2 * r, 2 * r));
            }
            for (int i = 0; i < n; i++) {
                String text = Legible.fit(spec.labels().get(i).in(language), font, area.getWidth() * 0.4);
                if (text.isEmpty()) {
                    continue;
                }
                double w = ChartFonts.width(text, font);
                Rectangle2D chosen = null;
                boolean displaced = false;
                for (double[] d : candidates(w, h, r)) {
                    Rectangle2D box = new Rectangle2D.Double(px[i] + d[0], py[i] + d[1], w, h);
                    if (area.contains(box) && taken.stream().noneMatch(box::intersects)) {
                        chosen = box;
                        displaced = d[2] > 0;
                        break;
                    }
                }
                if (chosen == null) {
                    continue; // no free place: the point stays unlabelled rather than printed over another text
                }
                if (displaced) {
                    g.setPaint(ChartStyle.NEUTRAL);
                    g.setStroke(new BasicStroke(0.6f));
                    double lx = Math.max(chosen.getMinX(), Math.min(px[i], chosen.getMaxX()));
                    double ly = Math.max(chosen.getMinY(), Math.min(py[i], chosen.getMaxY()));
                    g.draw(new Line2D.Double(px[i], py[i], lx, ly));
                }
                taken.add(chosen);
                g.setPaint(ChartStyle.TEXT);
                g.drawString(text, (float) chosen.getX(), (float) (chosen.getY() + font.getSize2D()));
            }
        }

        /** Places beside the point, then the same places one, two and three label heights further away. */
        private static List<double[]> candidates(double w, double h, double r) {
            double side = r + GAP / 2.0;
            double[][] offsets = {
                {side, -h / 2}, {-side - w, -h / 2}, {-w / 2, -side - h}, {-w / 2, side},
                {side, -side - h}, {side, side}, {-side - w, -side - h}, {-side - w, side}};
            List<double[]> out = new ArrayList<>();
            for (int ring = 0; ring <= 4; ring++) {
                double step = ring * (h + 2);
                for (double[] d : offsets) {
                    double dx = Math.abs(d[0] + w / 2) < 1e-9 ? 0 : Math.signum(d[0] + w / 2) * step;
                    double dy = Math.signum(d[1] + h / 2) * step;
                    out.add(new double[] {d[0] + dx, d[1] + dy, ring});
                    if (ring > 0 && dy == 0) {
                        out.add(new double[] {d[0] + dx, d[1] - step, ring});
                        out.add(new double[] {d[0] + dx, d[1] + step, ring});
                    }
                }
            }
            return out;
        }
    }
}

package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/** Builds the JFreeChart of a {@link SlopeSpec}: two rank columns, names fitted beside them, coloured lines. */
final class SlopeCharts {
    static final Text UP = Text.of("Moves up", "Nousee");
    static final Text DOWN = Text.of("Moves down", "Laskee");
    static final Text SAME = Text.of("Same rank", "Sama sija");

    private SlopeCharts() {
    }

    static JFreeChart build(SlopeSpec spec, String language) {
        return ChartLook.chart(spec.title().in(language), new SlopePlot(spec, language), true, spec.width());
    }

    static Color colour(int rankA, int rankB) {
        return rankB < rankA ? ChartStyle.color(0) : rankB > rankA ? ChartStyle.color(4) : ChartStyle.NEUTRAL;
    }

    /** Draws the two columns in the area JFreeChart gives the plot. */
    static final class SlopePlot extends Plot {
        private static final long serialVersionUID = 1L;
        private final transient SlopeSpec spec;
        private final String language;

        SlopePlot(SlopeSpec spec, String language) {
            this.spec = spec;
            this.language = language;
        }

        @Override
        public String getPlotType() {
            return "Slope";
        }

        @Override
        public LegendItemCollection getLegendItems() {
            var items = new LegendItemCollection();
            items.add(new LegendItem(UP.in(language), ChartStyle.color(0)));
            items.add(new LegendItem(DOWN.in(language), ChartStyle.color(4)));
            items.add(new LegendItem(SAME.in(language), ChartStyle.NEUTRAL));
            return items;
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area, Point2D anchor, PlotState state, PlotRenderingInfo info) {
            Font font = ChartStyle.TICK_FONT;
            int n = spec.labels().size();
            int maxRank = 1;
            for (int i = 0; i < n; i++) {
                maxRank = Math.max(maxRank, Math.max(spec.rankA()[i], spec.rankB()[i]));
            }
            double labelW = area.getWidth() * 0.34;
            double left = area.getMinX() + labelW;
            double right = area.getMaxX() - labelW;
            double head = font.getSize2D() * 1.8;
            double rowH = (area.getHeight() - head) / maxRank;
            g.setFont(font);
            g.setPaint(ChartStyle.TEXT);
            String a = spec.nameA().in(language);
            String b = spec.nameB().in(language);
            g.drawString(a, (float) (left - ChartFonts.width(a, font) / 2), (float) (area.getMinY() + font.getSize2D()));
            g.drawString(b, (float) (right - ChartFonts.width(b, font) / 2), (float) (area.getMinY() + font.getSize2D()));
            Map<Integer, String> leftNames = new TreeMap<>();
            Map<Integer, String> rightNames = new TreeMap<>();
            g.setStroke(new BasicStroke(1.8f));
            for (int i = 0; i < n; i++) {
                double ya = area.getMinY() + head + (spec.rankA()[i] - 0.5) * rowH;
                double yb = area.getMinY() + head + (spec.rankB()[i] - 0.5) * rowH;
                g.setPaint(colour(spec.rankA()[i], spec.rankB()[i]));
                g.draw(new Line2D.Double(left, ya, right, yb));
                g.fill(new Ellipse2D.Double(left - 3.5, ya - 3.5, 7, 7));
                g.fill(new Ellipse2D.Double(right - 3.5, yb - 3.5, 7, 7));
                String name = spec.labels().get(i).in(language);
                leftNames.merge(spec.rankA()[i], name, (x, y) -> x + ", " + y);
                rightNames.merge(spec.rankB()[i], name, (x, y) -> x + ", " + y);
            }
            g.setPaint(ChartStyle.TEXT);
            for (var e : leftNames.entrySet()) {
                String t = Legible.fit(e.getValue() + "  " + e.getKey(), font, labelW - 12);
                double y = area.getMinY() + head + (e.getKey() - 0.5) * rowH + font.getSize2D() * 0.35;
                g.drawString(t, (float) (left - 10 - ChartFonts.width(t, font)), (float) y);
            }
            for (var e : rightNames.entrySet()) {
                String t = Legible.fit(e.getKey() + "  " + e.getValue(), font, labelW - 12);
                double y = area.getMinY() + head + (e.getKey() - 0.5) * rowH + font.getSize2D() * 0.35;
                g.drawString(t, (float) (right + 10), (float) y);
            }
        }
    }
}

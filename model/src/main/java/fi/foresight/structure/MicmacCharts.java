package fi.foresight.structure;

import fi.foresight.chart.ChartStyle;
import fi.foresight.chart.Charts;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Annotation;

/** The charts of a MICMAC result: the influence–dependence maps and the displacement of the influence ranks. */
final class MicmacCharts {

    private MicmacCharts() {
    }

    /**
     * Dependence (x) against influence (y), a labelled point per variable, dashed lines at the means (the quadrant
     * axes) and the quadrants' names in the corners.
     */
    static XYChart map(MicmacResult r, boolean indirect) {
        List<MicmacVariable> vars = r.variables();
        int n = vars.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            MicmacVariable v = vars.get(i);
            x[i] = indirect ? v.indirectDependence() : v.directDependence();
            y[i] = indirect ? v.indirectInfluence() : v.directInfluence();
        }
        double meanX = mean(x);
        double meanY = mean(y);
        String title = indirect ? "Influence–dependence map, indirect (M^" + r.power() + ")"
                : "Influence–dependence map, direct";
        XYChart chart = Charts.scatterLabelled(title, indirect ? "Indirect dependence" : "Dependence",
                indirect ? "Indirect influence" : "Influence", x, y, vars.stream().map(MicmacVariable::variable).toList(),
                new double[] {meanX}, new double[] {meanY});
        // room in the corners for the quadrants' names
        double maxX = java.util.Arrays.stream(x).max().orElse(1);
        double maxY = java.util.Arrays.stream(y).max().orElse(1);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(Math.max(1, maxX) * 1.15);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(Math.max(1, maxY) * 1.12);
        chart.addAnnotation(new QuadrantNames());
        return chart;
    }

    /** Slope chart of each variable's influence rank, direct to indirect. */
    static XYChart displacement(MicmacResult r) {
        List<MicmacVariable> vars = r.variables();
        int[] direct = vars.stream().mapToInt(MicmacVariable::directInfluenceRank).toArray();
        int[] indirect = vars.stream().mapToInt(MicmacVariable::indirectInfluenceRank).toArray();
        return Charts.displacement("Influence ranks, direct and indirect (M^" + r.power() + ")",
                vars.stream().map(MicmacVariable::variable).toList(), direct, indirect, "Direct", "Indirect");
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    /** The names of the four zones in the corners of the plot, in light grey. */
    static final class QuadrantNames extends Annotation {
        private static final Font FONT = new Font(ChartStyle.FONT_FAMILY, Font.ITALIC, 12);
        private static final Color COLOUR = new Color(0x8A8A8A);
        private static final int PAD = 6;

        QuadrantNames() {
            super(false);
        }

        @Override
        public void paint(Graphics2D g) {
            int left = Math.min(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
            int right = Math.max(getXAxisScreenValueForMin(), getXAxisScreenValueForMax());
            int top = Math.min(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            int bottom = Math.max(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            g.setFont(FONT);
            g.setColor(COLOUR);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(name(Quadrant.INFLUENTIAL), left + PAD, top + PAD + fm.getAscent());
            String relay = name(Quadrant.RELAY);
            g.drawString(relay, right - PAD - fm.stringWidth(relay), top + PAD + fm.getAscent());
            g.drawString(name(Quadrant.AUTONOMOUS), left + PAD, bottom - PAD - fm.getDescent());
            String dependent = name(Quadrant.DEPENDENT);
            g.drawString(dependent, right - PAD - fm.stringWidth(dependent), bottom - PAD - fm.getDescent());
        }

        private static String name(Quadrant q) {
            String l = q.label();
            return Character.toUpperCase(l.charAt(0)) + l.substring(1);
        }
    }
}

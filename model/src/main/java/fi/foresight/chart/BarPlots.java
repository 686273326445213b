package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.HorizontalBarSeries;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.CategoryStyler;

/** Grouped vertical bars with optional interval whiskers, and tornado charts. */
final class BarPlots {

    static final String LOW_INPUT = "Low input";
    static final String HIGH_INPUT = "High input";

    private BarPlots() {
    }

    static CategoryChart bars(String title, String yLabel, List<String> categories, Map<String, double[]> series,
            Map<String, double[]> low, Map<String, double[]> high) {
        Checks.nonEmpty("series", series);
        Checks.labels("categories", categories, categories == null ? 0 : categories.size());
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("categories is empty; give at least one category");
        }
        boolean whiskers = low != null || high != null;
        if (whiskers && (low == null || high == null)) {
            throw new IllegalArgumentException("give both low and high whiskers, or neither");
        }
        CategoryChart chart = ChartStyle.categoryChart(title, "", yLabel);
        Map<String, double[]> lows = new LinkedHashMap<>();
        Map<String, double[]> highs = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            String name = "series['" + e.getKey() + "']";
            double[] v = Checks.finite(name, e.getValue()).clone();
            Checks.sameLength(name, v.length, "categories", categories.size());
            CategorySeries s;
            if (whiskers) {
                double[] lo = whisker("low", low, e.getKey(), v);
                double[] hi = whisker("high", high, e.getKey(), v);
                double[] reach = new double[v.length];
                for (int k = 0; k < v.length; k++) {
                    if (lo[k] > v[k] || hi[k] < v[k]) {
                        throw new IllegalArgumentException("whiskers of '" + e.getKey() + "' at '"
                                + categories.get(k) + "' are [" + lo[k] + ", " + hi[k] + "] but the bar is " + v[k]
                                + "; low <= value <= high is needed");
                    }
                    reach[k] = Math.max(hi[k] - v[k], v[k] - lo[k]);
                }
                lows.put(e.getKey(), lo);
                highs.put(e.getKey(), hi);
                // invisible symmetric error bars only widen the value axis to the whiskers
                s = chart.addSeries(e.getKey(), new ArrayList<>(categories), boxed(v), boxed(reach));
            } else {
                s = chart.addSeries(e.getKey(), new ArrayList<>(categories), boxed(v));
            }
            s.setFillColor(ChartStyle.color(i));
            s.setLineColor(ChartStyle.color(i));
            i++;
        }
        chart.getStyler().setLegendVisible(series.size() > 1);
        ChartStyle.categoryAxis(chart.getStyler(), categories.size(), ChartStyle.WIDTH - 120, true);
        if (whiskers) {
            chart.getStyler().setErrorBarsColor(new Color(0, 0, 0, 0));
            chart.getStyler().setErrorBarsColorSeriesColor(false);
            chart.addAnnotation(new WhiskerPainter(new ArrayList<>(lows.values()), new ArrayList<>(highs.values())));
        }
        return chart;
    }

    private static double[] whisker(String which, Map<String, double[]> ends, String key, double[] v) {
        double[] w = ends.get(key);
        if (w == null) {
            throw new IllegalArgumentException(which + " has no whiskers for series '" + key + "'");
        }
        Checks.finite(which + "['" + key + "']", w);
        Checks.sameLength(which + "['" + key + "']", w.length, "series['" + key + "']", v.length);
        return w.clone();
    }

    private static List<Double> boxed(double[] v) {
        List<Double> list = new ArrayList<>(v.length);
        for (double d : v) {
            list.add(d);
        }
        return list;
    }

    /** Draws low–high whiskers at the centre of every bar (XChart's own error bars are symmetric). */
    static final class WhiskerPainter extends Annotation {
        private final List<double[]> lows;
        private final List<double[]> highs;

        WhiskerPainter(List<double[]> lows, List<double[]> highs) {
            super(false);
            this.lows = lows;
            this.highs = highs;
        }

        /** Bar centre in category units, mirroring XChart 4's side-by-side bar layout. */
        static double barCentre(int category, int series, int seriesCount, double fill) {
            return category + (1 - fill) / 2 + (series + 0.5) * fill / seriesCount;
        }

        @Override
        public void paint(Graphics2D g) {
            double fill = ((CategoryStyler) styler).getAvailableSpaceFill();
            int count = lows.size();
            Stroke before = g.getStroke();
            g.setColor(ChartStyle.TEXT);
            g.setStroke(new BasicStroke(1.5f));
            for (int s = 0; s < count; s++) {
                double[] lo = lows.get(s);
                double[] hi = highs.get(s);
                for (int k = 0; k < lo.length; k++) {
                    double centre = barCentre(k, s, count, fill);
                    int cx = getXAxisScreenValue(centre);
                    int cap = Math.max(3, (getXAxisScreenValue(centre + fill / count / 2) - cx) / 2);
                    int yLo = getYAxisScreenValue(lo[k]);
                    int yHi = getYAxisScreenValue(hi[k]);
                    g.drawLine(cx, yLo, cx, yHi);
                    g.drawLine(cx - cap, yLo, cx + cap, yLo);
                    g.drawLine(cx - cap, yHi, cx + cap, yHi);
                }
            }
            g.setStroke(before);
        }
    }

    static HorizontalBarChart tornado(String title, String xLabel, List<String> variables, double[] lowOutputs,
            double[] highOutputs, double base) {
        Checks.finite("lowOutputs", lowOutputs);
        Checks.finite("highOutputs", highOutputs);
        Checks.labels("variables", variables, lowOutputs.length);
        Checks.sameLength("highOutputs", highOutputs.length, "lowOutputs", lowOutputs.length);
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("variables is empty; give at least one variable");
        }
        if (!Double.isFinite(base)) {
            throw new IllegalArgumentException("base is " + base + "; it must be a finite number");
        }
        Integer[] order = swingOrder(lowOutputs, highOutputs);
        List<String> names = new ArrayList<>();
        List<Double> lowDev = new ArrayList<>();
        List<Double> highDev = new ArrayList<>();
        for (int i : order) {
            names.add(variables.get(i));
            lowDev.add(lowOutputs[i] - base);
            highDev.add(highOutputs[i] - base);
        }
        int height = Math.max(ChartStyle.HEIGHT, 170 + 34 * names.size());
        HorizontalBarChart chart = ChartStyle.horizontalBarChart(title, xLabel, "", ChartStyle.WIDTH, height);
        ChartStyle.categoryAxis(chart.getStyler(), names.size(), height - 170, false);
        HorizontalBarSeries lo = chart.addSeries(LOW_INPUT, lowDev, names);
        HorizontalBarSeries hi = chart.addSeries(HIGH_INPUT, highDev, names);
        lo.setFillColor(ChartStyle.color(0));
        hi.setFillColor(ChartStyle.color(1));
        chart.getStyler().setXAxisTickLabelsFormattingFunction(d -> tick(d + base));
        chart.addAnnotation(new BaseLine(tick(base)));
        return chart;
    }

    /** Indices sorted by swing |high - low|, largest first; ties keep input order. */
    static Integer[] swingOrder(double[] low, double[] high) {
        Integer[] order = new Integer[low.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -Math.abs(high[i] - low[i])));
        return order;
    }

    /** A tick label with at most 6 significant digits and no trailing zeros. */
    static String tick(double v) {
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** A vertical line at the base output (deviation 0), labelled with the base value. */
    static final class BaseLine extends Annotation {
        private final String label;

        BaseLine(String label) {
            super(false);
            this.label = label;
        }

        @Override
        public void paint(Graphics2D g) {
            int x = getXAxisScreenValue(0);
            int top = Math.min(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            int bottom = Math.max(getYAxisScreenValueForMin(), getYAxisScreenValueForMax());
            Stroke before = g.getStroke();
            g.setColor(ChartStyle.TEXT);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(x, top, x, bottom);
            g.setFont(ChartStyle.LABEL_FONT);
            g.drawString("base " + label, x + 4, top + g.getFontMetrics().getAscent());
            g.setStroke(before);
        }
    }
}

package fi.foresight.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one look shared by every chart of the workbench: white background, a light grid, no border clutter,
 * logical fonts that exist on any (headless) JVM, a colour-blind-safe palette and scales for heat grids.
 *
 * <p>Analyses that need a chart the {@link Charts} factories do not offer start from one of the blank,
 * styled charts here so that it still looks like the rest of a report:
 *
 * <pre>{@code
 * XYChart c = ChartStyle.xyChart("Adoption path", "Year", ChartStyle.axis("Adoption", "% of firms"));
 * c.addSeries("baseline", years, adoption);
 * ChartExport.png(c, Path.of("adoption.png"), 150);
 * }</pre>
 */
public final class ChartStyle {

    /** Default chart width in points (1 pt = 1 px at 72 dpi). */
    public static final int WIDTH = 800;
    /** Default chart height in points. */
    public static final int HEIGHT = 500;

    /** Logical font family: always present, mapped by the JVM to an installed sans-serif face. */
    public static final String FONT_FAMILY = Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 16);
    static final Font AXIS_TITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);

    static final Color TEXT = new Color(0x222222);
    static final Color AXIS = new Color(0x666666);
    static final Color GRID = new Color(0xE3E3E3);
    static final Color REFERENCE = new Color(0x555555);
    static final Color NEUTRAL = new Color(0x999999);

    /**
     * Okabe–Ito qualitative palette, reordered so that the first colours stay apart when printed in
     * greyscale: dark blue (luma 87), orange (162), black (0), then the rest; yellow (213) is last because
     * it is faint on white.
     */
    private static final List<Color> PALETTE = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x000000), new Color(0x56B4E9),
            new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xF0E442));

    /** Sequential scale (light to dark blue, ColorBrewer "Blues" anchors) for non-negative heat grids. */
    private static final List<Color> SEQUENTIAL = List.of(
            new Color(0xF7FBFF), new Color(0xC6DBEF), new Color(0x6BAED6), new Color(0x2171B5));

    /** Diverging scale (blue, near-white, vermillion; ColorBrewer "RdBu" anchors) for signed heat grids. */
    private static final List<Color> DIVERGING = List.of(
            new Color(0x4393C3), new Color(0xD1E5F0), new Color(0xF7F7F7), new Color(0xFDDBC7),
            new Color(0xD6604D));

    private ChartStyle() {
    }

    /**
     * The qualitative palette, in series order (8 colours).
     *
     * @return the colours
     */
    public static List<Color> palette() {
        return PALETTE;
    }

    /**
     * The i-th palette colour, cycling after the eighth.
     *
     * @param i the index, 0 or more
     * @return the colour
     * @throws IllegalArgumentException when {@code i < 0}
     */
    public static Color color(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("colour index (" + i + ") < 0; it must be >= 0");
        }
        return PALETTE.get(i % PALETTE.size());
    }

    /**
     * Sequential heat-grid colours, low to high.
     *
     * @return the colours
     */
    public static List<Color> sequential() {
        return SEQUENTIAL;
    }

    /**
     * Diverging heat-grid colours, negative through zero to positive.
     *
     * @return the colours
     */
    public static List<Color> diverging() {
        return DIVERGING;
    }

    /**
     * The colour with the given opacity (0 transparent, 1 opaque).
     *
     * @param c     the colour
     * @param alpha the opacity, in [0, 1]
     * @return the new colour
     * @throws IllegalArgumentException when {@code alpha} is outside [0, 1]
     */
    public static Color withAlpha(Color c, double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha (" + alpha + ") must be in [0, 1]");
        }
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }

    /**
     * The colour mixed with white: {@code share} 0 keeps it, 1 gives white. For fills under dark text.
     *
     * @param c     the colour
     * @param share the share of white, in [0, 1]
     * @return the new colour
     * @throws IllegalArgumentException when {@code share} is outside [0, 1]
     */
    public static Color lighten(Color c, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share (" + share + ") must be in [0, 1]");
        }
        return new Color(mix(c.getRed(), share), mix(c.getGreen(), share), mix(c.getBlue(), share));
    }

    private static int mix(int channel, double share) {
        return (int) Math.round(channel + (255 - channel) * share);
    }

    /**
     * An axis title with its unit: {@code axis("Internationalisation index", "0–1")} gives
     * {@code "Internationalisation index (0–1)"}; a null or blank unit gives the name alone.
     *
     * @param name what the axis shows
     * @param unit its unit, or null or blank for none
     * @return the axis title
     * @throws NullPointerException when {@code name} is null
     */
    public static String axis(String name, String unit) {
        Objects.requireNonNull(name, "axis name");
        if (unit == null || unit.isBlank()) {
            return name;
        }
        return name + " (" + unit.strip() + ")";
    }

    /**
     * A blank XY chart (lines, areas, scatter) in the shared look, default size.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @return the chart
     */
    public static XYChart xyChart(String title, String xLabel, String yLabel) {
        return xyChart(title, xLabel, yLabel, WIDTH, HEIGHT);
    }

    /**
     * A blank XY chart in the shared look with the given size.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param width  the width in pixels
     * @param height the height in pixels
     * @return the chart
     */
    public static XYChart xyChart(String title, String xLabel, String yLabel, int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(nullToEmpty(title));
        chart.setXAxisTitle(nullToEmpty(xLabel));
        chart.setYAxisTitle(nullToEmpty(yLabel));
        apply(chart.getStyler());
        chart.getStyler().setMarkerSize(7);
        return chart;
    }

    /**
     * A blank category (vertical bar) chart in the shared look, default size.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @return the chart
     */
    public static CategoryChart categoryChart(String title, String xLabel, String yLabel) {
        CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
        chart.setTitle(nullToEmpty(title));
        chart.setXAxisTitle(nullToEmpty(xLabel));
        chart.setYAxisTitle(nullToEmpty(yLabel));
        apply(chart.getStyler());
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.7);
        Ticks.plainY(chart.getStyler());
        return chart;
    }

    /**
     * A blank horizontal bar chart in the shared look, default size.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @return the chart
     */
    public static HorizontalBarChart horizontalBarChart(String title, String xLabel, String yLabel) {
        return horizontalBarChart(title, xLabel, yLabel, WIDTH, HEIGHT);
    }

    /**
     * A blank horizontal bar chart in the shared look with the given size.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param width  the width in pixels
     * @param height the height in pixels
     * @return the chart
     */
    public static HorizontalBarChart horizontalBarChart(String title, String xLabel, String yLabel, int width,
            int height) {
        HorizontalBarChart chart = new HorizontalBarChart(width, height);
        chart.setTitle(nullToEmpty(title));
        chart.setXAxisTitle(nullToEmpty(xLabel));
        chart.setYAxisTitle(nullToEmpty(yLabel));
        apply(chart.getStyler());
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.8);
        return chart;
    }

    /**
     * A blank heat-map chart in the shared look with the given size.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param width  the width in pixels
     * @param height the height in pixels
     * @return the chart
     */
    public static HeatMapChart heatMapChart(String title, String xLabel, String yLabel, int width, int height) {
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).build();
        chart.setTitle(nullToEmpty(title));
        chart.setXAxisTitle(nullToEmpty(xLabel));
        chart.setYAxisTitle(nullToEmpty(yLabel));
        apply(chart.getStyler());
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setPlotContentSize(1.0);
        return chart;
    }

    /**
     * Applies the shared look to any axes chart's styler; the chart's own factory calls this for you.
     *
     * @param s the chart's styler
     */
    public static void apply(AxesChartStyler s) {
        Color[] colors = PALETTE.toArray(new Color[0]);
        s.setSeriesColors(colors);
        Marker[] markers = new Marker[PALETTE.size()];
        java.util.Arrays.fill(markers, SeriesMarkers.CIRCLE);
        s.setSeriesMarkers(markers);
        BasicStroke[] lines = new BasicStroke[PALETTE.size()];
        java.util.Arrays.fill(lines, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        s.setSeriesLines(lines);

        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setChartPadding(14);
        s.setChartFontColor(TEXT);
        s.setChartTitleFont(TITLE_FONT);
        s.setChartTitleFontColor(TEXT);
        s.setChartTitleBoxVisible(false);
        s.setChartTitlePadding(10);
        s.setBaseFont(TICK_FONT);

        s.setLegendFont(LEGEND_FONT);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setLegendPadding(6);
        s.setLegendSeriesLineLength(22);

        s.setAxisTitleFont(AXIS_TITLE_FONT);
        s.setXAxisTitleColor(TEXT);
        s.setYAxisTitleColor(TEXT);
        s.setAxisTitlePadding(8);
        s.setAxisTickLabelsFont(TICK_FONT);
        s.setAxisTickLabelsColor(TEXT);
        s.setAxisTickMarksColor(AXIS);
        s.setAxisTicksMarksVisible(false);
        s.setAxisTicksLineVisible(true);
        s.setAxisTickPadding(6);
        s.setPlotMargin(4);
        s.setPlotGridLinesVisible(true);
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setPlotTicksMarksVisible(false);

        s.setAnnotationTextFont(LABEL_FONT);
        s.setAnnotationTextFontColor(TEXT);
        s.setAnnotationLineColor(REFERENCE);
        s.setErrorBarsColor(TEXT);
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
    }

    /**
     * Lets a category axis label every one of {@code count} categories: XChart 4 drops labels when the
     * space per category is below the x tick spacing hint (it reads the x hint even for the category axis
     * of horizontal bars), and many labels are tilted so that they do not collide.
     */
    static void categoryAxis(AxesChartStyler s, int count, int axisLength, boolean tiltWhenCrowded) {
        int perCategory = (int) (0.92 * axisLength / Math.max(1, count));
        s.setXAxisTickMarkSpacingHint(Math.max(8, Math.min(74, perCategory - 4)));
        if (tiltWhenCrowded && count > 6) {
            s.setXAxisLabelRotation(30);
        }
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package fi.foresight.chart;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The workbench's chart factories. Each takes plain arrays and {@link Text}s (both languages) and returns a
 * {@link ChartSpec} in the {@link ChartStyle} look, ready for {@link ChartRenderer}, {@link ChartExport} or
 * {@link #show}. Maps keep their iteration order as series order (use a {@code LinkedHashMap} or {@code Map.of}
 * for one series). Curves with many points are thinned here ({@link Thin}), so a spec never holds a raw sample.
 *
 * <pre>{@code
 * var chart = Charts.histogram(Text.of("Net benefit by scenario", "Nettohyöty skenaarioittain"),
 *         Text.plain("M€"), Map.of(Text.plain("Baseline"), baseline, Text.plain("Green deal"), green), 40);
 * Charts.show(chart);   // a window, or a PNG under ./charts/ when headless
 * }</pre>
 */
public final class Charts {

    /** System property naming the directory where {@link #show} saves charts when there is no display. */
    public static final String DIR_PROPERTY = "foresight.charts.dir";
    /** Resolution of PNGs saved by {@link #show}. */
    public static final int SHOW_DPI = 110;
    /** System property choosing the language {@link #show} draws in ({@code en} or {@code fi}; default en). */
    public static final String LANGUAGE_PROPERTY = "foresight.charts.language";
    static final Text MEAN = Text.of("Mean", "Keskiarvo");
    static final Text CI95 = Text.of("95 % confidence interval", "95 %:n luottamusväli");
    static final Text LOW_INPUT = Text.of("Low input", "Matala syöte");
    static final Text HIGH_INPUT = Text.of("High input", "Korkea syöte");

    private Charts() {
    }

    /**
     * Shows the chart: in a window when a display exists (returns null), otherwise saves it as a PNG in
     * {@code -Dforesight.charts.dir} (default {@code ./charts/}) named from the slugified title and the
     * next free counter, prints the path and returns it.
     *
     * <pre>{@code
     * jshell> Charts.show(Charts.tornado(...))
     * Saved chart: charts/net-benefit-tornado-1.png
     * }</pre>
     *
     * @param chart the chart
     * @return the path of the saved PNG, or null when shown in a window
     */
    public static Path show(ChartSpec chart) {
        Objects.requireNonNull(chart, "chart");
        String language = System.getProperty(LANGUAGE_PROPERTY, "en");
        if (!GraphicsEnvironment.isHeadless()) {
            var frame = new org.jfree.chart.ChartFrame(chart.title().in(language),
                    ChartRenderer.chart(chart, language));
            frame.pack();
            frame.setVisible(true);
            return null;
        }
        Path dir = Path.of(System.getProperty(DIR_PROPERTY, "charts"));
        Path file = nextFree(dir, FileNames.slug(chart.title().en(), FileNames.TITLE_LENGTH, "chart"));
        ChartExport.png(chart, language, file, SHOW_DPI);
        System.out.println("Saved chart: " + file);
        return file;
    }

    private static synchronized Path nextFree(Path dir, String slug) {
        for (int i = 1; ; i++) {
            Path candidate = dir.resolve(slug + "-" + i + ".png");
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    // ---------------------------------------------------------------------------------------- distributions

    /**
     * Overlaid histograms of raw values, one translucent series per entry, on {@code bins} common
     * equal-width bins; heights are the share of each series' values (%), so series of different sizes
     * compare.
     *
     * @param title   the chart title
     * @param xLabel  the x-axis label
     * @param samples series name → raw values
     * @param bins    the number of bins, at least 1
     * @return the chart
     */
    public static XySpec histogram(Text title, Text xLabel, Map<Text, double[]> samples, int bins) {
        return Curves.histogram(title, xLabel, samples, bins);
    }

    /**
     * Overlaid histograms of already binned counts: {@code edges} has one more value than each count array.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param edges  the bin edges, ascending
     * @param counts series name → count per bin
     * @return the chart
     */
    public static XySpec histogramOfBins(Text title, Text xLabel, double[] edges, Map<Text, double[]> counts) {
        return Curves.histogramOfBins(title, xLabel, edges, counts);
    }

    /**
     * The density-line variant of {@link #histogram}: a Gaussian kernel density per series (Silverman's
     * rule-of-thumb bandwidth), lightly filled.
     *
     * @param title   the chart title
     * @param xLabel  the x-axis label
     * @param samples series name → raw values
     * @return the chart
     */
    public static XySpec density(Text title, Text xLabel, Map<Text, double[]> samples) {
        return Curves.density(title, xLabel, samples);
    }

    /**
     * Empirical cumulative distribution curves of raw values (any order; exact steps up to 1000 values,
     * otherwise drawn through 1000 evenly spaced order statistics).
     *
     * @param title   the chart title
     * @param xLabel  the x-axis label
     * @param samples series name → raw values
     * @return the chart
     */
    public static XySpec cdf(Text title, Text xLabel, Map<Text, double[]> samples) {
        return Curves.cdf(title, xLabel, samples, false);
    }

    /**
     * Cumulative distribution curves through given quantiles: {@code quantiles.get(s)[k]} is the
     * {@code probabilities[k]} quantile of series s.
     *
     * @param title         the chart title
     * @param xLabel        the x-axis label
     * @param probabilities the probability levels, ascending in (0, 1)
     * @param quantiles     series name → the quantile at each probability level
     * @return the chart
     */
    public static XySpec cdfOfQuantiles(Text title, Text xLabel, double[] probabilities,
            Map<Text, double[]> quantiles) {
        return Curves.cdfOfQuantiles(title, xLabel, probabilities, quantiles, false);
    }

    /**
     * Exceedance curves, P(X &gt; x) = 1 − CDF, of raw values: "how likely is at least this much".
     *
     * @param title   the chart title
     * @param xLabel  the x-axis label
     * @param samples series name → raw values
     * @return the chart
     */
    public static XySpec exceedance(Text title, Text xLabel, Map<Text, double[]> samples) {
        return Curves.cdf(title, xLabel, samples, true);
    }

    /**
     * Exceedance curves through given quantiles (see {@link #cdfOfQuantiles}).
     *
     * @param title         the chart title
     * @param xLabel        the x-axis label
     * @param probabilities the probability levels, ascending in (0, 1)
     * @param quantiles     series name → the quantile at each probability level
     * @return the chart
     */
    public static XySpec exceedanceOfQuantiles(Text title, Text xLabel, double[] probabilities,
            Map<Text, double[]> quantiles) {
        return Curves.cdfOfQuantiles(title, xLabel, probabilities, quantiles, true);
    }

    /**
     * Box plots from percentiles, one per category: box P25–P75, line at the median, whiskers P5–P95, no
     * outliers (see {@link FiveNumbers}).
     *
     * @param title      the chart title
     * @param yLabel     the y-axis label
     * @param categories the category names, in order
     * @param summaries  one five-number summary per category
     * @return the chart
     */
    public static BoxSpec boxPlot(Text title, Text yLabel, List<Text> categories,
            List<FiveNumbers> summaries) {
        return Specs.boxPlot(title, yLabel, categories, summaries);
    }

    /**
     * Box plots of categories × groups, the groups told apart by colour (e.g. scenarios along the axis and levers
     * as colours), so that many pairs stay legible.
     *
     * @param title      the chart title
     * @param yLabel     the y-axis label
     * @param categories the categories along the axis
     * @param groups     the groups, one colour each (at most ~8)
     * @param boxes      {@code boxes.get(g).get(c)}: the summary of group g in category c, or null
     * @return the chart
     */
    public static BoxSpec boxPlot(Text title, Text yLabel, List<Text> categories, List<Text> groups,
            List<List<FiveNumbers>> boxes) {
        return new BoxSpec(title, yLabel, categories, groups, boxes);
    }

    // ----------------------------------------------------------------------------------------- paths

    /**
     * A line with a shaded band, e.g. the running mean of a Monte Carlo outcome with its 95 % confidence
     * interval against the number of runs. Legend: "Mean" and "95 % confidence interval".
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param x      the x values
     * @param mean   the line's value at each x
     * @param low    the band's lower edge at each x
     * @param high   the band's upper edge at each x
     * @return the chart
     */
    public static XySpec lineWithBand(Text title, Text xLabel, Text yLabel, double[] x, double[] mean,
            double[] low, double[] high) {
        return Specs.lineWithBand(title, xLabel, yLabel, x, mean, low, high, MEAN, CI95);
    }

    /**
     * {@link #lineWithBand(Text, Text, Text, double[], double[], double[], double[])} with own legend
     * names for the line and the band.
     *
     * @param title    the chart title
     * @param xLabel   the x-axis label
     * @param yLabel   the y-axis label
     * @param x        the x values
     * @param line     the line's value at each x
     * @param low      the band's lower edge at each x
     * @param high     the band's upper edge at each x
     * @param lineName the line's legend name
     * @param bandName the band's legend name
     * @return the chart
     */
    public static XySpec lineWithBand(Text title, Text xLabel, Text yLabel, double[] x, double[] line,
            double[] low, double[] high, Text lineName, Text bandName) {
        return Specs.lineWithBand(title, xLabel, yLabel, x, line, low, high, lineName, bandName);
    }

    /**
     * A fan chart: nested P5–P95 and P25–P75 bands and the median line over time.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param x      the x values
     * @param bands  the percentile paths, one value per x
     * @return the chart
     */
    public static XySpec fan(Text title, Text xLabel, Text yLabel, double[] x, FanBands bands) {
        return Specs.fan(title, xLabel, yLabel, x, bands);
    }

    /**
     * Several lines on one x axis, e.g. the median path of each scenario.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param x      the x values
     * @param lines  line name → y value at each x
     * @return the chart
     */
    public static XySpec overlay(Text title, Text xLabel, Text yLabel, double[] x, Map<Text, double[]> lines) {
        return Specs.overlay(title, xLabel, yLabel, x, lines);
    }

    /**
     * Many thin translucent paths (a sample of Monte Carlo trajectories), one legend entry for all.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param x      the x values
     * @param paths  {@code paths[k][i]}: path k at x[i]
     * @return the chart
     */
    public static XySpec spaghetti(Text title, Text xLabel, Text yLabel, double[] x, double[][] paths) {
        return Specs.spaghetti(title, xLabel, yLabel, x, paths);
    }

    // ---------------------------------------------------------------------------------------- comparisons

    /**
     * Grouped vertical bars: one bar per series in each category.
     *
     * @param title      the chart title
     * @param yLabel     the y-axis label
     * @param categories the category names, in order
     * @param series     series name → one value per category
     * @return the chart
     */
    public static BarSpec bars(Text title, Text yLabel, List<Text> categories,
            Map<Text, double[]> series) {
        return Specs.bars(title, yLabel, categories, series, null, null);
    }

    /**
     * Grouped vertical bars with low–high whiskers (e.g. bootstrap confidence intervals, which need not be
     * symmetric); {@code low} and {@code high} have an entry per series.
     *
     * @param title      the chart title
     * @param yLabel     the y-axis label
     * @param categories the category names, in order
     * @param series     series name → one value per category
     * @param low        series name → lower whisker end per category
     * @param high       series name → upper whisker end per category
     * @return the chart
     */
    public static BarSpec bars(Text title, Text yLabel, List<Text> categories,
            Map<Text, double[]> series, Map<Text, double[]> low, Map<Text, double[]> high) {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        return Specs.bars(title, yLabel, categories, series, low, high);
    }

    /**
     * A tornado chart: per variable, the output at its low and at its high input as horizontal bars that
     * start at the base output, sorted by swing |high − low| with the widest at the top. Axis ticks show
     * output values; legend "Low input" / "High input".
     *
     * @param title       the chart title
     * @param xLabel      the x-axis label
     * @param variables   the variable names, one bar each
     * @param lowOutputs  the output with each variable at its low input
     * @param highOutputs the output with each variable at its high input
     * @param base        the output with every variable at its base value, where the bars start
     * @return the chart
     */
    public static BarSpec tornado(Text title, Text xLabel, List<Text> variables,
            double[] lowOutputs, double[] highOutputs, double base) {
        return Specs.tornado(title, xLabel, variables, lowOutputs, highOutputs, base);
    }

    /**
     * Horizontal bars, one per category from the top down, the flagged ones in the first palette colour and the
     * others grey, with a line at 0: e.g. the impact balances of a CIB scenario with its chosen variants flagged.
     *
     * @param title         the chart title
     * @param xLabel        the x-axis label
     * @param categories    the category names, in order
     * @param values        one value per category
     * @param highlight     which categories to highlight
     * @param highlightName the legend name of the highlighted bars
     * @param otherName     the legend name of the others
     * @return the chart
     */
    public static BarSpec highlightBars(Text title, Text xLabel, List<Text> categories,
            double[] values, boolean[] highlight, Text highlightName, Text otherName) {
        return Specs.highlightBars(title, xLabel, categories, values, highlight, highlightName, otherName);
    }

    // ---------------------------------------------------------------------------------------- maps

    /**
     * A scatter plot with a text label beside every point (placed to avoid earlier labels), e.g. Morris
     * μ*–σ.
     *
     * @param title  the chart title
     * @param xLabel the x-axis label
     * @param yLabel the y-axis label
     * @param x      the x values
     * @param y      the y values
     * @param labels one label per point
     * @return the chart
     */
    public static ScatterSpec scatterLabelled(Text title, Text xLabel, Text yLabel, double[] x, double[] y,
            List<Text> labels) {
        return Specs.scatterLabelled(title, xLabel, yLabel, x, y, labels, null, null);
    }

    /**
     * {@link #scatterLabelled(Text, Text, Text, double[], double[], List)} with dashed reference lines
     * at the given x values (vertical) and y values (horizontal), e.g. a MICMAC influence–dependence map
     * with quadrant lines at the means.
     *
     * @param title           the chart title
     * @param xLabel          the x-axis label
     * @param yLabel          the y-axis label
     * @param x               the x values
     * @param y               the y values
     * @param labels          one label per point
     * @param verticalLines   x values of dashed vertical reference lines
     * @param horizontalLines y values of dashed horizontal reference lines
     * @return the chart
     */
    public static ScatterSpec scatterLabelled(Text title, Text xLabel, Text yLabel, double[] x, double[] y,
            List<Text> labels, double[] verticalLines, double[] horizontalLines) {
        return Specs.scatterLabelled(title, xLabel, yLabel, x, y, labels, verticalLines, horizontalLines);
    }

    /**
     * A grid of numbers coloured by value: a diverging scale centred on zero when values have both signs,
     * otherwise a sequential one. {@code values[row][column]}; the first row is at the top.
     *
     * @param title   the chart title
     * @param rows    the row names
     * @param columns the column names
     * @param values  {@code values[r][c]}: the number of each cell
     * @return the chart
     */
    public static GridSpec heatGrid(Text title, List<Text> rows, List<Text> columns, double[][] values) {
        return Specs.heatGrid(title, rows, columns, values);
    }

    /**
     * A grid of texts on coloured cells, e.g. a CIB scenario tableau (descriptors × scenarios, each cell
     * the variant, coloured by variant). {@code colourIndex[row][column]} picks a lightened palette colour,
     * 0 to 7.
     *
     * @param title       the chart title
     * @param rows        the row names
     * @param columns     the column names
     * @param texts       {@code texts[r][c]}: the text of each cell
     * @param colourIndex {@code colourIndex[r][c]}: the palette colour of each cell
     * @return the chart
     */
    public static GridSpec heatGrid(Text title, List<Text> rows, List<Text> columns, Text[][] texts,
            int[][] colourIndex) {
        return Specs.heatGrid(title, rows, columns, texts, colourIndex);
    }

    /**
     * A slope chart of rank displacement, e.g. MICMAC direct to indirect influence: rank 1 at the top,
     * one line per variable, blue when it moves up, vermillion when it moves down, grey when unchanged.
     *
     * @param title  the chart title
     * @param labels one label per line
     * @param rankA  each label's rank in the left column, 1 = top
     * @param rankB  each label's rank in the right column, 1 = top
     * @return the chart
     */
    public static SlopeSpec displacement(Text title, List<Text> labels, int[] rankA, int[] rankB) {
        return Specs.displacement(title, labels, rankA, rankB, Text.of("Direct", "Suora"), Text.of("Indirect", "Epäsuora"));
    }

    /**
     * {@link #displacement(Text, List, int[], int[])} with own column headers.
     *
     * @param title  the chart title
     * @param labels one label per line
     * @param rankA  each label's rank in the left column, 1 = top
     * @param rankB  each label's rank in the right column, 1 = top
     * @param nameA  the left column's header
     * @param nameB  the right column's header
     * @return the chart
     */
    public static SlopeSpec displacement(Text title, List<Text> labels, int[] rankA, int[] rankB, Text nameA,
            Text nameB) {
        return Specs.displacement(title, labels, rankA, rankB, nameA, nameB);
    }
}

package fi.foresight.chart;

/**
 * A chart as data: its kind, its numbers and its texts in both report languages ({@link Text}), with no
 * drawing library in it. An analysis returns specifications ({@code AnalysisResult.charts()}); the
 * {@link ChartRenderer} draws one for a language as SVG (real {@code <text>}, one path per series), PNG or a
 * vector PDF, and {@link Charts#show} shows one in JShell.
 *
 * <p>The kinds: {@link XySpec} (curves, bands, histograms, fans, paths), {@link BarSpec} (grouped, horizontal,
 * tornado and highlighted bars), {@link BoxSpec} (percentile boxes, categories × groups as colours),
 * {@link GridSpec} (numbers or texts on coloured cells), {@link ScatterSpec} (labelled points with reference
 * lines) and {@link SlopeSpec} (rank displacement). The factories in {@link Charts} keep their former names
 * and arguments, taking {@link Text} where they took a String.
 *
 * <p><b>Porting an analysis</b> from the former XChart charts is mechanical: the map's value type becomes
 * {@code ChartSpec}, every title, axis name and series name becomes a {@link Text} (model labels through
 * {@link Text#label}, fixed words as English/Finnish pairs through {@link Text#of}), and styler tweaks become
 * spec options ({@code withYRange}, {@code withTickOffset}, …):
 *
 * <pre>{@code
 * // before: XYChart c = Charts.overlay("Median " + label, "Year", axis, years, lines);
 * //         c.getStyler().setYAxisMin(0.0);
 * XySpec c = Charts.overlay(Text.of("Median ", "Mediaani: ").plus(label), Text.of("Year", "Vuosi"), axis, years,
 *         lines)                           // lines: Map<Text, double[]>
 *         .withYRange(0.0, Double.NaN);
 * String svg = ChartRenderer.svg(c, "fi");  // Finnish title, axes, legend and ticks (0,45 and 20 000)
 * }</pre>
 *
 * <p>Specifications are immutable values; curves with many points are thinned when built (about one point per
 * pixel column, keeping each column's extremes, see {@link Thin}), so a specification never holds a raw sample.
 */
public sealed interface ChartSpec permits XySpec, BarSpec, BoxSpec, GridSpec, ScatterSpec, SlopeSpec {
    /** Default chart width in points (1 pt = 1 px at 72 dpi). */
    int WIDTH = 800;
    /** Default chart height in points. */
    int HEIGHT = 500;

    /**
     * The chart's title.
     *
     * @return the title in both languages
     */
    Text title();

    /**
     * The chart's width in points.
     *
     * @return the width
     */
    default int width() {
        return WIDTH;
    }

    /**
     * The chart's height in points.
     *
     * @return the height
     */
    default int height() {
        return HEIGHT;
    }
}

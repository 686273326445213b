package fi.foresight.chart;

import java.util.List;
import java.util.Objects;

/**
 * Bars per category: grouped vertical bars with optional whiskers, horizontal bars for long labels, tornado
 * bars that start at a base value, and highlighted bars (flagged categories in colour, the rest grey).
 *
 * @param title      the title
 * @param valueAxis  the value axis title
 * @param categories the category labels, in order (top down when horizontal)
 * @param series     the series, in legend order (at most ~8)
 * @param horizontal whether the bars run horizontally
 * @param base       where the bars start (0 for ordinary bars)
 * @param tickOffset when finite, value ticks show the signed change from this value ("+5", "−5")
 * @param highlight  which categories are flagged, or null; then the single series' bars are coloured by it
 * @param flagNames  the legend names of flagged and other bars when {@code highlight} is set, else null
 * @param valueMin   the value axis minimum, NaN for automatic
 * @param valueMax   the value axis maximum, NaN for automatic
 */
public record BarSpec(Text title, Text valueAxis, List<Text> categories, List<BarSeries> series, boolean horizontal,
                      double base, double tickOffset, boolean[] highlight, List<Text> flagNames, double valueMin,
                      double valueMax) implements ChartSpec {
    /** Height of one bar row in points, for horizontal bars. */
    public static final int ROW = 26;

    /**
     * Checks and copies the parts.
     *
     * @param title      the title
     * @param valueAxis  the value axis title
     * @param categories the categories
     * @param series     the series
     * @param horizontal whether horizontal
     * @param base       where the bars start
     * @param tickOffset the tick offset or NaN
     * @param highlight  the flags or null
     * @param flagNames  the flag legend names or null
     * @param valueMin   the minimum or NaN
     * @param valueMax   the maximum or NaN
     */
    public BarSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(valueAxis, "valueAxis");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (BarSeries s : series) {
            Checks.sameLength("values of " + s.name().en(), s.values().length, "categories", categories.size());
        }
        if (highlight != null) {
            Checks.sameLength("highlight", highlight.length, "categories", categories.size());
            flagNames = List.copyOf(flagNames);
        }
    }

    /**
     * One series of bars.
     *
     * @param name   the legend name
     * @param values one value per category (NaN for no bar)
     * @param low    the lower whisker end per category, or null
     * @param high   the upper whisker end per category, or null
     */
    public record BarSeries(Text name, double[] values, double[] low, double[] high) {
        /**
         * Checks the name.
         *
         * @param name   the name
         * @param values the values
         * @param low    the lower ends or null
         * @param high   the upper ends or null
         */
        public BarSeries {
            Objects.requireNonNull(name, "name");
            Checks.finiteOrNaN(values);
        }
    }

    /**
     * Grouped bars from zero.
     *
     * @param title      the title
     * @param valueAxis  the value axis title
     * @param categories the categories
     * @param series     the series
     * @param horizontal whether horizontal
     * @return the specification
     */
    public static BarSpec of(Text title, Text valueAxis, List<Text> categories, List<BarSeries> series,
                             boolean horizontal) {
        return new BarSpec(title, valueAxis, categories, series, horizontal, 0, Double.NaN, null, null, Double.NaN,
                Double.NaN);
    }

    /**
     * This chart with a fixed value range.
     *
     * @param min the minimum, NaN for automatic
     * @param max the maximum, NaN for automatic
     * @return the new specification
     */
    public BarSpec withValueRange(double min, double max) {
        return new BarSpec(title, valueAxis, categories, series, horizontal, base, tickOffset, highlight, flagNames,
                min, max);
    }

    /**
     * This chart with value ticks shown as the signed change from {@code offset}.
     *
     * @param offset the reference value
     * @return the new specification
     */
    public BarSpec withTickOffset(double offset) {
        return new BarSpec(title, valueAxis, categories, series, horizontal, base, offset, highlight, flagNames,
                valueMin, valueMax);
    }

    /**
     * This chart with another value axis title.
     *
     * @param axis the title
     * @return the new specification
     */
    public BarSpec withValueAxis(Text axis) {
        return new BarSpec(title, axis, categories, series, horizontal, base, tickOffset, highlight, flagNames,
                valueMin, valueMax);
    }

    @Override
    public int height() {
        if (!horizontal) {
            return HEIGHT;
        }
        int rows = categories.size() * (highlight != null ? 1 : Math.max(1, series.size()));
        return Math.max(320, 170 + ROW * rows);
    }
}

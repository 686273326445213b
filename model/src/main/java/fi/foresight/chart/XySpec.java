package fi.foresight.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Curves, bands and vertical reference lines on two numeric axes: CDF and exceedance curves, histograms (as
 * step areas), running means with their confidence band, fans of percentiles, sample paths, overlays.
 *
 * @param title      the title
 * @param xAxis      the x-axis title
 * @param yAxis      the y-axis title
 * @param curves     the curves, in legend order
 * @param bands      shaded bands, drawn under the curves
 * @param references dashed vertical reference lines (e.g. targets)
 * @param yMin       the y-axis minimum, NaN for automatic
 * @param yMax       the y-axis maximum, NaN for automatic
 * @param years      whether x values are calendar years (integer ticks, no thousands separator)
 */
public record XySpec(Text title, Text xAxis, Text yAxis, List<Curve> curves, List<Band> bands,
                     List<Reference> references, double yMin, double yMax, boolean years) implements ChartSpec {

    /**
     * Checks and copies the parts.
     *
     * @param title      the title
     * @param xAxis      the x-axis title
     * @param yAxis      the y-axis title
     * @param curves     the curves
     * @param bands      the bands
     * @param references the reference lines
     * @param yMin       the y minimum or NaN
     * @param yMax       the y maximum or NaN
     * @param years      whether x is years
     */
    public XySpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        curves = List.copyOf(curves);
        bands = List.copyOf(bands);
        references = List.copyOf(references);
    }

    /** How a curve is drawn. */
    public enum Look {
        /** A solid line. */
        LINE,
        /** A dashed line. */
        DASHED,
        /** A thin translucent line (one of many sample paths). */
        THIN,
        /** A translucent step area (a histogram: x are bin edges, y has one value per bin plus a repeat). */
        STEPS
    }

    /**
     * One curve.
     *
     * @param name   the legend name, or null for none (e.g. all but the first of many sample paths)
     * @param x      the x values
     * @param y      the y values
     * @param look   how it is drawn
     * @param colour the palette index
     */
    public record Curve(Text name, double[] x, double[] y, Look look, int colour) {
        /**
         * Checks the lengths.
         *
         * @param name   the name or null
         * @param x      the x values
         * @param y      the y values
         * @param look   the look
         * @param colour the palette index
         */
        public Curve {
            Checks.sameLength("y", y.length, "x", x.length);
            Objects.requireNonNull(look, "look");
        }
    }

    /**
     * A shaded band between two curves.
     *
     * @param name   the legend name, or null for none
     * @param x      the x values
     * @param low    the lower edge
     * @param high   the upper edge
     * @param colour the palette index
     * @param alpha  the fill's opacity, 0 to 1
     */
    public record Band(Text name, double[] x, double[] low, double[] high, int colour, double alpha) {
        /**
         * Checks the lengths.
         *
         * @param name   the name or null
         * @param x      the x values
         * @param low    the lower edge
         * @param high   the upper edge
         * @param colour the palette index
         * @param alpha  the opacity
         */
        public Band {
            Checks.sameLength("low", low.length, "x", x.length);
            Checks.sameLength("high", high.length, "x", x.length);
        }
    }

    /**
     * A dashed vertical line at an x value, named in the legend.
     *
     * @param name the legend name
     * @param x    the x value
     */
    public record Reference(Text name, double x) {
    }

    /**
     * A chart with only curves.
     *
     * @param title  the title
     * @param xAxis  the x-axis title
     * @param yAxis  the y-axis title
     * @param curves the curves
     * @return the specification
     */
    public static XySpec of(Text title, Text xAxis, Text yAxis, List<Curve> curves) {
        return new XySpec(title, xAxis, yAxis, curves, List.of(), List.of(), Double.NaN, Double.NaN, false);
    }

    /**
     * This chart with a fixed y range.
     *
     * @param min the minimum, NaN for automatic
     * @param max the maximum, NaN for automatic
     * @return the new specification
     */
    public XySpec withYRange(double min, double max) {
        return new XySpec(title, xAxis, yAxis, curves, bands, references, min, max, years);
    }

    /**
     * This chart with calendar years on the x axis.
     *
     * @return the new specification
     */
    public XySpec withYears() {
        return new XySpec(title, xAxis, yAxis, curves, bands, references, yMin, yMax, true);
    }

    /**
     * This chart with one more dashed vertical reference line.
     *
     * @param name the legend name
     * @param x    the x value
     * @return the new specification
     */
    public XySpec withReference(Text name, double x) {
        var refs = new ArrayList<>(references);
        refs.add(new Reference(name, x));
        return new XySpec(title, xAxis, yAxis, curves, bands, refs, yMin, yMax, years);
    }

    /**
     * This chart with another title.
     *
     * @param newTitle the title
     * @return the new specification
     */
    public XySpec withTitle(Text newTitle) {
        return new XySpec(newTitle, xAxis, yAxis, curves, bands, references, yMin, yMax, years);
    }
}

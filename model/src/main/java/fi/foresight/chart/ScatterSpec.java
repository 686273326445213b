package fi.foresight.chart;

import java.util.List;
import java.util.Objects;

/**
 * Points with a text label beside each (placed so that labels avoid each other and the points), dashed
 * reference lines, and optional names in the plot's four corners (e.g. MICMAC's quadrants).
 *
 * @param title      the title
 * @param xAxis      the x-axis title
 * @param yAxis      the y-axis title
 * @param x          the x values
 * @param y          the y values
 * @param labels     one label per point
 * @param vLines     x values of dashed vertical lines
 * @param hLines     y values of dashed horizontal lines
 * @param corners    names of the top-left, top-right, bottom-left and bottom-right corners, or an empty list
 * @param fromZero   whether both axes start at zero
 */
public record ScatterSpec(Text title, Text xAxis, Text yAxis, double[] x, double[] y, List<Text> labels,
                          double[] vLines, double[] hLines, List<Text> corners, boolean fromZero)
        implements ChartSpec {
    /**
     * Checks the parts.
     *
     * @param title    the title
     * @param xAxis    the x-axis title
     * @param yAxis    the y-axis title
     * @param x        the x values
     * @param y        the y values
     * @param labels   the labels
     * @param vLines   the vertical lines
     * @param hLines   the horizontal lines
     * @param corners  the corner names
     * @param fromZero whether the axes start at zero
     */
    public ScatterSpec {
        Objects.requireNonNull(title, "title");
        Checks.nonEmptyFinite("x", x);
        Checks.finite("y", y);
        Checks.sameLength("y", y.length, "x", x.length);
        Checks.sameLength("labels", labels.size(), "x", x.length);
        labels = List.copyOf(labels);
        vLines = vLines == null ? new double[0] : Checks.finite("verticalLines", vLines).clone();
        hLines = hLines == null ? new double[0] : Checks.finite("horizontalLines", hLines).clone();
        corners = List.copyOf(corners);
    }

    /**
     * This chart with names in the four corners and both axes from zero.
     *
     * @param names top-left, top-right, bottom-left, bottom-right
     * @return the new specification
     */
    public ScatterSpec withCorners(List<Text> names) {
        return new ScatterSpec(title, xAxis, yAxis, x, y, labels, vLines, hLines, names, true);
    }
}

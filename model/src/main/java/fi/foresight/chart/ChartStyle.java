package fi.foresight.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Objects;

/**
 * The one look shared by every chart of the workbench: white background, a light grid, no border clutter,
 * logical fonts that exist on any (headless) JVM, a colour-blind-safe palette and scales for heat grids.
 *
 * <p>The {@link ChartRenderer} draws every {@link ChartSpec} in this look; fonts are the bundled Liberation
 * Sans ({@link ChartFonts}), so text measures the same on every machine.
 */
public final class ChartStyle {

    /** Default chart width in points (1 pt = 1 px at 72 dpi). */
    public static final int WIDTH = 800;
    /** Default chart height in points. */
    public static final int HEIGHT = 500;

    /** The charts' font family: the Liberation Sans bundled with PDFBox, the same on every machine. */
    public static final String FONT_FAMILY = ChartFonts.FAMILY;
    static final Font TITLE_FONT = ChartFonts.font(16);
    static final Font AXIS_TITLE_FONT = ChartFonts.font(13);
    static final Font TICK_FONT = ChartFonts.font(12);
    static final Font LEGEND_FONT = ChartFonts.font(12);
    static final Font LABEL_FONT = ChartFonts.font(11);

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
}

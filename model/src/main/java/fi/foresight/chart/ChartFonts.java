package fi.foresight.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The charts' one font: Liberation Sans (SIL Open Font License), bundled in PDFBox's jar. Loading it from the
 * jar rather than asking the machine keeps text widths, and hence layouts and files, the same everywhere.
 */
public final class ChartFonts {
    /** The family name written into SVG text (with generic fall-backs for browsers). */
    public static final String FAMILY = "Liberation Sans";
    /** The CSS font stack SVG files name. */
    public static final String CSS_STACK = "'Liberation Sans', Arial, Helvetica, sans-serif";
    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Font BASE = load();
    /** The rendering context text is measured with: no transform, antialiased, fractional metrics. */
    public static final FontRenderContext MEASURE = new FontRenderContext(new AffineTransform(), true, true);

    private ChartFonts() {
    }

    private static Font load() {
        try (InputStream in = ChartFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chart font", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled chart font is damaged", e);
        }
    }

    /**
     * The chart font at a size.
     *
     * @param size the size in points
     * @return the font
     */
    public static Font font(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    /**
     * The width of a text in a font, in points.
     *
     * @param text the text
     * @param font the font
     * @return the advance width
     */
    public static double width(String text, Font font) {
        return font.getStringBounds(text, MEASURE).getWidth();
    }
}

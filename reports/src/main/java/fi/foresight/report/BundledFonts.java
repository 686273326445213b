package fi.foresight.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A PDFBox font mapper that answers every request with the Liberation Sans bundled in PDFBox. Without it, PDFBox
 * scans the machine's fonts (seconds on first use, a cache file in the home directory, warnings on stderr) the
 * moment openhtmltopdf touches the standard PDF fonts, although the report uses only its own embedded font. It is
 * a process-wide PDFBox setting, so only the command line installs it ({@link #install()}).
 */
public final class BundledFonts implements FontMapper {
    static final String REGULAR = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static volatile TrueTypeFont font;

    private BundledFonts() {
    }

    /** Makes PDFBox use the bundled font for every font it would otherwise look up on the machine. */
    public static void install() {
        FontMappers.set(new BundledFonts());
    }

    private static TrueTypeFont font() {
        TrueTypeFont f = font;
        if (f == null) {
            synchronized (BundledFonts.class) {
                if (font == null) {
                    try (InputStream in = BundledFonts.class.getResourceAsStream(REGULAR)) {
                        if (in == null) {
                            throw new IllegalStateException(REGULAR + " is missing from the class path");
                        }
                        font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the bundled font " + REGULAR, e);
                    }
                }
                f = font;
            }
        }
        return f;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), false);
    }
}

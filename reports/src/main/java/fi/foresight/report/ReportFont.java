package fi.foresight.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's text font (Liberation Sans, bundled with PDFBox), read from the class path once per process and
 * loaded into each PDF without its glyph-substitution table.
 *
 * <p>Why without it: for a font with a GSUB table PDFBox 3 splits every text it shows into words and, for each
 * word, compiles regular expressions of the font's substitution rules; on the Kanta-Häme report that was about
 * 60 % of the time spent writing the PDF. The report needs no substitution: Finnish letters are precomposed glyphs
 * of the font, and the font's Latin rules only compose combining marks the report never writes. The table is
 * hidden by renaming its tag in a copy of the font's bytes (the glyphs, metrics and every other table are the
 * font's own), so the embedded subset is the same font without that table.
 */
final class ReportFont {
    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] BYTES = withoutSubstitutions(read());

    private ReportFont() {
    }

    /**
     * The font for one document (a font object belongs to one document; each report language has its own).
     *
     * @param document the PDF being written
     * @return the font, embedded as a subset of the glyphs the document uses
     */
    static PDFont load(PDDocument document) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
            return PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load the report font " + RESOURCE, e);
        }
    }

    private static byte[] read() {
        try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the PDF font " + RESOURCE + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the report font " + RESOURCE, e);
        }
    }

    /**
     * A copy of a TrueType font whose GSUB table directory entry is renamed, so a parser treats the table as
     * unknown. The table directory starts at byte 12: the number of tables is the big-endian short at byte 4, and
     * each 16-byte entry begins with its four-letter tag.
     *
     * @param font the font file's bytes
     * @return the copy (the input when it has no GSUB table)
     */
    static byte[] withoutSubstitutions(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
        for (int t = 0; t < tables; t++) {
            int at = 12 + 16 * t;
            if (copy[at] == gsub[0] && copy[at + 1] == gsub[1] && copy[at + 2] == gsub[2] && copy[at + 3] == gsub[3]) {
                copy[at] = 'x';
                return copy;
            }
        }
        return copy;
    }
}

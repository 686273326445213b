package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class ReportFontTest {
    private static byte[] bundled() throws Exception {
        try (InputStream in = ReportFont.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theCopyHasNoSubstitutionTableAndTheSameGlyphs() throws Exception {
        byte[] font = bundled();
        TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(font));
        TrueTypeFont copy = new TTFParser().parse(new RandomAccessReadBuffer(ReportFont.withoutSubstitutions(font)));
        assertNotEquals(GsubData.NO_DATA_FOUND, original.getGsubData(), "the bundled font should have a GSUB table");
        assertNotNull(original.getTableMap().get("GSUB"));
        assertEquals(GsubData.NO_DATA_FOUND, copy.getGsubData());
        assertNull(copy.getTableMap().get("GSUB"));
        assertEquals(original.getNumberOfGlyphs(), copy.getNumberOfGlyphs());
        for (int c : "Ääkköset: yrittäjät, fi-ligatuuri ja 20 000 €".codePoints().toArray()) {
            assertEquals(original.getUnicodeCmapLookup().getGlyphId(c), copy.getUnicodeCmapLookup().getGlyphId(c),
                    "glyph of " + Character.toString(c));
        }
    }
}

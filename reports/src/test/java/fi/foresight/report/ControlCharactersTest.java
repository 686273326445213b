package fi.foresight.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Control characters never reach report.html or the PDF, whatever a label holds. */
class ControlCharactersTest {
    @Test
    void controlCharactersAreStrippedAndEverythingElseKept() {
        assertEquals("Investment[31m climate", ControlCharacters.strip("Invest\u0007ment\u001b[31m\u0000 climate\u007f\u0085"));
        assertEquals("tab\tline\nreturn\r", ControlCharacters.strip("tab\tline\nreturn\r"));
        assertEquals("emoji \uD83D\uDE00 kept, lone  dropped", ControlCharacters.strip("emoji \uD83D\uDE00 kept, lone \uD800 dropped"));
        assertEquals("ä ö – ∞", ControlCharacters.strip("ä ö – ∞\uFFFE\uFFFF"));
        String clean = "nothing to strip";
        assertSame(clean, ControlCharacters.strip(clean));
    }

    @Test
    void aPageWithControlCharactersStillBecomesAPdf() throws IOException {
        var out = new ByteArrayOutputStream();
        PdfReport.write("<html><head><title>t\u0001</title></head><body><p>Bell\u0007 here\u0000</p></body></html>",
                "t", out);
        assertTrue(out.size() > 500, "a PDF was written");
        assertTrue(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
    }
}

package fi.foresight.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * report.pdf from the report's XHTML through openhtmltopdf: A4 pages, charts embedded as vector PDF pages, text
 * in Liberation Sans (bundled with PDFBox, so the PDF looks the same on every machine and covers Finnish and
 * the typographic signs the report uses).
 */
final class PdfReport {
    static final String FONT_FAMILY = "Report Sans";
    private static final String REGULAR = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    static void write(String xhtml, String title, OutputStream out) throws IOException {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withHtmlContent(ControlCharacters.strip(xhtml), null);
        b.useFont(PdfReport::regular, FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        b.useFont(PdfReport::regular, FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        b.withProducer("Foresight Workbench");
        b.toStream(out);
        b.run();
    }

    private static InputStream regular() {
        InputStream in = PdfReport.class.getResourceAsStream(REGULAR);
        if (in == null) {
            throw new IllegalStateException("the PDF font " + REGULAR + " is missing from the class path");
        }
        return in;
    }
}

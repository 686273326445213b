package fi.foresight.report;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * report.pdf from the report's XHTML through openhtmltopdf: A4 pages, charts embedded as vector PDF pages, text
 * in Liberation Sans (bundled with PDFBox, so the PDF looks the same on every machine and covers Finnish and
 * the typographic signs the report uses; see {@link ReportFont} for how it is loaded).
 */
final class PdfReport {
    static final String FONT_FAMILY = "Report Sans";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfReport() {
    }

    static void write(String xhtml, String title, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = ReportFont.load(document);
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(document);
            b.withHtmlContent(ControlCharacters.strip(xhtml), null);
            b.useFont(new PDFontSupplier(font), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(new PDFontSupplier(font), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            b.withProducer("Foresight Workbench");
            b.toStream(out);
            b.run();
        }
    }

}

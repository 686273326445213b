package fi.foresight.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Scales a one-page chart PDF to a given width, as vectors. openhtmltopdf places an embedded PDF page at its own
 * size and ignores CSS widths, so charts are fitted to the report's text width before they are embedded.
 */
final class PdfCharts {
    private PdfCharts() {
    }

    /** The first page of {@code pdf} scaled to {@code width} points (only ever shrunk). */
    static byte[] fit(byte[] pdf, float width) {
        try (PDDocument src = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
            PDPage page = src.getPage(0);
            PDRectangle box = page.getMediaBox();
            float scale = Math.min(1f, width / box.getWidth());
            PDPage target = new PDPage(new PDRectangle(box.getWidth() * scale, box.getHeight() * scale));
            out.addPage(target);
            PDFormXObject form = new LayerUtility(out).importPageAsForm(src, page);
            try (PDPageContentStream cs = new PDPageContentStream(out, target)) {
                cs.transform(Matrix.getScaleInstance(scale, scale));
                cs.drawForm(form);
            }
            var bytes = new ByteArrayOutputStream(pdf.length);
            out.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scale a chart for the PDF report: " + e.getMessage(), e);
        }
    }
}

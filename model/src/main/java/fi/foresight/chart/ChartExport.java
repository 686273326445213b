package fi.foresight.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes charts as PNG (any resolution), SVG and PDF, headless. Files are written to a temporary file in
 * the target directory and then moved into place, so a reader never sees half a chart.
 *
 * <pre>{@code
 * ChartExport.png(chart, Path.of("out/tornado.png"), 150);   // 800x500 pt -> 1667x1042 px
 * ChartExport.svg(chart, Path.of("out/tornado.svg"));
 * ChartExport.pdf(chart, Path.of("out/tornado.pdf"));
 * String inline = ChartExport.svgString(chart);               // for an HTML report
 * }</pre>
 *
 * <p><b>Vector paths.</b> XChart 4.0.3's {@code VectorGraphicsEncoder} sends SVG and EPS through
 * VectorGraphics2D, but for PDF it hands over to its {@code PdfboxGraphicsEncoder}, i.e. to
 * pdfbox-graphics2d (not VectorGraphics2D's own PDF processor). PDF here takes that same pdfbox-graphics2d
 * path directly: it is built for the pinned pdfbox 3, draws text as vector outlines (so any Unicode,
 * Finnish letters and dashes included, survives without font embedding) and supports the translucent fills
 * the bands and histograms use. Doing it here rather than through the encoder lets the document be closed
 * on failure, titled, and written atomically.
 */
public final class ChartExport {

    /** The resolution at which one chart point is one pixel. */
    public static final int BASE_DPI = 72;

    private ChartExport() {
    }

    /**
     * Writes the chart as a PNG at {@code dpi} (72 = one pixel per point) and returns {@code file}.
     *
     * @param chart the chart
     * @param file  the file to write (atomically)
     * @param dpi   dots per inch, 18 to 1200
     * @return {@code file}
     * @throws IllegalArgumentException when {@code dpi} is outside [18, 1200]
     */
    public static Path png(Chart<?, ?> chart, Path file, int dpi) {
        byte[] bytes = pngBytes(chart, dpi);
        return AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * The chart as PNG bytes at {@code dpi}, with the resolution recorded in the file (pHYs).
     *
     * @param chart the chart
     * @param dpi   dots per inch, 18 to 1200
     * @return the PNG bytes
     * @throws IllegalArgumentException when {@code dpi} is outside [18, 1200]
     */
    public static byte[] pngBytes(Chart<?, ?> chart, int dpi) {
        BufferedImage image = image(chart, dpi);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            writePng(image, dpi, out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode PNG", e);
        }
        return out.toByteArray();
    }

    /**
     * The chart rendered at {@code dpi}: {@code round(width * dpi / 72)} by {@code round(height * dpi / 72)}.
     *
     * @param chart the chart
     * @param dpi   dots per inch, 18 to 1200
     * @return the image
     * @throws IllegalArgumentException when {@code dpi} is outside [18, 1200]
     */
    public static BufferedImage image(Chart<?, ?> chart, int dpi) {
        Objects.requireNonNull(chart, "chart");
        if (dpi < 18 || dpi > 1200) {
            throw new IllegalArgumentException("dpi (" + dpi + ") must be in [18, 1200]; 72 is one pixel per point");
        }
        double scale = dpi / (double) BASE_DPI;
        int w = (int) Math.round(chart.getWidth() * scale);
        int h = (int) Math.round(chart.getHeight() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes the chart as SVG (VectorGraphics2D's SVG processor, as XChart's encoder does) and returns {@code file}.
     *
     * @param chart the chart
     * @param file  the file to write (atomically)
     * @return {@code file}
     */
    public static Path svg(Chart<?, ?> chart, Path file) {
        byte[] bytes = svgBytes(chart);
        return AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * The chart as an inline {@code <svg>} element for embedding in HTML: the XML declaration and DOCTYPE
     * of the stand-alone file are left out.
     *
     * @param chart the chart
     * @return the {@code <svg>} element
     */
    public static String svgString(Chart<?, ?> chart) {
        String svg = new String(svgBytes(chart), StandardCharsets.UTF_8);
        int root = svg.indexOf("<svg");
        if (root < 0) {
            throw new IllegalStateException("SVG encoder produced no <svg> element");
        }
        return svg.substring(root);
    }

    private static byte[] svgBytes(Chart<?, ?> chart) {
        Objects.requireNonNull(chart, "chart");
        VectorGraphics2D g = new VectorGraphics2D();
        try {
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        PageSize page = new PageSize(0, 0, chart.getWidth(), chart.getHeight());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            new SVGProcessor().getDocument(g.getCommands(), page).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode SVG", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the chart as a one-page vector PDF (page size = chart size in points) and returns {@code file}.
     *
     * @param chart the chart
     * @param file  the file to write (atomically)
     * @return {@code file}
     */
    public static Path pdf(Chart<?, ?> chart, Path file) {
        byte[] bytes = pdfBytes(chart);
        return AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * The chart as a one-page vector PDF.
     *
     * @param chart the chart
     * @return the PDF bytes
     */
    public static byte[] pdfBytes(Chart<?, ?> chart) {
        Objects.requireNonNull(chart, "chart");
        int w = chart.getWidth();
        int h = chart.getHeight();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            try {
                chart.paint(g, w, h);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            if (chart.getTitle() != null && !chart.getTitle().isBlank()) {
                info.setTitle(chart.getTitle());
            }
            info.setCreator("Foresight Workbench");
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode PDF", e);
        }
    }

    private static void writePng(BufferedImage image, int dpi, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            setDpi(metadata, dpi);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** Records the resolution in the PNG pHYs chunk, in pixels per metre. */
    private static void setDpi(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String perMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }
}

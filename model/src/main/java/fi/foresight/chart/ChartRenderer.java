package fi.foresight.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Draws a {@link ChartSpec} in a report language: as SVG (Apache Batik's SVG generator: real {@code <text>},
 * one path per series, ids numbered from 1 in each file so output is byte-identical run to run), as PNG, or as
 * a one-page PDF whose text is text (the bundled font, subset). The drawing itself is JFreeChart's, styled by
 * {@link ChartStyle}.
 *
 * <pre>{@code
 * String svg = ChartRenderer.svg(spec, "fi");        // Finnish titles, axes, legend and ticks
 * byte[] png = ChartRenderer.png(spec, "en", 150);
 * }</pre>
 *
 * <p>Every method is safe to call from several threads at once (each call draws on its own canvas).
 */
public final class ChartRenderer {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private ChartRenderer() {
    }

    /**
     * The spec as a JFreeChart in a language (for a Swing window or further drawing).
     *
     * @param spec     the chart
     * @param language {@code "en"} or {@code "fi"}
     * @return the chart
     */
    public static JFreeChart chart(ChartSpec spec, String language) {
        Objects.requireNonNull(spec, "spec");
        if (spec instanceof XySpec s) {
            return XyCharts.build(s, language);
        } else if (spec instanceof BarSpec s) {
            return CategoryCharts.bars(s, language);
        } else if (spec instanceof BoxSpec s) {
            return CategoryCharts.boxes(s, language);
        } else if (spec instanceof GridSpec s) {
            return GridCharts.build(s, language);
        } else if (spec instanceof ScatterSpec s) {
            return ScatterCharts.build(s, language);
        }
        return SlopeCharts.build((SlopeSpec) spec, language);
    }

    /**
     * The spec as an SVG document: the {@code <svg>} element without XML declaration, fit both for a file and
     * for inlining in HTML.
     *
     * @param spec     the chart
     * @param language {@code "en"} or {@code "fi"}
     * @return the SVG text
     */
    public static String svg(ChartSpec spec, String language) {
        return svg(spec, language, "c");
    }

    /**
     * The spec as an SVG document whose ids (clip paths, gradients) start with {@code idPrefix}, so that several
     * charts inlined in one HTML page do not share ids; the ids are numbered from 1, the same in every run.
     *
     * @param spec     the chart
     * @param language {@code "en"} or {@code "fi"}
     * @param idPrefix a prefix of letters, digits and hyphens, e.g. the chart's file stem
     * @return the SVG text
     */
    public static String svg(ChartSpec spec, String language, String idPrefix) {
        JFreeChart chart = chart(spec, language);
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML document builder", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment(null);
        context.setPrecision(3);
        context.setEmbeddedFontsOn(false);
        String prefix = idPrefix.replaceAll("[^A-Za-z0-9-]", "-") + "-";
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String kind) {
                return super.generateID(prefix + kind);
            }
        });
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(spec.width(), spec.height()));
        // JFreeChart saves and restores this hint; Batik starts without it and rejects restoring null
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.draw(g, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
        StringWriter out = new StringWriter(64 * 1024);
        try {
            g.stream(out, true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write SVG", e);
        } finally {
            g.dispose();
        }
        String svg = out.toString();
        int root = svg.indexOf("<svg");
        if (root < 0) {
            throw new IllegalStateException("SVG generator produced no <svg> element");
        }
        svg = svg.substring(root).replace("font-family:'" + ChartFonts.FAMILY + "';",
                "font-family:" + ChartFonts.CSS_STACK + ";").replace("font-family:'Dialog';", "")
                .replace("id=\"genericDefs\"", "id=\"" + prefix + "genericDefs\"");
        return svg.replace("<svg ", "<svg viewBox=\"0 0 " + spec.width() + " " + spec.height() + "\" ");
    }

    /**
     * The spec as a PNG at {@code dpi}, with the resolution recorded in the file.
     *
     * @param spec     the chart
     * @param language {@code "en"} or {@code "fi"}
     * @param dpi      dots per inch, 18 to 1200 (72 = one pixel per point)
     * @return the PNG bytes
     */
    public static byte[] png(ChartSpec spec, String language, int dpi) {
        return PngFiles.encode(image(spec, language, dpi), dpi);
    }

    /**
     * The spec drawn at {@code dpi}.
     *
     * @param spec     the chart
     * @param language {@code "en"} or {@code "fi"}
     * @param dpi      dots per inch, 18 to 1200
     * @return the image
     */
    public static BufferedImage image(ChartSpec spec, String language, int dpi) {
        if (dpi < 18 || dpi > 1200) {
            throw new IllegalArgumentException("dpi (" + dpi + ") must be in [18, 1200]; 72 is one pixel per point");
        }
        JFreeChart chart = chart(spec, language);
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(spec.width() * scale),
                (int) Math.round(spec.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The spec as a one-page vector PDF (page size = chart size in points) whose texts are text in the bundled
     * font, so that they can be searched and selected.
     *
     * @param spec     the chart
     * @param language {@code "en"} or {@code "fi"}
     * @return the PDF bytes
     */
    public static byte[] pdf(ChartSpec spec, String language) {
        JFreeChart chart = chart(spec, language);
        int w = spec.width();
        int h = spec.height();
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            try (InputStream in = ChartRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in != null) {
                    fonts.registerFont(ChartFonts.FAMILY, PDType0Font.load(document, in, true));
                }
            }
            PDPage page = new PDPage(new PDRectangle(w, h));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
            g.setFontTextDrawer(fonts);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            try {
                chart.draw(g, new Rectangle2D.Double(0, 0, w, h));
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(g.getXFormObject());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(spec.title().in(language));
            info.setCreator("Foresight Workbench");
            // a fixed file identifier (PDFBox would derive one from the clock), so the bytes are the same every run
            byte[] id = java.security.MessageDigest.getInstance("MD5").digest((spec.title().in(language) + "|"
                    + language + "|" + w + "x" + h).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the chart PDF", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no MD5", e);
        }
    }
}

package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ChartExportTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path dir;

    private static XySpec chart() {
        return Charts.overlay(Text.plain("Väestö – skenaariot"), Text.of("Year", "Vuosi"),
                Text.axis(Text.of("Population", "Väestö"), "millions"), new double[] {2025, 2030, 2035},
                Map.of(Text.of("Base", "Perusura"), new double[] {5.6, 5.7, 5.75})).withYears();
    }

    @Test
    void pngHasMagicBytesAndScalesFromThe72DpiBaseline() throws IOException {
        XySpec c = chart();
        byte[] at72 = ChartRenderer.png(c, "en", 72);
        byte[] at150 = ChartRenderer.png(c, "en", 150);
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(at72, 8));
        BufferedImage base = ImageIO.read(new ByteArrayInputStream(at72));
        BufferedImage hi = ImageIO.read(new ByteArrayInputStream(at150));
        assertEquals(800, base.getWidth());
        assertEquals(500, base.getHeight());
        assertEquals(Math.round(800 * 150 / 72.0), hi.getWidth()); // 1667
        assertEquals(Math.round(500 * 150 / 72.0), hi.getHeight()); // 1042
    }

    @Test
    void pngRecordsItsResolution() throws IOException {
        byte[] png = ChartRenderer.png(chart(), "en", 150);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element root = (Element) meta.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            assertEquals(Math.round(150 / 0.0254), Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis")));
            reader.dispose();
        }
    }

    @Test
    void rejectsAbsurdResolutions() {
        assertThrows(IllegalArgumentException.class, () -> ChartRenderer.png(chart(), "en", 0));
        assertThrows(IllegalArgumentException.class, () -> ChartRenderer.png(chart(), "en", 5000));
    }

    @Test
    void pngFileIsWrittenAtomicallyWithoutLeftovers() throws IOException {
        Path file = dir.resolve("sub/dir/chart.png");
        assertEquals(file, ChartExport.png(chart(), "en", file, 100));
        Files.writeString(dir.resolve("sub/dir/other.txt"), "keep");
        ChartExport.png(chart(), "en", file, 72); // replaces the existing file
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of("chart.png", "other.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(800, ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    void failedWriteLeavesNeitherTempFileNorTarget() throws IOException {
        Path file = dir.resolve("broken.png");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void svgFileHasAnSvgRootOfTheChartSize() throws Exception {
        Path file = ChartExport.svg(chart(), "fi", dir.resolve("chart.fi.svg"));
        Element root = parseXml(Files.readAllBytes(file)).getDocumentElement();
        assertEquals("svg", root.getNodeName());
        assertEquals("0 0 800 500", root.getAttribute("viewBox"));
        assertTrue(root.getElementsByTagName("path").getLength() >= 1, "the curve is drawn as an SVG path");
        var texts = new java.util.ArrayList<String>();
        for (int i = 0; i < root.getElementsByTagName("text").getLength(); i++) {
            texts.add(root.getElementsByTagName("text").item(i).getTextContent());
        }
        assertTrue(texts.contains("Vuosi") && texts.contains("2030") && texts.contains("5,70"),
                "texts are text, in Finnish: " + texts);
        assertEquals(ChartRenderer.svg(chart(), "fi"), Files.readString(file), "the same bytes every time");
    }

    @Test
    void svgStringIsAnInlineSvgElement() throws Exception {
        String svg = ChartRenderer.svg(chart(), "en");
        assertTrue(svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(!svg.contains("<!DOCTYPE") && !svg.contains("<?xml"));
        assertEquals("svg", parseXml(svg.getBytes(StandardCharsets.UTF_8)).getDocumentElement().getNodeName());
    }

    @Test
    void pdfIsOneVectorPageOfTheChartSize() throws IOException {
        Path file = ChartExport.pdf(chart(), "fi", dir.resolve("chart.pdf"));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(800f, page.getMediaBox().getWidth(), 1e-3);
            assertEquals(500f, page.getMediaBox().getHeight(), 1e-3);
            assertEquals(0, countImages(page.getResources()), "drawn as vectors, not as an embedded bitmap");
            assertTrue(countForms(page.getResources()) >= 1, "the chart is drawn as a vector form");
            assertEquals(1, countFonts(page.getResources()), "text is text, in the one bundled font");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Vuosi") && text.contains("Väestö"), text);
            assertEquals("Väestö – skenaariot", doc.getDocumentInformation().getTitle());
            assertArrayEquals(ChartRenderer.pdf(chart(), "fi"), ChartRenderer.pdf(chart(), "fi"),
                    "the same bytes every time (no clock in the file identifier)");
        }
    }

    /** Every gallery chart, of every kind, encodes in all three formats. */
    @Test
    void everyExampleChartExportsToAllFormats() throws IOException {
        for (Map.Entry<String, ChartSpec> e : ChartGallery.examples().entrySet()) {
            ChartSpec c = e.getValue();
            assertArrayEquals(PNG_MAGIC, Arrays.copyOf(ChartRenderer.png(c, "fi", 72), 8), e.getKey());
            assertTrue(ChartRenderer.svg(c, "fi").startsWith("<svg"), e.getKey());
            try (PDDocument doc = Loader.loadPDF(ChartRenderer.pdf(c, "fi"))) {
                assertEquals(1, doc.getNumberOfPages(), e.getKey());
                assertTrue(countFonts(doc.getPage(0).getResources()) <= 1, e.getKey() + ": at most the one font");
            }
        }
    }

    private static int countImages(PDResources resources) throws IOException {
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form && form.getResources() != null) {
                n += countImages(form.getResources());
            }
        }
        return n;
    }

    private static int countFonts(PDResources resources) throws IOException {
        int n = 0;
        for (COSName ignored : resources.getFontNames()) {
            n++;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null) {
                n += countFonts(form.getResources());
            }
        }
        return n;
    }

    private static int countForms(PDResources resources) throws IOException {
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject) {
                n++;
            }
        }
        return n;
    }

    private static Document parseXml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}

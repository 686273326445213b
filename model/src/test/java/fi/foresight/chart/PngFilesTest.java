package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class PngFilesTest {
    /** Antialiased lines and text over a white page, and a band of noise (every byte value in every channel). */
    private static BufferedImage picture(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(1 << 24)));
            g.setStroke(new BasicStroke(1 + random.nextInt(4)));
            g.drawLine(random.nextInt(w), random.nextInt(h), random.nextInt(w), random.nextInt(h));
            g.drawString("Yrittäjät 20 000 – " + i, random.nextInt(w), random.nextInt(h));
        }
        g.dispose();
        for (int y = 0; y < h / 8; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            assertArrayEquals(expected.getRGB(0, y, expected.getWidth(), 1, null, 0, expected.getWidth()),
                    actual.getRGB(0, y, actual.getWidth(), 1, null, 0, actual.getWidth()), "row " + y);
        }
    }

    private static String pixelsPerUnit(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            var phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            return phys.getAttribute("pixelsPerUnitXAxis") + "/" + phys.getAttribute("pixelsPerUnitYAxis") + "/"
                    + phys.getAttribute("unitSpecifier");
        }
    }

    @Test
    void aChartImageDecodesToItsPixelsWithItsResolution() throws Exception {
        BufferedImage image = picture(333, 211);
        byte[] png = PngFiles.encode(image, 150);
        assertSamePixels(image, ImageIO.read(new ByteArrayInputStream(png)));
        assertEquals("5906/5906/meter", pixelsPerUnit(png));   // 150 / 0.0254 = 5905.5
        assertArrayEquals(png, PngFiles.encode(picture(333, 211), 150), "the bytes depend on the pixels only");
    }

    @Test
    void otherImagesGoThroughTheJdkWriterAndDecodeToTheirPixels() throws Exception {
        BufferedImage page = picture(120, 90);
        BufferedImage part = page.getSubimage(10, 5, 60, 40);   // shares the page's buffer: not the direct path
        assertSamePixels(part, ImageIO.read(new ByteArrayInputStream(PngFiles.encode(part, 72))));
        BufferedImage argb = new BufferedImage(30, 20, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(3, 4, 0x80ff0000);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngFiles.encode(argb, 72)));
        assertEquals(0x80ff0000, back.getRGB(3, 4));
        assertEquals("2835/2835/meter", pixelsPerUnit(PngFiles.encode(argb, 72)));
    }
}

package fi.foresight.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes images as PNG with their resolution recorded (pHYs), so viewers show them at their size.
 *
 * <p>Charts (opaque RGB images) are written directly: 8-bit RGB, every row with the PNG "Up" filter, compressed
 * at zlib's fastest level. Chart images are large areas of one colour, which the Up filter turns into runs of
 * zeros; this is about 3.5 times faster than the JDK's PNG writer (which tries all five filters on every row) for
 * files about 6 % larger, and the bytes depend on the pixels only. Other images go through the JDK's writer.
 */
final class PngFiles {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int UP = 2;

    private PngFiles() {
    }

    static byte[] encode(BufferedImage image, int dpi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (isCompactRgb(image)) {
                writeRgb(image, dpi, out);
            } else {
                write(image, dpi, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode PNG", e);
        }
        return out.toByteArray();
    }

    /** An opaque RGB image whose pixels are one int each, row after row, from the buffer's start. */
    private static boolean isCompactRgb(BufferedImage image) {
        var raster = image.getRaster();
        return image.getType() == BufferedImage.TYPE_INT_RGB && raster.getParent() == null
                && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                && raster.getDataBuffer().getSize() == image.getWidth() * image.getHeight();
    }

    /** An opaque RGB image: signature, IHDR, pHYs, one IDAT, IEND. */
    private static void writeRgb(BufferedImage image, int dpi, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        DataOutputStream hd = new DataOutputStream(header);
        hd.writeInt(w);
        hd.writeInt(h);
        hd.writeByte(8);   // bits per sample
        hd.writeByte(2);   // colour type: RGB
        hd.writeByte(0);   // deflate
        hd.writeByte(0);   // adaptive filtering (one filter byte per row)
        hd.writeByte(0);   // not interlaced
        chunk(out, "IHDR", header.toByteArray());
        ByteArrayOutputStream phys = new ByteArrayOutputStream(9);
        DataOutputStream pd = new DataOutputStream(phys);
        int perMetre = (int) Math.round(dpi / 0.0254);
        pd.writeInt(perMetre);
        pd.writeInt(perMetre);
        pd.writeByte(1);   // unit: metre
        chunk(out, "pHYs", phys.toByteArray());
        chunk(out, "IDAT", pixels(image, w, h));
        chunk(out, "IEND", new byte[0]);
    }

    /** The image's rows, each filtered with Up, deflated as one zlib stream. */
    private static byte[] pixels(BufferedImage image, int w, int h) throws IOException {
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            byte[] previous = new byte[3 * w];
            byte[] current = new byte[3 * w];
            byte[] row = new byte[1 + 3 * w];
            row[0] = UP;
            for (int y = 0; y < h; y++) {
                int offset = y * w;
                for (int x = 0; x < w; x++) {
                    int p = argb[offset + x];
                    current[3 * x] = (byte) (p >> 16);
                    current[3 * x + 1] = (byte) (p >> 8);
                    current[3 * x + 2] = (byte) p;
                }
                for (int i = 0; i < current.length; i++) {
                    row[1 + i] = (byte) (current[i] - previous[i]);
                }
                z.write(row);
                byte[] t = previous;
                previous = current;
                current = t;
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] tag = type.getBytes(StandardCharsets.US_ASCII);
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        d.write(tag);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(tag);
        crc.update(data);
        d.writeInt((int) crc.getValue());
        d.flush();
    }

    private static void write(BufferedImage image, int dpi, OutputStream out) throws IOException {
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

package fi.foresight.chart;

import java.awt.Font;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Measures every text of a rendered chart with the chart font's metrics: reads the SVG the renderer writes, finds
 * each {@code <text>} with its position, size and the transforms of its groups, and gives its box on the canvas
 * (advance width × ascent + descent). A chart is legible by rule when every box lies inside the canvas and no two
 * boxes overlap.
 */
final class TextFit {
    /** A text and its box on the canvas. */
    record Placed(String text, Rectangle2D box) {
    }

    private TextFit() {
    }

    /** The texts of the chart drawn in {@code language}, with their boxes. */
    static List<Placed> texts(ChartSpec spec, String language) {
        return texts(ChartRenderer.svg(spec, language));
    }

    /** The texts of an SVG document, with their boxes. */
    static List<Placed> texts(String svg) {
        try {
            var f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            var out = new ArrayList<Placed>();
            var nodes = doc.getElementsByTagName("text");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element t = (Element) nodes.item(i);
                String text = t.getTextContent();
                if (text.isBlank()) {
                    continue;
                }
                double size = 12;
                AffineTransform at = new AffineTransform();
                List<Element> chain = new ArrayList<>();
                for (Node n = t; n instanceof Element e; n = n.getParentNode()) {
                    chain.add(0, e);
                }
                boolean sized = false;
                for (int k = chain.size() - 1; k >= 0 && !sized; k--) {
                    Matcher m = Pattern.compile("font-size:\\s*([0-9.]+)").matcher(chain.get(k).getAttribute("style"));
                    if (m.find()) {
                        size = Double.parseDouble(m.group(1));
                        sized = true;
                    }
                }
                for (Element e : chain) {
                    at.concatenate(transform(e.getAttribute("transform")));
                }
                double x = Double.parseDouble(t.getAttribute("x"));
                double y = Double.parseDouble(t.getAttribute("y"));
                Font font = ChartFonts.font((float) size);
                LineMetrics lm = font.getLineMetrics(text, ChartFonts.MEASURE);
                double w = ChartFonts.width(text, font);
                Rectangle2D local = new Rectangle2D.Double(x, y - lm.getAscent(), w, lm.getAscent() + lm.getDescent());
                out.add(new Placed(text, at.createTransformedShape(local).getBounds2D()));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("unreadable SVG: " + e, e);
        }
    }

    private static AffineTransform transform(String attr) {
        AffineTransform at = new AffineTransform();
        Matcher m = Pattern.compile("(matrix|translate|rotate|scale)\\(([^)]*)\\)").matcher(attr);
        while (m.find()) {
            String[] p = m.group(2).trim().split("[,\\s]+");
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                v[i] = Double.parseDouble(p[i]);
            }
            switch (m.group(1)) {
                case "matrix" -> at.concatenate(new AffineTransform(v[0], v[1], v[2], v[3], v[4], v[5]));
                case "translate" -> at.translate(v[0], v.length > 1 ? v[1] : 0);
                case "rotate" -> at.rotate(Math.toRadians(v[0]), v.length > 2 ? v[1] : 0, v.length > 2 ? v[2] : 0);
                default -> at.scale(v[0], v.length > 1 ? v[1] : v[0]);
            }
        }
        return at;
    }

    /**
     * What breaks the rule: texts outside the canvas and pairs of texts over each other (boxes shrunk by
     * {@code slack} points on each side, for glyphs' side bearings).
     */
    static List<String> problems(List<Placed> texts, double width, double height, double slack) {
        var out = new ArrayList<String>();
        Rectangle2D canvas = new Rectangle2D.Double(-slack, -slack, width + 2 * slack, height + 2 * slack);
        for (Placed p : texts) {
            if (!canvas.contains(p.box())) {
                out.add("outside the canvas: '" + p.text() + "' at " + p.box());
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D a = shrink(texts.get(i).box(), slack);
                Rectangle2D b = shrink(texts.get(j).box(), slack);
                if (a.intersects(b)) {
                    out.add("over each other: '" + texts.get(i).text() + "' and '" + texts.get(j).text() + "'");
                }
            }
        }
        return out;
    }

    private static Rectangle2D shrink(Rectangle2D r, double by) {
        return new Rectangle2D.Double(r.getX() + by, r.getY() + by, Math.max(0, r.getWidth() - 2 * by),
                Math.max(0, r.getHeight() - 2 * by));
    }
}

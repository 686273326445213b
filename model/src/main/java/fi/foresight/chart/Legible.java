package fi.foresight.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps texts inside their room: wraps at word boundaries, and when even that does not fit, abbreviates the
 * last word kept with a full stop (never a middle ellipsis), so that a label stays recognisable.
 */
public final class Legible {
    private Legible() {
    }

    /**
     * The text cut at a word boundary so that it fits {@code width} points in {@code font}; a text that fits
     * comes back unchanged, otherwise whole words are kept and "…" follows.
     *
     * @param text  the text
     * @param font  the font
     * @param width the room in points
     * @return the fitting text
     */
    public static String fit(String text, Font font, double width) {
        if (ChartFonts.width(text, font) <= width) {
            return text;
        }
        String[] words = text.split(" ");
        StringBuilder kept = new StringBuilder();
        for (String w : words) {
            String next = kept.isEmpty() ? w : kept + " " + w;
            if (ChartFonts.width(next + "…", font) > width) {
                break;
            }
            kept.setLength(0);
            kept.append(next);
        }
        if (kept.isEmpty()) {
            String w = words[0];
            int n = w.length();
            while (n > 1 && ChartFonts.width(w.substring(0, n) + ".", font) > width) {
                n--;
            }
            return w.substring(0, n) + ".";
        }
        return kept + "…";
    }

    /**
     * The text wrapped at word boundaries into at most {@code lines} lines of {@code width} points; the last
     * line is {@linkplain #fit fitted} when words remain.
     *
     * @param text  the text
     * @param font  the font
     * @param width the room per line in points
     * @param lines the most lines
     * @return the lines
     */
    public static List<String> wrap(String text, Font font, double width, int lines) {
        var out = new ArrayList<String>();
        String[] words = text.split(" ");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length && out.size() < lines - 1) {
            String next = line.isEmpty() ? words[i] : line + " " + words[i];
            if (ChartFonts.width(next, font) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(next);
                i++;
            } else {
                out.add(fit(line.toString(), font, width));
                line.setLength(0);
            }
        }
        StringBuilder rest = new StringBuilder(line);
        for (; i < words.length; i++) {
            rest.append(rest.isEmpty() ? "" : " ").append(words[i]);
        }
        if (!rest.isEmpty()) {
            out.add(fit(rest.toString(), font, width));
        }
        return out;
    }
}

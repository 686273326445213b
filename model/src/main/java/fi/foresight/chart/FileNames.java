package fi.foresight.chart;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule for file-name-safe names (slugs) of the workbench: chart files named after an outcome column
 * ({@code tornado-index-entrepreneurs}) and the files {@code show()} saves under a chart's title.
 */
public final class FileNames {
    /** The longest slug made from a chart's title, in characters. */
    public static final int TITLE_LENGTH = 60;

    private FileNames() {
    }

    /**
     * Lower-case ASCII letters and digits joined by single hyphens: accents are dropped ("Skenaariot ä" →
     * "skenaariot-a"), every other run of characters becomes one hyphen, and no hyphen leads or trails
     * ({@code index.entrepreneurs} → {@code index-entrepreneurs}).
     *
     * @param text     the text, e.g. an outcome column or a title; null counts as empty
     * @param fallback what to return when the text has no letter or digit
     * @return the slug, or {@code fallback}
     */
    public static String slug(String text, String fallback) {
        return slug(text, Integer.MAX_VALUE, fallback);
    }

    /**
     * As {@link #slug(String, String)}, cut to at most {@code maxLength} characters without a trailing hyphen.
     *
     * @param text      the text; null counts as empty
     * @param maxLength the most characters, &ge; 1
     * @param fallback  what to return when the text has no letter or digit
     * @return the slug, or {@code fallback}
     * @throws IllegalArgumentException when {@code maxLength} is below 1
     */
    public static String slug(String text, int maxLength, String fallback) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength is " + maxLength + "; must be >= 1");
        }
        if (text == null) {
            return fallback;
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder();
        boolean pendingHyphen = false;
        for (char c : ascii.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && sb.length() > 0) {
                    sb.append('-');
                }
                pendingHyphen = false;
                sb.append(c);
            } else {
                pendingHyphen = true;
            }
        }
        String slug = sb.length() > maxLength ? sb.substring(0, maxLength) : sb.toString();
        while (slug.endsWith("-")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return slug.isEmpty() ? fallback : slug;
    }
}

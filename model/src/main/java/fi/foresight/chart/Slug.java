package fi.foresight.chart;

import java.text.Normalizer;
import java.util.Locale;

/** File-name-safe slugs from chart titles. */
final class Slug {

    static final int MAX_LENGTH = 60;

    private Slug() {
    }

    /**
     * Lower-case ASCII letters and digits joined by single hyphens: accents are dropped ("Skenaariot ä" →
     * "skenaariot-a"), every other run of characters becomes one hyphen, and the result is cut to
     * {@value #MAX_LENGTH} characters. A title with nothing usable gives "chart".
     */
    static String of(String title) {
        if (title == null) {
            return "chart";
        }
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
        String slug = sb.length() > MAX_LENGTH ? sb.substring(0, MAX_LENGTH) : sb.toString();
        while (slug.endsWith("-")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        return slug.isEmpty() ? "chart" : slug;
    }
}

package fi.foresight.model;

import java.util.Locale;

/**
 * The one rule for the model's texts in a language: a model gives every text in English ({@code label},
 * {@code description}, {@code title}, a source's {@code text}) and optionally in Finnish ({@code label_fi},
 * {@code description_fi}, {@code title_fi}, {@code text_fi}); asked for Finnish, a text is the Finnish one where
 * given, else the English one. Records expose it as {@code labelIn(language)}, {@code descriptionIn(language)},
 * {@link Model#titleIn(String)} and {@link Model#sourceIn(String, String)}.
 */
public final class Texts {
    /** The code of the model's second language. */
    public static final String FINNISH = "fi";

    private Texts() {
    }

    /**
     * The text in {@code language}: {@code fi} when the language is Finnish and {@code fi} is given (not blank),
     * else {@code en}.
     *
     * @param language a language code such as {@code en} or {@code fi} (any case); null means the default
     * @param en       the English (default) text, may be null
     * @param fi       the Finnish text, or null
     * @return the text in that language, falling back to English; null only when {@code en} is null and no
     *         Finnish text applies
     */
    public static String in(String language, String en, String fi) {
        boolean finnish = language != null && FINNISH.equals(language.toLowerCase(Locale.ROOT));
        return finnish && fi != null && !fi.isBlank() ? fi : en;
    }

    /**
     * Whether a text is missing (null or blank).
     *
     * @param text a text or null
     * @return true when there is no text
     */
    public static boolean missing(String text) {
        return text == null || text.isBlank();
    }
}

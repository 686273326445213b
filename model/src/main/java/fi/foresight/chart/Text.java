package fi.foresight.chart;

import java.util.List;
import java.util.Objects;

/**
 * A chart text in both report languages: English and Finnish. Chart specifications carry texts, never
 * strings, so that one specification renders in either language ({@link ChartSpec}).
 *
 * <p>Where the words come from: the model's own labels (drivers, scenarios, levers, outcomes) give both forms
 * through {@link #label(String, String)} (the Finnish falls back to the English when the model has no
 * {@code label_fi}); the chart's fixed words ("Year", "Share of runs (%)") are written as pairs where the chart
 * is built, with {@link #of(String, String)}; numbers and ids that read alike in both use {@link #plain(String)}.
 *
 * <pre>{@code
 * Text title = Text.of("Distribution of ", "Jakauma: ").plus(Text.label(outcome.label(), outcome.labelFi()));
 * title.in("fi");   // "Jakauma: Kansainvälistyneet pk-yritykset"
 * }</pre>
 *
 * @param en the English text
 * @param fi the Finnish text
 */
public record Text(String en, String fi) {
    /** The empty text. */
    public static final Text EMPTY = new Text("", "");

    /**
     * A text in both languages.
     *
     * @param en the English text
     * @param fi the Finnish text
     */
    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(fi, "fi");
    }

    /**
     * A text given in English and Finnish.
     *
     * @param en the English text
     * @param fi the Finnish text
     * @return the text
     */
    public static Text of(String en, String fi) {
        return new Text(en, fi);
    }

    /**
     * A text that reads the same in both languages (a name, a number, a symbol).
     *
     * @param both the text, null for empty
     * @return the text
     */
    public static Text plain(String both) {
        return both == null ? EMPTY : new Text(both, both);
    }

    /**
     * A model label: the English label and the Finnish one, which falls back to the English when absent.
     *
     * @param label   the English label
     * @param labelFi the Finnish label, or null or blank
     * @return the text
     */
    public static Text label(String label, String labelFi) {
        String en = label == null ? "" : label;
        return new Text(en, labelFi == null || labelFi.isBlank() ? en : labelFi);
    }

    /**
     * Texts that read the same in both languages.
     *
     * @param both the strings
     * @return one text per string
     */
    public static List<Text> plain(List<String> both) {
        return both.stream().map(Text::plain).toList();
    }

    /**
     * The text in a language.
     *
     * @param language {@code "fi"} for Finnish, anything else for English
     * @return the text
     */
    public String in(String language) {
        return "fi".equals(language) ? fi : en;
    }

    /**
     * This text followed by another.
     *
     * @param next the text to append
     * @return the joined text
     */
    public Text plus(Text next) {
        return new Text(en + next.en, fi + next.fi);
    }

    /**
     * This text followed by a string that reads the same in both languages.
     *
     * @param next the string to append
     * @return the joined text
     */
    public Text plus(String next) {
        return new Text(en + next, fi + next);
    }

    /**
     * Whether the text is empty in both languages.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return en.isEmpty() && fi.isEmpty();
    }

    /**
     * An axis title "name (unit)", or just the name when the unit is blank.
     *
     * @param name the quantity
     * @param unit the unit, or null
     * @return the axis title
     */
    public static Text axis(Text name, String unit) {
        return unit == null || unit.isBlank() ? name : name.plus(" (" + unit + ")");
    }
}

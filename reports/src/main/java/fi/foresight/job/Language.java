package fi.foresight.job;

import java.util.Locale;

/** The report languages: all fixed text comes from resource bundles, model text from its label_fi etc. */
public enum Language {
    EN(Locale.ENGLISH),
    FI(Locale.forLanguageTag("fi"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The code used in job files and file names: {@code en}, {@code fi}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

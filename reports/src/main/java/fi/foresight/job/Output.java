package fi.foresight.job;

import java.util.Locale;

/** The formats a run writes ({@code outputs:} in a job file); all by default. */
public enum Output {
    /** report.html: one self-contained file. */
    HTML,
    /** report.pdf: paginated, charts as vectors. */
    PDF,
    /** report.xlsx: one sheet per table. */
    XLSX,
    /** tables/*.csv: one file per result table (needed by {@code foresight report RUN_DIR}). */
    CSV,
    /** charts/*.png, *.svg and *.pdf. */
    PNG;

    /** The word used in job files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

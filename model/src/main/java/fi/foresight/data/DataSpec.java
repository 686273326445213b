package fi.foresight.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a model says about one data file ({@code data: {survey: {file: …, missing: …, scales: …}}}): its name, the
 * file relative to the model file, the texts that mean "no answer", the scales of its Likert columns, the sheet of
 * a workbook, the CSV delimiter and how few answers a column may have before a driver refuses it.
 *
 * <pre>{@code
 * DataSpec spec = DataSpec.of("survey", "data/survey.csv")
 *         .withScales(Map.of("interest", Scale.range(1, 5)));
 * }</pre>
 *
 * @param name       the data set's id, used in references such as {@code survey.q7}
 * @param file       the file as written in the model, relative to the model file (.csv, .tsv, .txt or .xlsx)
 * @param missing    cell texts (after trimming blanks) that mean "no answer"; an empty cell always does
 * @param scales     column header → its answer scale
 * @param sheet      the sheet of an XLSX workbook, or null for the first sheet
 * @param delimiter  the CSV delimiter, or 0 to take the most frequent of comma, semicolon and tab in the header row
 * @param minAnswers the fewest answers (after the missing ones are left out) a driver accepts from one column
 */
public record DataSpec(String name, String file, List<String> missing, Map<String, Scale> scales, String sheet,
                       char delimiter, int minAnswers) {
    /** The texts that mean "no answer" unless the model says otherwise. */
    public static final List<String> DEFAULT_MISSING = List.of("", "NA");
    /** The fewest answers a driver accepts from one column unless the model says otherwise. */
    public static final int DEFAULT_MIN_ANSWERS = 5;

    /**
     * Checks the parts and copies the collections.
     *
     * @param name       the data set's id
     * @param file       the file as written in the model
     * @param missing    texts that mean "no answer" (null: {@link #DEFAULT_MISSING}); "" is always among them
     * @param scales     column header → scale (null: none)
     * @param sheet      the sheet of a workbook, or null for the first
     * @param delimiter  the CSV delimiter, or 0 to detect it
     * @param minAnswers the fewest answers a driver accepts, at least 1
     */
    public DataSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        var m = new java.util.ArrayList<String>();
        m.add("");
        for (String s : missing == null ? DEFAULT_MISSING : missing) {
            String t = s.strip();
            if (!m.contains(t)) {
                m.add(t);
            }
        }
        missing = List.copyOf(m);
        scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales == null ? Map.of() : scales));
        if (minAnswers < 1) {
            throw new IllegalArgumentException("min_answers (" + minAnswers + ") must be at least 1");
        }
        if (delimiter != 0 && delimiter != ',' && delimiter != ';' && delimiter != '\t' && delimiter != '|') {
            throw new IllegalArgumentException("the delimiter must be one of ',', ';', '|' or a tab");
        }
    }

    /**
     * A file with the defaults: cells {@code ""} and {@code NA} missing, no scales, first sheet, detected delimiter,
     * at least {@value #DEFAULT_MIN_ANSWERS} answers per driver.
     *
     * @param name the data set's id
     * @param file the file, relative to the model file
     * @return the specification
     */
    public static DataSpec of(String name, String file) {
        return new DataSpec(name, file, null, null, null, (char) 0, DEFAULT_MIN_ANSWERS);
    }

    /**
     * The same with these scales.
     *
     * @param newScales column header → scale
     * @return a new specification
     */
    public DataSpec withScales(Map<String, Scale> newScales) {
        return new DataSpec(name, file, missing, newScales, sheet, delimiter, minAnswers);
    }

    /**
     * The same with these texts meaning "no answer".
     *
     * @param newMissing the texts (an empty cell is always missing)
     * @return a new specification
     */
    public DataSpec withMissing(List<String> newMissing) {
        return new DataSpec(name, file, newMissing, scales, sheet, delimiter, minAnswers);
    }

    /**
     * Whether the file is a workbook (its name ends in {@code .xlsx}).
     *
     * @return true for XLSX, false for CSV
     */
    public boolean workbook() {
        return file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}

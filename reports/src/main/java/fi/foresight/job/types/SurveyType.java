package fi.foresight.job.types;

import fi.foresight.data.DataSet;
import fi.foresight.data.DataSpec;
import fi.foresight.job.AnalysisOptions;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import fi.foresight.job.Progress;
import fi.foresight.model.Suggestions;
import fi.foresight.survey.SurveySummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code {type: survey, file: data/survey.csv}}: what one of the model's data files holds, column by column, as
 * read and before the model's scales and labels are applied ({@link SurveySummary}).
 *
 * <p>Options: {@code file} (a data file of the model's {@code data:} section, as written there; default the first).
 * {@code foresight survey FILE} runs this analysis on any CSV or XLSX file.
 */
public final class SurveyType implements AnalysisType {
    /** The texts read as a missing answer: an empty cell, NA, N/A and a dash. */
    static final List<String> MISSING = List.of("", "NA", "N/A", "-");

    @Override
    public PlannedAnalysis plan(AnalysisOptions options) {
        Map<String, byte[]> files = options.dataFiles();
        List<String> names = List.copyOf(files.keySet());
        String file = options.text("file").orElse(null);
        if (options.model().isPresent() && names.isEmpty()) {
            options.problem(null, "the model names no data files, so there is nothing to summarise; add a data: "
                    + "section, e.g. data: {survey: {file: data/survey.csv}}, or run foresight survey FILE");
        } else if (file != null && !names.isEmpty() && !files.containsKey(file)) {
            options.problem("file", "'" + file + "' is not a data file of the model" + Suggestions.didYouMean(file,
                    names) + "; its data files are " + names);
        }
        String chosen = file != null && files.containsKey(file) ? file : names.isEmpty() ? null : names.get(0);
        byte[] bytes = chosen == null ? new byte[0] : files.get(chosen);
        var settings = new LinkedHashMap<String, Object>(options.settings());
        settings.put("data", chosen == null ? "" : chosen);
        return PlannedAnalysis.of(options.type(), settings, context -> {
            try (Progress.Task task = context.progress().start("survey", 0)) {
                return summary(chosen, bytes);
            }
        });
    }

    /**
     * The summary of a data file's bytes (CSV, or the first sheet of an XLSX workbook), read without scales: every
     * cell as written; empty cells, {@code NA}, {@code N/A} and {@code -} as missing answers.
     *
     * @param file  the file's name as shown (its extension tells CSV from XLSX)
     * @param bytes its content
     * @return the summary
     * @throws fi.foresight.data.DataException when the file cannot be read as a table
     */
    public static SurveySummary summary(String file, byte[] bytes) {
        return SurveySummary.of(DataSet.parse(bytes, DataSpec.of("survey", file).withMissing(MISSING), file));
    }
}

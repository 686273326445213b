/**
 * Data files of a model: the exports of survey tools (CSV or XLSX, first row headers, one row per respondent) as a
 * {@link fi.foresight.data.DataSet} of respondents × columns, with Likert answers as numbers or as text labels
 * mapped by a {@link fi.foresight.data.Scale}, and the answers of one column, optionally of the respondents a
 * filter selects, as numbers.
 *
 * <p>Every problem of a file names the file, the row and the column as a spreadsheet shows them (row 1 is the
 * header, columns A, B, …) and what would be valid ({@link fi.foresight.data.DataProblem}). Files are data: a
 * formula or a macro is never evaluated, a cell is only ever text, a number or missing.
 *
 * <pre>{@code
 * DataSet survey = DataSet.parse(bytes, DataSpec.of("survey", "data/survey.csv"), "data/survey.csv");
 * double[] forssa = survey.answers("interest", Map.of("subregion", "forssa"));
 * }</pre>
 *
 * <p>The model file's {@code data:} section is read by {@code fi.foresight.io}, which hands each file's bytes here.
 */
package fi.foresight.data;

package fi.foresight.report;

import fi.foresight.job.Language;
import fi.foresight.job.Output;
import fi.foresight.rundir.RunContents;
import fi.foresight.rundir.RunDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a run's report: {@code report.html} and {@code report.pdf} in the first language,
 * {@code report.<lang>.html} and {@code .pdf} in each further one; {@code report.xlsx} and
 * {@code report.<lang>.xlsx} likewise.
 *
 * <pre>{@code
 * RunContents run = RunReader.read(Path.of("runs/demo"));
 * String html = ReportWriter.html(run, Language.FI);
 * }</pre>
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes the report files into {@code dir} one after another; returns their names, in the order written. */
    public static List<String> write(RunContents run, Path dir, Set<Output> outputs, List<Language> languages) {
        return write(run, dir, outputs, languages, 1);
    }

    /**
     * Writes the report files into {@code dir}, up to {@code threads} files at a time (each file is written by one
     * thread, so its bytes do not depend on the count); returns their names in the order of the one-thread write.
     *
     * @param run       the run
     * @param dir       the folder the files go into
     * @param outputs   which of html, pdf and xlsx to write
     * @param languages the report languages, the first without a suffix
     * @param threads   how many files may be written at once (at least 1)
     * @return the names written
     */
    public static List<String> write(RunContents run, Path dir, Set<Output> outputs, List<Language> languages,
                                     int threads) {
        var files = new ArrayList<ReportFile>();
        for (int i = 0; i < languages.size(); i++) {
            Language lang = languages.get(i);
            String stem = i == 0 ? "report" : "report." + lang.code();
            if (outputs.contains(Output.HTML)) {
                files.add(new ReportFile(stem + ".html", out -> out.write(html(run, lang).getBytes(StandardCharsets.UTF_8))));
            }
            if (outputs.contains(Output.PDF)) {
                files.add(new ReportFile(stem + ".pdf", out -> pdf(run, lang, out)));
            }
        }
        for (int i = 0; i < languages.size() && outputs.contains(Output.XLSX); i++) {
            Language lang = languages.get(i);
            files.add(new ReportFile(i == 0 ? "report.xlsx" : "report." + lang.code() + ".xlsx",
                    out -> XlsxReport.write(run, lang, out)));
        }
        ReportFile.writeAll(files, dir, threads);
        return files.stream().map(ReportFile::name).toList();
    }

    /** The self-contained HTML report (charts embedded as SVG). */
    public static String html(RunContents run, Language language) {
        return Templates.render("report.ftlh", Map.of("r", new ReportBuilder(run, language, false).build()));
    }

    /** The PDF report (charts embedded as vector PDF). */
    public static void pdf(RunContents run, Language language, OutputStream out) throws IOException {
        ReportView view = new ReportBuilder(run, language, true).build();
        PdfReport.write(Templates.render("report.ftlh", Map.of("r", view)), view.meta().title(), out);
    }

    /** The XLSX workbook in English (a contents sheet, then one sheet per table). */
    public static void xlsx(RunContents run, OutputStream out) throws IOException {
        XlsxReport.write(run, Language.EN, out);
    }

    /**
     * The XLSX workbook in a language: sheet names, headers, labels and the contents sheet in that language.
     *
     * @param run      the run
     * @param language the workbook's language
     * @param out      where the workbook goes (not closed)
     * @throws IOException when writing fails
     */
    public static void xlsx(RunContents run, Language language, OutputStream out) throws IOException {
        XlsxReport.write(run, language, out);
    }
}

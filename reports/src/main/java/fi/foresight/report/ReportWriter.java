package fi.foresight.report;

import fi.foresight.job.Language;
import fi.foresight.job.Output;
import fi.foresight.rundir.RunContents;
import fi.foresight.rundir.RunDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** Writes the report files into {@code dir}; returns their names, in the order written. */
    public static List<String> write(RunContents run, Path dir, Set<Output> outputs, List<Language> languages) {
        var written = new ArrayList<String>();
        try {
            for (int i = 0; i < languages.size(); i++) {
                Language lang = languages.get(i);
                String stem = i == 0 ? "report" : "report." + lang.code();
                if (outputs.contains(Output.HTML)) {
                    Files.writeString(RunDirectory.resolveConfined(dir, stem + ".html"), html(run, lang), StandardCharsets.UTF_8);
                    written.add(stem + ".html");
                }
                if (outputs.contains(Output.PDF)) {
                    try (OutputStream out = Files.newOutputStream(RunDirectory.resolveConfined(dir, stem + ".pdf"))) {
                        pdf(run, lang, out);
                    }
                    written.add(stem + ".pdf");
                }
            }
            for (int i = 0; i < languages.size() && outputs.contains(Output.XLSX); i++) {
                String name = i == 0 ? "report.xlsx" : "report." + languages.get(i).code() + ".xlsx";
                try (OutputStream out = Files.newOutputStream(RunDirectory.resolveConfined(dir, name))) {
                    XlsxReport.write(run, languages.get(i), out);
                }
                written.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + dir + ": " + e.getMessage(), e);
        }
        return written;
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

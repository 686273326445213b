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
 * {@code report.<lang>.html} and {@code .pdf} in each further one, and one {@code report.xlsx}.
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
            if (outputs.contains(Output.XLSX)) {
                try (OutputStream out = Files.newOutputStream(RunDirectory.resolveConfined(dir, "report.xlsx"))) {
                    XlsxReport.write(run, out);
                }
                written.add("report.xlsx");
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

    /** The XLSX workbook (one sheet per table). */
    public static void xlsx(RunContents run, OutputStream out) throws IOException {
        XlsxReport.write(run, out);
    }
}

package fi.foresight.report;

import java.util.List;
import java.util.Map;

/**
 * What the report templates see: every text already in the report's language and every number already formatted,
 * so the templates only lay things out (and FreeMarker escapes everything they print).
 *
 * @param lang        language code for {@code <html lang>}
 * @param text        the fixed texts of the bundle, by key
 * @param pdf         true when rendering for the PDF (charts as embedded vector PDF pages)
 * @param meta        title, subtitle, introduction and run facts
 * @param summary     the summary page's groups of findings
 * @param sections    one per analysis
 * @param assumptions drivers, scenarios and levers with provenance
 * @param method      method notes
 */
public record ReportView(String lang, Map<String, String> text, boolean pdf, Meta meta, List<Group> summary,
                         List<Section> sections, Assumptions assumptions, Method method) {

    /** {@code cssTitle} is the title as the inside of a CSS string (for the PDF's page footer). */
    public record Meta(String title, String subtitle, String description, List<Fact> facts, String cssTitle) {
    }

    public record Fact(String name, String value) {
    }

    /** Findings under one heading of the summary page. */
    public record Group(String heading, List<String> items) {
    }

    public record Section(String id, String title, String guide, List<Figure> charts, List<TableView> tables) {
    }

    /**
     * A chart in the report's language: {@code svg} is the inline SVG for HTML (null in the PDF report), {@code src}
     * the PDF data URI for the PDF report (null in HTML); {@code caption} is shown under it when the bundle has one
     * ({@code chart.<name>}), else null (the chart carries its own title).
     */
    public record Figure(String name, String title, String caption, String src, String svg) {
    }

    public record TableView(String name, String caption, List<String> headers, List<Boolean> numeric,
                            List<List<String>> rows, String note) {
    }

    public record Assumptions(List<DriverRow> drivers, List<AdjustmentRow> scenarios, List<AdjustmentRow> levers,
                              List<SourceRef> sources) {
    }

    public record DriverRow(String label, String id, String unit, String category, String distribution, String mean,
                            String range, List<String> sources) {
    }

    public record AdjustmentRow(String label, String id, String description, List<String> changes, List<String> sources) {
    }

    public record SourceRef(String id, String text) {
    }

    public record Method(List<Fact> run, List<MethodNote> analyses) {
    }

    public record MethodNote(String title, String text, List<Fact> settings) {
    }
}

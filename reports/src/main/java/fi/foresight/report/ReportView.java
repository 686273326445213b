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
 * @param brief       the decision brief of the first pages, or null when the run has nothing to decide on
 * @param summary     the summary page's groups of findings
 * @param sections    one per analysis
 * @param assumptions drivers, scenarios, levers, panels, outcomes, targets, events and correlations with provenance
 * @param method      method notes
 */
public record ReportView(String lang, Map<String, String> text, boolean pdf, Meta meta, Brief brief, List<Group> summary,
                         List<Section> sections, Assumptions assumptions, Method method) {

    /**
     * The cover.
     *
     * @param title        the report's title
     * @param subtitle     job and date
     * @param description  the job's introduction, or null
     * @param facts        run facts (model, scenarios, levers, samples and seed when the run drew samples)
     * @param cssTitle     the title as the inside of a CSS string (for the PDF's page footer)
     * @param illustrative the line that every number is the model's assumption (and illustrative where the sources
     *                     say so), in the report's language
     */
    public record Meta(String title, String subtitle, String description, List<Fact> facts, String cssTitle,
                       String illustrative) {
    }

    /**
     * A name and its value.
     *
     * @param name  the name
     * @param value the value as text
     */
    public record Fact(String name, String value) {
    }

    /**
     * Findings under one heading of the summary page.
     *
     * @param heading the heading
     * @param items   the findings in words
     */
    public record Group(String heading, List<String> items) {
    }

    /**
     * One analysis.
     *
     * @param id       the anchor
     * @param title    the heading
     * @param guide    how to read it
     * @param caveats  limits of the method that apply to this run's results
     * @param charts   its charts
     * @param tables   its tables, whole
     */
    public record Section(String id, String title, String guide, List<String> caveats, List<Figure> charts,
                          List<TableView> tables) {
    }

    /**
     * A chart in the report's language: {@code svg} is the inline SVG for HTML (null in the PDF report), {@code src}
     * the PDF data URI for the PDF report (null in HTML); {@code caption} is shown under it when the bundle has one
     * ({@code chart.<name>}), else null (the chart carries its own title).
     *
     * @param name    the chart's file name without extension
     * @param title   its title (the image's alternative text)
     * @param caption the caption or null
     * @param src     the PDF data URI (PDF report) or null
     * @param svg     the inline SVG (HTML report) or null
     */
    public record Figure(String name, String title, String caption, String src, String svg) {
    }

    /**
     * A result table, every row.
     *
     * @param name    the table's file name without extension
     * @param caption its caption
     * @param headers column headers in the report's language
     * @param numeric per column, whether it holds numbers (right-aligned)
     * @param rows    the cells as text
     * @param note    columns left out, or the rows being the same in every scenario; null when nothing to say
     * @param wide    whether the table goes on a landscape page in the PDF
     */
    public record TableView(String name, String caption, List<String> headers, List<Boolean> numeric,
                            List<List<String>> rows, String note, boolean wide) {
    }

    /**
     * The decision brief: the question, the chances of reaching each target per lever and future, the lever best
     * in most futures, the assumptions that matter most with the caveats of the method that ranked them, one chart.
     *
     * @param question    the question the run answers
     * @param grids       one lever × scenario grid per target
     * @param best        per target, the lever best in most futures, in words
     * @param weights     how often that lever stays best when the panels' weights vary, or that it is not computed
     * @param robust      the robust lever in words, or null while no robustness analysis ran (slot kept for it)
     * @param assumptions the assumptions that matter most, in words (empty when no sensitivity analysis ran)
     * @param caveats     every caveat of the method that ranked them
     * @param chart       one chart, or null
     */
    public record Brief(String question, List<TargetGrid> grids, List<String> best, String weights, String robust,
                        List<String> assumptions, List<String> caveats, Figure chart) {
    }

    /**
     * The chance of reaching one target, per lever (rows) and scenario (columns).
     *
     * @param target    the target in words
     * @param scenarios the scenarios' labels
     * @param rows      one row per lever
     */
    public record TargetGrid(String target, List<String> scenarios, List<GridRow> rows) {
    }

    /**
     * One lever's chances.
     *
     * @param lever the lever's label
     * @param cells one per scenario
     */
    public record GridRow(String lever, List<GridCell> cells) {
    }

    /**
     * A chance with its ± figure.
     *
     * @param probability the probability as a percentage
     * @param plusMinus   the half-width of its 95 % interval, as a percentage
     * @param raw         the probability as the CSV writes it (for checks)
     * @param best        whether it is the best lever of its scenario
     */
    public record GridCell(String probability, String plusMinus, String raw, boolean best) {
    }

    /**
     * The assumptions section.
     *
     * @param drivers      drivers with their distributions
     * @param scenarios    scenarios and what they change
     * @param levers       levers and what they change
     * @param panels       panels, their weights and sources
     * @param outcomes     outcomes, their units and sources
     * @param targets      targets in words
     * @param events       events in time with their sources
     * @param correlations correlated pairs of drivers
     * @param sources      every source text, by id
     */
    public record Assumptions(List<DriverRow> drivers, List<AdjustmentRow> scenarios, List<AdjustmentRow> levers,
                              List<ElementRow> panels, List<ElementRow> outcomes, List<String> targets,
                              List<ElementRow> events, List<String> correlations, List<SourceRef> sources) {
    }

    /**
     * A driver.
     *
     * @param label        its label
     * @param id           its id
     * @param unit         its unit or ""
     * @param category     its category or ""
     * @param distribution its distribution in words
     * @param mean         its mean
     * @param range        the range holding 90 % of its values
     * @param sources      its source ids
     */
    public record DriverRow(String label, String id, String unit, String category, String distribution, String mean,
                            String range, List<String> sources) {
    }

    /**
     * A scenario or lever.
     *
     * @param label       its label
     * @param id          its id
     * @param description its story
     * @param changes     what it changes, in words
     * @param sources     its source ids
     */
    public record AdjustmentRow(String label, String id, String description, List<String> changes, List<String> sources) {
    }

    /**
     * A panel, outcome or event with what it says and its sources.
     *
     * @param label   its label
     * @param detail  weights, unit or story in words
     * @param sources its source ids
     */
    public record ElementRow(String label, String detail, List<String> sources) {
    }

    /**
     * A source text.
     *
     * @param id   its id
     * @param text its text
     */
    public record SourceRef(String id, String text) {
    }

    /**
     * The method notes.
     *
     * @param run      facts of the run
     * @param analyses one note per analysis
     */
    public record Method(List<Fact> run, List<MethodNote> analyses) {
    }

    /**
     * One analysis's method note.
     *
     * @param title    the analysis
     * @param text     what it does
     * @param settings its settings
     */
    public record MethodNote(String title, String text, List<Fact> settings) {
    }
}

package fi.foresight.report;

import fi.foresight.job.Language;
import fi.foresight.model.Model;
import fi.foresight.report.ReportView.Fact;
import fi.foresight.report.ReportView.Figure;
import fi.foresight.report.ReportView.Meta;
import fi.foresight.report.ReportView.Method;
import fi.foresight.report.ReportView.MethodNote;
import fi.foresight.report.ReportView.Section;
import fi.foresight.rundir.Manifest;
import fi.foresight.rundir.RenderedChart;
import fi.foresight.rundir.RunContents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Turns a run's contents into the {@link ReportView} of one language; never branches on the analysis kind. */
final class ReportBuilder {
    /** Width of a chart in the PDF, in points: the A4 text width less a little air. */
    static final float PDF_CHART_WIDTH = 470f;
    private final RunContents run;
    private final Messages m;
    private final Labels labels;
    private final Numbers numbers;
    private final boolean pdf;

    ReportBuilder(RunContents run, Language language, boolean pdf) {
        this.run = run;
        this.m = Messages.of(language);
        this.labels = new Labels(run.model(), language);
        this.numbers = m.numbers();
        this.pdf = pdf;
    }

    ReportView build() {
        var sections = new ArrayList<Section>();
        var notes = new ArrayList<MethodNote>();
        int i = 0;
        for (RunContents.Result r : run.results()) {
            i++;
            String kind = r.entry().type();
            String title = m.find("section." + kind + ".title").orElse(kind);
            String guide = m.find("section." + kind + ".guide").orElse(m.get("section.generic.guide"));
            if (r.entry().settings().containsKey("at_year")) {
                // a static analysis of a model with a horizon: say which year its numbers are for
                guide = guide + " " + m.fill(m.get("section.at_year"), r.entry().settings(), labels);
            }
            var figures = r.charts().stream().filter(c -> c.language().equals(m.language().code()))
                    .filter(c -> r.entry().onPages(c.name())).map(this::figure).toList();
            // what the analysis's result kept off the pages (run.json's offPages); CSV, XLSX and charts/ keep all
            var tables = r.tables().stream().filter(t -> r.entry().onPages(t.name()))
                    .map(t -> new Tables(m, labels).view(t)).toList();
            var hidden = r.tables().stream().filter(t -> !r.entry().onPages(t.name()))
                    .map(t -> m.find("table." + Tables.baseName(t.name())).orElse(t.name()) + " (tables/" + t.name() + ".csv)")
                    .toList();
            if (!hidden.isEmpty()) {
                // a table kept out of the pages is named, never dropped silently
                guide = guide + " " + m.fill(m.get("section.hidden_tables"), Map.of("tables", String.join("; ", hidden)),
                        labels);
            }
            var caveats = Caveats.of(m, new Summary(m, labels), r.entry());
            sections.add(new Section("s" + i + "-" + kind, title, guide, caveats, figures, tables));
            var settings = new ArrayList<Fact>();
            boolean sampled = sampled();
            r.entry().settings().forEach((k, v) -> {
                if (sampled || !k.equals("seed")) { // a seed of a run that drew nothing is noise
                    settings.add(new Fact(m.find("setting." + k).orElse(k), value(k, v)));
                }
            });
            String method = m.find("section." + kind + ".method").map(p -> m.fill(p, r.entry().settings(), labels)).orElse("");
            notes.add(new MethodNote(title, method, settings));
        }
        Meta meta = meta();
        var brief = new Brief(run, m, labels).build(question(), this::briefFigure);
        return new ReportView(m.language().code(), m.all(), pdf, meta, brief, new Summary(m, labels).groups(run),
                sections, new Provenance(run.model(), run.manifest(), m, labels).assumptions(),
                new Method(runFacts(), notes));
    }

    /** The question the run answers: the job's description, else its title, else the model's title. */
    private String question() {
        Manifest mf = run.manifest();
        boolean fi = m.language() == Language.FI;
        if (fi && mf.job().descriptionFi() != null) {
            return mf.job().descriptionFi();
        }
        if (mf.job().description() != null && !mf.job().description().isBlank()) {
            return mf.job().description();
        }
        String title = fi && mf.job().titleFi() != null ? mf.job().titleFi() : mf.job().title();
        return title != null ? title : run.model().titleIn(m.language().code());
    }

    /**
     * Whether the run drew samples (an analysis with {@code samples} or {@code trajectories}); a run of
     * qualitative analyses only (CIB, MICMAC, futures tables) did not, and its report says nothing of samples or
     * seeds.
     */
    private boolean sampled() {
        return run.manifest().analyses().stream().anyMatch(a -> a.settings().containsKey("samples")
                || a.settings().containsKey("trajectories"));
    }

    /**
     * The line that every number is the model's assumption; "illustrative" where the model's sources say so (a
     * source text holding one of the words of {@code report.brief.markers}, e.g. "illustrative").
     */
    private String illustrative() {
        var markers = List.of(Messages.of(Language.EN).get("report.brief.markers").split(","));
        var ids = new ArrayList<String>();
        run.model().sources().forEach((id, text) -> {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (markers.stream().map(String::trim).filter(w -> !w.isEmpty()).anyMatch(lower::contains)) {
                ids.add(id);
            }
        });
        return ids.isEmpty() ? m.get("brief.assumed")
                : m.fill(m.get("brief.illustrative"), Map.of("sources", String.join(", ", ids)), null);
    }

    /**
     * A chart for the brief, embedded as in the sections; in HTML its SVG ids get a {@code brief-} prefix, since
     * the same chart is inlined again in its section and two elements of one page must not share an id.
     */
    private Figure briefFigure(RenderedChart c) {
        Figure f = figure(c);
        if (f.svg() == null) {
            return f;
        }
        // the renderer's id prefix (ChartRenderer.svg): the file stem with other characters than letters, digits
        // and hyphens as hyphens
        String prefix = RenderedChart.stem(c.name(), c.language()).replaceAll("[^A-Za-z0-9-]", "-") + "-";
        String svg = f.svg().replace("id=\"" + prefix, "id=\"brief-" + prefix).replace("#" + prefix, "#brief-" + prefix);
        return new Figure(f.name(), f.title(), f.caption(), f.src(), svg);
    }

    private Figure figure(RenderedChart c) {
        String caption = m.find("chart." + Tables.baseName(c.name())).orElse(null);
        // the PDF embeds the chart's own vector PDF (text as text); the HTML inlines the SVG once (no base64)
        String src = pdf
                ? "data:application/pdf;base64," + Base64.getEncoder().encodeToString(PdfCharts.fit(c.pdf(), PDF_CHART_WIDTH))
                : null;
        String svg = pdf ? null : ControlCharacters.strip(c.svg());
        return new Figure(c.name(), c.title().isEmpty() ? c.name() : c.title(), caption, src, svg);
    }

    private Meta meta() {
        Manifest mf = run.manifest();
        Model model = run.model();
        boolean fi = m.language() == Language.FI;
        String title = fi && mf.job().titleFi() != null ? mf.job().titleFi()
                : mf.job().title() != null ? mf.job().title() : model.titleIn(m.language().code());
        String subtitle = m.fill(m.get("report.subtitle"), Map.of("job", mf.job().id(), "date", date(mf.started())), null);
        String description = fi && mf.job().descriptionFi() != null ? mf.job().descriptionFi() : mf.job().description();
        var facts = new ArrayList<Fact>();
        facts.add(new Fact(m.get("fact.model"), model.titleIn(m.language().code())));
        boolean sampled = sampled();
        boolean alternatives = mf.scenarios().size() > 1 || mf.levers().size() > 1;
        if (sampled || alternatives) {
            facts.add(new Fact(m.get("fact.scenarios"), String.join(", ", mf.scenarios().stream().map(labels::scenario).toList())));
            facts.add(new Fact(m.get("fact.levers"), String.join(", ", mf.levers().stream().map(labels::lever).toList())));
        }
        if (sampled) {
            facts.add(new Fact(m.get("fact.samples"), numbers.integer(mf.samples())));
            facts.add(new Fact(m.get("fact.seed"), Long.toString(mf.seed())));
        }
        String css = title.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n\\t]", " ");
        return new Meta(title, subtitle, description, facts, css, illustrative());
    }

    private List<Fact> runFacts() {
        Manifest mf = run.manifest();
        var facts = new ArrayList<Fact>();
        facts.add(new Fact(m.get("fact.job"), mf.job().id() + (mf.job().sha256() == null ? ""
                : " (SHA-256 " + mf.job().sha256().substring(0, 12) + "\u2026)")));
        facts.add(new Fact(m.get("fact.model"), mf.model().id() + (mf.model().sha256() == null ? ""
                : " (SHA-256 " + mf.model().sha256().substring(0, 12) + "\u2026)")));
        if (sampled()) {
            facts.add(new Fact(m.get("fact.seed"), Long.toString(mf.seed())));
            facts.add(new Fact(m.get("fact.samples"), numbers.integer(mf.samples())));
            facts.add(new Fact(m.get("fact.threads"), Integer.toString(mf.threads())));
        }
        facts.add(new Fact(m.get("fact.started"), dateTime(mf.started())));
        mf.versions().forEach((k, v) -> facts.add(new Fact(m.find("version." + k).orElse(k), v)));
        return facts;
    }

    private String value(String key, Object v) {
        if (v instanceof Number n && (key.equals("seed") || key.equals("at_year"))) {
            return Long.toString(n.longValue());
        }
        if (v instanceof Number n && Tables.isYear(key)) {
            return numbers.year(n.longValue());
        }
        if (v instanceof Integer || v instanceof Long) {
            return numbers.integer(((Number) v).longValue());
        }
        if (v instanceof Number n) {
            return numbers.number(n.doubleValue());
        }
        if (v instanceof Boolean b) {
            return m.get(b ? "value.yes" : "value.no");
        }
        if (v instanceof List<?> list) {
            return String.join(", ", list.stream().map(x -> labels.forArgument(key, String.valueOf(x))).toList());
        }
        // a word chosen from a fixed set (design: sobol, others: median) in the reader's language
        return m.find("value." + key + "." + v).orElseGet(() -> labels.forArgument(key, String.valueOf(v)));
    }

    private String date(String iso) {
        if (iso == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(m.language().locale())
                .format(Instant.parse(iso).atZone(ZoneOffset.UTC));
    }

    private String dateTime(String iso) {
        if (iso == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(m.language().locale())
                .format(Instant.parse(iso).atZone(ZoneOffset.UTC)) + " UTC";
    }
}

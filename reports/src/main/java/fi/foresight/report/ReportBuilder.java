package fi.foresight.report;

import fi.foresight.job.Language;
import fi.foresight.job.Limits;
import fi.foresight.model.Adjustment;
import fi.foresight.model.Driver;
import fi.foresight.model.Model;
import fi.foresight.model.Change;
import fi.foresight.report.ReportView.AdjustmentRow;
import fi.foresight.report.ReportView.Assumptions;
import fi.foresight.report.ReportView.DriverRow;
import fi.foresight.report.ReportView.Fact;
import fi.foresight.report.ReportView.Figure;
import fi.foresight.report.ReportView.Group;
import fi.foresight.report.ReportView.Meta;
import fi.foresight.report.ReportView.Method;
import fi.foresight.report.ReportView.MethodNote;
import fi.foresight.report.ReportView.Section;
import fi.foresight.report.ReportView.SourceRef;
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
            var figures = r.charts().stream().filter(c -> c.language().equals(m.language().code()))
                    .filter(c -> chartShown(c.name())).map(this::figure).toList();
            var tables = r.tables().stream().filter(t -> Tables.shown(m, t.name()))
                    .map(t -> new Tables(m, labels).view(t, Limits.MAX_REPORT_ROWS)).toList();
            sections.add(new Section("s" + i + "-" + kind, title, guide, figures, tables));
            var settings = new ArrayList<Fact>();
            r.entry().settings().forEach((k, v) -> settings.add(new Fact(m.find("setting." + k).orElse(k), value(k, v))));
            String method = m.find("section." + kind + ".method").map(p -> m.fill(p, r.entry().settings(), labels)).orElse("");
            notes.add(new MethodNote(title, method, settings));
        }
        return new ReportView(m.language().code(), m.all(), pdf, meta(), new Summary(m, labels).groups(run),
                sections, assumptions(), new Method(runFacts(), notes));
    }

    /**
     * Whether the report shows a chart: {@code report.hide.chart.<prefix>=true} in the bundle keeps charts named
     * {@code <prefix>} or {@code <prefix>-…} out of the HTML and PDF (charts/ has them all).
     */
    private boolean chartShown(String name) {
        for (var e : m.all().entrySet()) {
            if (e.getKey().startsWith("report.hide.chart.") && Boolean.parseBoolean(e.getValue())) {
                String prefix = e.getKey().substring("report.hide.chart.".length());
                if (name.equals(prefix) || name.startsWith(prefix + "-")) {
                    return false;
                }
            }
        }
        return true;
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
                : mf.job().title() != null ? mf.job().title() : model.title();
        String subtitle = m.fill(m.get("report.subtitle"), Map.of("job", mf.job().id(), "date", date(mf.started())), null);
        String description = fi && mf.job().descriptionFi() != null ? mf.job().descriptionFi() : mf.job().description();
        var facts = List.of(
                new Fact(m.get("fact.model"), model.title()),
                new Fact(m.get("fact.scenarios"), String.join(", ", mf.scenarios().stream().map(labels::scenario).toList())),
                new Fact(m.get("fact.levers"), String.join(", ", mf.levers().stream().map(labels::lever).toList())),
                new Fact(m.get("fact.samples"), numbers.integer(mf.samples())),
                new Fact(m.get("fact.seed"), Long.toString(mf.seed())));
        String css = title.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n\\t]", " ");
        return new Meta(title, subtitle, description, facts, css);
    }

    private List<Fact> runFacts() {
        Manifest mf = run.manifest();
        var facts = new ArrayList<Fact>();
        facts.add(new Fact(m.get("fact.job"), mf.job().id() + (mf.job().sha256() == null ? ""
                : " (SHA-256 " + mf.job().sha256().substring(0, 12) + "\u2026)")));
        facts.add(new Fact(m.get("fact.model"), mf.model().id() + (mf.model().sha256() == null ? ""
                : " (SHA-256 " + mf.model().sha256().substring(0, 12) + "\u2026)")));
        facts.add(new Fact(m.get("fact.seed"), Long.toString(mf.seed())));
        facts.add(new Fact(m.get("fact.samples"), numbers.integer(mf.samples())));
        facts.add(new Fact(m.get("fact.threads"), Integer.toString(mf.threads())));
        facts.add(new Fact(m.get("fact.started"), dateTime(mf.started())));
        mf.versions().forEach((k, v) -> facts.add(new Fact(m.find("version." + k).orElse(k), v)));
        return facts;
    }

    private Assumptions assumptions() {
        Model model = run.model();
        var drivers = new ArrayList<DriverRow>();
        for (Driver d : model.drivers()) {
            var dist = d.distribution();
            String range = numbers.number(dist.quantile(0.05)) + " \u2013 " + numbers.number(dist.quantile(0.95));
            drivers.add(new DriverRow(labels.of(d), d.id(), d.unit() == null ? "" : d.unit(),
                    d.category() == null ? "" : d.category(), DistributionText.describe(dist, m),
                    numbers.number(dist.mean()), range, d.sources()));
        }
        var scenarios = new ArrayList<AdjustmentRow>();
        for (String id : run.manifest().scenarios()) {
            model.allScenarios().stream().filter(s -> s.id().equals(id) && !s.overrides().isEmpty())
                    .findFirst().ifPresent(s -> scenarios.add(adjustment(s)));
        }
        var levers = new ArrayList<AdjustmentRow>();
        for (String id : run.manifest().levers()) {
            model.allLevers().stream().filter(s -> s.id().equals(id) && !s.overrides().isEmpty())
                    .findFirst().ifPresent(s -> levers.add(adjustment(s)));
        }
        var sources = new ArrayList<SourceRef>();
        model.sources().forEach((k, v) -> sources.add(new SourceRef(k, v)));
        return new Assumptions(drivers, scenarios, levers, sources);
    }

    private AdjustmentRow adjustment(Adjustment a) {
        var changes = new ArrayList<String>();
        for (Change o : a.overrides()) {
            changes.add(change(o));
        }
        return new AdjustmentRow(labels.of(a), a.id(), labels.description(a), changes, a.sources());
    }

    private String change(Change o) {
        String driver = labels.driver(o.driver());
        if (o instanceof Change.SetDistribution s) {
            return m.fill(m.get("override.set"), Map.of("driver", driver,
                    "distribution", DistributionText.describe(s.distribution(), m)), null);
        }
        if (o instanceof Change.Shift s) {
            return m.fill(m.get("override.shift"), Map.of("driver", driver, "amount", s.amount()), null);
        }
        if (o instanceof Change.Scale s) {
            return m.fill(m.get("override.scale"), Map.of("driver", driver, "factor", s.factor()), null);
        }
        var w = (Change.SetWeight) o;
        String panel = w.panel().equals(Change.SetWeight.ALL_PANELS) ? m.get("override.all_panels") : labels.panel(w.panel());
        return m.fill(m.get("override.weight"), Map.of("driver", driver, "panel", panel, "weight", w.weight()), null);
    }

    private String value(String key, Object v) {
        if (v instanceof Number n && (key.equals("seed"))) {
            return Long.toString(n.longValue());
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

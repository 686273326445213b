package fi.foresight.report;

import fi.foresight.report.ReportView.Figure;
import fi.foresight.report.ReportView.GridCell;
import fi.foresight.report.ReportView.GridRow;
import fi.foresight.report.ReportView.TargetGrid;
import fi.foresight.rundir.Manifest;
import fi.foresight.rundir.RenderedChart;
import fi.foresight.rundir.RunContents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The decision brief of a report's first pages, from what the run computed: the Monte Carlo chances of reaching
 * each target per lever and scenario ({@code montecarlo-exceedance}), the weights analysis's chance that a lever
 * stays first ({@code weight-alternatives}), the sensitivity finding named first in {@code report.brief.assumptions}
 * with its method's caveats, and the first chart named in {@code report.brief.charts}. Nothing here is a figure of its
 * own: every number is one of the run's tables, formatted.
 */
final class Brief {
    /** z of a two-sided 95 % interval: the ± figure is 1.96 standard errors. */
    static final double Z95 = 1.959963984540054;
    static final String EXCEEDANCE = "montecarlo-exceedance";
    static final String ALTERNATIVES = "weight-alternatives";

    private final RunContents run;
    private final Messages m;
    private final Labels labels;
    private final Summary summary;

    Brief(RunContents run, Messages m, Labels labels) {
        this.run = run;
        this.m = m;
        this.labels = labels;
        this.summary = new Summary(m, labels);
    }

    /** The brief; {@code figure} turns a chart into what the page embeds. */
    ReportView.Brief build(String question, Function<RenderedChart, Figure> figure) {
        var grids = new ArrayList<TargetGrid>();
        var best = new ArrayList<String>();
        Map<String, Integer> winsOverall = new LinkedHashMap<>();
        table(EXCEEDANCE).ifPresent(t -> {
            for (String target : distinct(t, "target")) {
                Table part = t.where(t.stringColumn("target").isEqualTo(target));
                TargetGrid grid = grid(target, part);
                grids.add(grid);
                best.add(bestSentence(target, part, winsOverall));
            }
        });
        String topLever = winsOverall.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).orElse(null);
        String weights = grids.isEmpty() ? null : weights(topLever);
        var ranked = assumptions();
        List<String> assumptions = ranked.map(r -> List.of(summary.sentence(r.finding()))).orElse(List.of());
        List<String> caveats = ranked.map(r -> Caveats.of(m, summary, r.result().entry())).orElse(List.of());
        return new ReportView.Brief(question, grids, best, weights, robust(), assumptions, caveats, chart(figure));
    }

    private TargetGrid grid(String target, Table part) {
        List<String> scenarios = distinct(part, "scenario");
        List<String> levers = distinct(part, "lever");
        Map<String, Double> bestOf = new LinkedHashMap<>();
        for (String s : scenarios) {
            bestOf.put(s, probabilities(part, s).values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
        var rows = new ArrayList<GridRow>();
        for (String lever : levers) {
            var cells = new ArrayList<GridCell>();
            for (String s : scenarios) {
                int i = row(part, s, lever);
                if (i < 0) {
                    cells.add(new GridCell("\u2013", "", "", false));
                    continue;
                }
                double p = number(part, "probability", i);
                double se = part.columnNames().contains("se") ? number(part, "se", i) : Double.NaN;
                boolean isBest = bestOf.get(s) > 0 && p == bestOf.get(s);
                cells.add(new GridCell(m.numbers().percent(p), Double.isNaN(se) ? "" : m.numbers().percent(Z95 * se),
                        Double.toString(p), isBest));
            }
            rows.add(new GridRow(labels.lever(lever), cells));
        }
        return new TargetGrid(labels.target(target), scenarios.stream().map(labels::scenario).toList(), rows);
    }

    private String bestSentence(String target, Table part, Map<String, Integer> winsOverall) {
        List<String> scenarios = distinct(part, "scenario");
        Map<String, Integer> wins = new LinkedHashMap<>();
        distinct(part, "lever").forEach(l -> wins.put(l, 0));
        for (String s : scenarios) {
            Map<String, Double> ps = probabilities(part, s);
            double max = ps.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            if (max > 0) {
                ps.forEach((lever, p) -> {
                    if (p == max) {
                        wins.merge(lever, 1, Integer::sum);
                    }
                });
            }
        }
        wins.forEach((l, w) -> winsOverall.merge(l, w, Integer::sum));
        var top = wins.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        if (top == null || top.getValue() == 0) {
            return m.fill(m.get("brief.best.none"), Map.of("target", labels.target(target)), labels);
        }
        return m.fill(m.get("brief.best"), Map.of("lever", top.getKey(), "wins", top.getValue(),
                "count", scenarios.size(), "target", labels.target(target)), labels);
    }

    private String weights(String lever) {
        Optional<Table> t = table(ALTERNATIVES);
        if (t.isEmpty()) {
            return m.get("brief.weights.not_computed");
        }
        if (lever == null) {
            return null;
        }
        Table a = t.get();
        for (int i = 0; i < a.rowCount(); i++) {
            if (a.stringColumn("lever").get(i).equals(lever)) {
                return m.fill(m.get("brief.weights"), Map.of("lever", lever, "p", number(a, "p_first", i),
                        "outcome", a.stringColumn("outcome").get(i), "scenario", a.stringColumn("scenario").get(i)), labels);
            }
        }
        return m.fill(m.get("brief.weights.not_compared"), Map.of("lever", lever), labels);
    }

    private String robust() {
        for (RunContents.Result r : run.results()) {
            for (Manifest.FindingEntry f : r.entry().findings()) {
                if (m.find("report.robust." + f.key()).map(Boolean::parseBoolean).orElse(false)) {
                    return summary.sentence(f);
                }
            }
        }
        return null;
    }

    private record Ranked(RunContents.Result result, Manifest.FindingEntry finding) {
    }

    private Optional<Ranked> assumptions() {
        for (String key : list("report.brief.assumptions")) {
            for (RunContents.Result r : run.results()) {
                for (Manifest.FindingEntry f : r.entry().findings()) {
                    if (f.key().equals(key)) {
                        return Optional.of(new Ranked(r, f));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Figure chart(Function<RenderedChart, Figure> figure) {
        var outcomes = new LinkedHashSet<String>();
        table(EXCEEDANCE).ifPresent(t -> outcomes.addAll(distinct(t, "outcome")));
        for (String prefix : list("report.brief.charts")) {
            RenderedChart first = null;
            for (RunContents.Result r : run.results()) {
                for (RenderedChart c : r.charts()) {
                    // the chart drawn in the report's own language (a run drawn in English only lends it)
                    if (!c.name().startsWith(prefix) || !c.language().equals(m.language().code())) {
                        continue;
                    }
                    if (outcomes.stream().anyMatch(o -> c.name().endsWith("-" + o))) {
                        return figure.apply(c);
                    }
                    first = first == null ? c : first;
                }
            }
            if (first != null) {
                return figure.apply(first);
            }
        }
        return null;
    }

    /** The first table of the run with this name (a repeated analysis's {@code -2} copies come later). */
    private Optional<Table> table(String name) {
        for (RunContents.Result r : run.results()) {
            for (Table t : r.tables()) {
                if (t.name().equals(name)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, Double> probabilities(Table part, String scenario) {
        var out = new LinkedHashMap<String, Double>();
        for (int i = 0; i < part.rowCount(); i++) {
            if (part.stringColumn("scenario").get(i).equals(scenario)) {
                out.put(part.stringColumn("lever").get(i), number(part, "probability", i));
            }
        }
        return out;
    }

    private static int row(Table t, String scenario, String lever) {
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.stringColumn("scenario").get(i).equals(scenario) && t.stringColumn("lever").get(i).equals(lever)) {
                return i;
            }
        }
        return -1;
    }

    private static double number(Table t, String column, int row) {
        return ((NumericColumn<?>) t.column(column)).getDouble(row);
    }

    private static List<String> distinct(Table t, String column) {
        return new ArrayList<>(new LinkedHashSet<>(t.stringColumn(column).asList()));
    }

    private List<String> list(String key) {
        return m.find(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }
}

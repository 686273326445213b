package fi.foresight.sensitivity;

import fi.foresight.chart.FileNames;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tornado and spider data of a {@link Tornado} run. Tables: {@code tornado} ({@code outcome, variable, low_input,
 * high_input, low_output, high_output, swing}, largest swing first per outcome) and {@code spider}
 * ({@code outcome, variable, percentile, input, output}). Charts: a tornado and a spider plot per outcome.
 */
public final class TornadoResult implements AnalysisResult {
    /** The quantile levels of the swing and what the other inputs were held at ({@code median} or {@code mean}). */
    public record Settings(String scenario, String lever, double low, double high, String others) {
    }

    private final Settings settings;
    private final Map<String, Double> base;
    private final List<Swing> swings;
    private final List<SpiderPoint> spider;
    private final List<String> notes;

    TornadoResult(Settings settings, Map<String, Double> base, List<Swing> swings, List<SpiderPoint> spider,
                  List<String> notes) {
        this.settings = settings;
        this.base = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(base));
        this.swings = List.copyOf(swings);
        this.spider = List.copyOf(spider);
        this.notes = List.copyOf(notes);
    }

    @Override
    public String kind() {
        return "tornado";
    }

    /**
     * How the analysis was run, to report it and to repeat it.
     *
     * @return the settings
     */
    public Settings settings() {
        return settings;
    }

    /**
     * The outcome columns analysed.
     *
     * @return the columns, in model order
     */
    public List<String> outcomes() {
        return List.copyOf(base.keySet());
    }

    /**
     * The outcome with every input at its base value (median or mean).
     *
     * @param outcome an outcome column of the run
     * @return the base value of the outcome
     * @throws IllegalArgumentException when the outcome was not analysed
     */
    public double base(String outcome) {
        Double b = base.get(outcome);
        if (b == null) {
            throw new IllegalArgumentException("unknown outcome '" + outcome + "'; outcomes are " + base.keySet());
        }
        return b;
    }

    /**
     * Swings of all outcomes, each outcome's largest first.
     *
     * @return the swings
     */
    public List<Swing> swings() {
        return swings;
    }

    /**
     * The swings of one outcome, largest first: the bars of its tornado.
     *
     * @param outcome an outcome column of the run
     * @return the swings
     * @throws IllegalArgumentException when the outcome was not analysed
     */
    public List<Swing> swings(String outcome) {
        base(outcome);
        return swings.stream().filter(s -> s.outcome().equals(outcome)).toList();
    }

    /**
     * The swing of one input for one outcome.
     *
     * @param outcome  an outcome column of the run
     * @param variable an input id
     * @return the swing
     * @throws IllegalArgumentException when the outcome or input was not analysed
     */
    public Swing swing(String outcome, String variable) {
        return swings(outcome).stream().filter(s -> s.variable().equals(variable)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no input '" + variable + "'"));
    }

    /**
     * The spider data of all outcomes: the outcome at the 5th, 10th, …, 95th percentile of each input.
     *
     * @return the points
     */
    public List<SpiderPoint> spider() {
        return spider;
    }

    /**
     * The spider data of one outcome.
     *
     * @param outcome an outcome column of the run
     * @return the points
     * @throws IllegalArgumentException when the outcome was not analysed
     */
    public List<SpiderPoint> spider(String outcome) {
        base(outcome);
        return spider.stream().filter(s -> s.outcome().equals(outcome)).toList();
    }

    /**
     * Warnings about the run that a reader of the results should know (e.g. ignored correlations).
     *
     * @return the notes, possibly empty
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * The table {@code tornado}: {@code outcome, variable, low_input, high_input, low_output, high_output, swing},
     * largest swing first per outcome.
     *
     * @return a new table
     */
    public Table table() {
        return Table.create("tornado",
                StringColumn.create("outcome", swings.stream().map(Swing::outcome)),
                StringColumn.create("variable", swings.stream().map(Swing::variable)),
                DoubleColumn.create("low_input", swings.stream().mapToDouble(Swing::lowInput)),
                DoubleColumn.create("high_input", swings.stream().mapToDouble(Swing::highInput)),
                DoubleColumn.create("low_output", swings.stream().mapToDouble(Swing::lowOutput)),
                DoubleColumn.create("high_output", swings.stream().mapToDouble(Swing::highOutput)),
                DoubleColumn.create("swing", swings.stream().mapToDouble(Swing::swing)));
    }

    /**
     * The table {@code spider}: {@code outcome, variable, percentile, input, output}.
     *
     * @return a new table
     */
    public Table spiderTable() {
        return Table.create("spider",
                StringColumn.create("outcome", spider.stream().map(SpiderPoint::outcome)),
                StringColumn.create("variable", spider.stream().map(SpiderPoint::variable)),
                DoubleColumn.create("percentile", spider.stream().mapToDouble(p -> Math.round(p.percentile() * 100))),
                DoubleColumn.create("input", spider.stream().mapToDouble(SpiderPoint::input)),
                DoubleColumn.create("output", spider.stream().mapToDouble(SpiderPoint::output)));
    }

    @Override
    public List<Table> tables() {
        return List.of(table(), spiderTable());
    }

    @Override
    public Map<String, ChartSpec> charts() {
        var charts = new LinkedHashMap<String, ChartSpec>();
        for (String outcome : outcomes()) {
            charts.put("tornado-" + FileNames.slug(outcome, "outcome"), SensitivityCharts.tornado(this, outcome));
            charts.put("spider-" + FileNames.slug(outcome, "outcome"), SensitivityCharts.spider(this, outcome));
        }
        return charts;
    }

    @Override
    public List<Finding> findings() {
        var findings = new ArrayList<Finding>();
        for (String outcome : outcomes()) {
            var list = swings(outcome);
            if (list.isEmpty()) {
                continue;
            }
            Swing top = list.get(0);
            var args = new LinkedHashMap<String, Object>();
            args.put("outcome", outcome);
            args.put("variable", top.variable());
            args.put("label", top.label());
            args.put("swing", top.swing());
            args.put("base", base(outcome));
            findings.add(new Finding("tornado.largest_swing", args, 10));
        }
        return findings;
    }

    @Override
    public String toString() {
        return "Tornado (" + String.join(" ", notes) + ")\n" + table().printAll();
    }
}

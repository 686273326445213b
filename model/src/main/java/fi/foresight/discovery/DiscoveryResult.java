package fi.foresight.discovery;

import fi.foresight.chart.ChartSpec;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What scenario discovery found: the table {@code scenario-discovery} (one row per box and restricted input, one row with an empty input for a box that restricts none:
 * {@code box, input, lower, upper, coverage, density, mass, quasi_p}; a categorical input lists its values in
 * {@code lower}, an open side is empty), the table {@code scenario-discovery-trajectory} (PRIM's steps: {@code box,
 * step, coverage, density, mass, restricted, phase, chosen}), the charts (see {@link DiscoveryCharts}) and the
 * findings {@code scenario_discovery.box.one|two} (the first box: arguments {@code outcome, condition, driver,
 * limit[, driver_2, limit_2], coverage, density, boxes}) or {@code scenario_discovery.none} (no box: {@code outcome,
 * condition, share, threshold}; {@code .none.densest} with PRIM's densest step as {@code densest}).
 *
 * @param settings  how the search ran
 * @param outcome   the outcome column
 * @param atLeast   the condition's lower bound, NaN for none
 * @param atMost    the condition's upper bound, NaN for none
 * @param futures   the futures searched
 * @param cases     the futures meeting the condition
 * @param inputs    the input names
 * @param minimum   each input's smallest value (its smallest category index for a categorical input)
 * @param maximum   each input's largest value
 * @param boxes     the boxes found
 * @param unreported PRIM's steps of the last search that reached no box (in the trajectory table as the next box
 *                   number, none chosen), or empty
 */
public record DiscoveryResult(DiscoverySettings settings, String outcome, double atLeast, double atMost, int futures,
                              int cases, List<String> inputs, double[] minimum, double[] maximum,
                              List<DiscoveryBox> boxes, List<DiscoveryBox.Step> unreported)
        implements AnalysisResult {
    /**
     * Searches a kept sample.
     *
     * @param sample   the futures
     * @param atLeast  the condition's lower bound, NaN for none
     * @param atMost   the condition's upper bound, NaN for none
     * @param settings how to search
     * @return the result
     */
    public static DiscoveryResult of(DiscoverySample sample, double atLeast, double atMost, DiscoverySettings settings) {
        return of(sample.outcome(), sample.data(atLeast, atMost), atLeast, atMost, settings);
    }

    /**
     * Searches any data.
     *
     * @param outcome  the outcome's name
     * @param data     the futures
     * @param atLeast  the condition's lower bound, NaN for none
     * @param atMost   the condition's upper bound, NaN for none
     * @param settings how to search
     * @return the result
     */
    public static DiscoveryResult of(String outcome, DiscoveryData data, double atLeast, double atMost,
                                     DiscoverySettings settings) {
        int d = data.inputs();
        double[] min = new double[d];
        double[] max = new double[d];
        for (int k = 0; k < d; k++) {
            min[k] = Double.POSITIVE_INFINITY;
            max[k] = Double.NEGATIVE_INFINITY;
            for (double v : data.x()[k]) {
                min[k] = Math.min(min[k], v);
                max[k] = Math.max(max[k], v);
            }
        }
        DiscoverySettings.Found found = settings.find(data);
        return new DiscoveryResult(settings, outcome, atLeast, atMost, data.size(), data.cases(), data.names(), min,
                max, found.boxes(), found.unreported());
    }

    @Override
    public String kind() {
        return "scenario_discovery";
    }

    /**
     * The condition in symbols, e.g. {@code ≤ 0.6} or {@code 0.2–0.6}.
     *
     * @return the condition
     */
    public String condition() {
        if (Double.isNaN(atLeast)) {
            return "\u2264 " + number(atMost);
        }
        return Double.isNaN(atMost) ? "\u2265 " + number(atLeast) : number(atLeast) + "\u2013" + number(atMost);
    }

    @Override
    public List<Table> tables() {
        var t = Table.create("scenario-discovery");
        var box = IntColumn.create("box");
        var input = StringColumn.create("input");
        var lower = StringColumn.create("lower");
        var upper = StringColumn.create("upper");
        var coverage = DoubleColumn.create("coverage");
        var density = DoubleColumn.create("density");
        var mass = DoubleColumn.create("mass");
        var quasiP = DoubleColumn.create("quasi_p");
        for (DiscoveryBox b : boxes) {
            // a box that restricts nothing (the condition holds nearly everywhere) still gets its row
            var rows = b.restrictions().isEmpty()
                    ? List.of(new DiscoveryBox.Restriction("", Double.NaN, Double.NaN, List.of(), Double.NaN))
                    : b.restrictions();
            for (DiscoveryBox.Restriction r : rows) {
                box.append(b.number());
                input.append(r.input());
                lower.append(r.values().isEmpty() ? number(r.lower()) : String.join(" ", r.values()));
                upper.append(number(r.upper()));
                coverage.append(b.coverage());
                density.append(b.density());
                mass.append(b.mass());
                quasiP.append(r.quasiP());
            }
        }
        t.addColumns(box, input, lower, upper, coverage, density, mass, quasiP);
        var tr = Table.create("scenario-discovery-trajectory");
        var tb = IntColumn.create("box");
        var step = IntColumn.create("step");
        var tc = DoubleColumn.create("coverage");
        var td = DoubleColumn.create("density");
        var tm = DoubleColumn.create("mass");
        var restricted = IntColumn.create("restricted");
        var phase = StringColumn.create("phase");
        var chosen = BooleanColumn.create("chosen");
        for (DiscoveryBox b : boxes) {
            for (DiscoveryBox.Step s : b.trajectory()) {
                tb.append(b.number());
                step.append(s.step());
                tc.append(s.coverage());
                td.append(s.density());
                tm.append(s.mass());
                restricted.append(s.restricted());
                phase.append(s.phase());
                chosen.append(s.chosen());
            }
        }
        for (DiscoveryBox.Step s : unreported) {
            tb.append(boxes.size() + 1);
            step.append(s.step());
            tc.append(s.coverage());
            td.append(s.density());
            tm.append(s.mass());
            restricted.append(s.restricted());
            phase.append(s.phase());
            chosen.append(false);
        }
        tr.addColumns(tb, step, tc, td, tm, restricted, phase, chosen);
        return List.of(t, tr);
    }

    @Override
    public Map<String, ChartSpec> charts() {
        return DiscoveryCharts.of(this);
    }

    @Override
    public List<Finding> findings() {
        var args = new LinkedHashMap<String, Object>();
        args.put("outcome", outcome);
        args.put("condition", condition());
        if (boxes.isEmpty()) {
            args.put("share", futures == 0 ? 0.0 : (double) cases / futures);
            args.put("threshold", settings.threshold());
            if (unreported.isEmpty()) {
                return List.of(new Finding("scenario_discovery.none", args, 6));
            }
            args.put("densest", unreported.stream().mapToDouble(DiscoveryBox.Step::density).max().orElse(0));
            return List.of(new Finding("scenario_discovery.none.densest", args, 6));
        }
        DiscoveryBox b = boxes.get(0);
        var order = new ArrayList<>(b.restrictions());
        // the strongest restrictions first: smallest quasi-p (CART has none: tree order)
        order.sort((x, y) -> Double.compare(Double.isNaN(x.quasiP()) ? 1 : x.quasiP(),
                Double.isNaN(y.quasiP()) ? 1 : y.quasiP()));
        if (order.isEmpty()) {
            args.put("share", (double) cases / futures);
            args.put("threshold", settings.threshold());
            return List.of(new Finding("scenario_discovery.everywhere", args, 6));
        }
        args.put("driver", order.get(0).input());
        args.put("limit", limit(order.get(0)));
        if (order.size() > 1) {
            args.put("driver_2", order.get(1).input());
            args.put("limit_2", limit(order.get(1)));
        }
        args.put("coverage", b.coverage());
        args.put("density", b.density());
        args.put("boxes", boxes.size());
        return List.of(new Finding(order.size() > 1 ? "scenario_discovery.box.two" : "scenario_discovery.box.one",
                args, 6));
    }

    /**
     * A restriction in symbols: {@code ≥ 0.7}, {@code ≤ 0.3}, {@code 0.2–0.4} or the values kept.
     *
     * @param r a restriction
     * @return its limits as text
     */
    public static String limit(DiscoveryBox.Restriction r) {
        if (!r.values().isEmpty()) {
            return String.join(", ", r.values());
        }
        if (Double.isNaN(r.lower())) {
            return "\u2264 " + number(r.upper());
        }
        return Double.isNaN(r.upper()) ? "\u2265 " + number(r.lower()) : number(r.lower()) + "\u2013" + number(r.upper());
    }

    /** A limit with four significant digits, empty for NaN. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}

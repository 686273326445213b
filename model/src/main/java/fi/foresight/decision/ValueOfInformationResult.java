package fi.foresight.decision;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.Text;
import fi.foresight.model.InputId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The value of information: the table {@code value-of-information} ({@code input, kind, evppi, se, share}; the EVPI
 * first as {@code input = all}, then the inputs by EVPPI; {@code kind} is {@code all}, {@code scenario},
 * {@code driver} or {@code weights}, the latter named {@code weights:<panel>}; {@code share} is EVPPI / EVPI), a bar
 * chart (inputs worth more than 2 SE highlighted) and the findings {@code value_of_information.evpi} and
 * {@code value_of_information.first.<driver|weights|scenario>} (or {@code value_of_information.none_first}).
 *
 * @param outcome  the outcome column
 * @param maximise whether higher is better
 * @param levers   the levers chosen among
 * @param best     the lever best on average (the choice without further information)
 * @param futures  the simulated futures pooled over the scenarios
 * @param rows     EVPI first, then one row per input, the largest EVPPI first
 * @param labels   display labels in both languages by {@code driver:id}, {@code panel:id} and {@code outcome:id}
 */
public record ValueOfInformationResult(String outcome, boolean maximise, List<String> levers, String best, long futures,
                                       List<Row> rows, Map<String, Text> labels) implements AnalysisResult {
    /**
     * One estimate.
     *
     * @param input the input ({@code all}, {@code scenario}, a driver id or {@code weights:<panel>})
     * @param kind  {@code all}, {@code scenario}, {@code driver} or {@code weights}
     * @param evppi the estimate, in the outcome's unit
     * @param se    its standard error
     */
    public record Row(String input, String kind, double evppi, double se) {
    }

    static ValueOfInformationResult estimate(FutureGridResult g, boolean maximise, double[] weights, int bins,
                                             Map<String, Text> labels) {
        List<String> scen = g.scenarios().stream().distinct().toList();
        int levers = g.runs() / scen.size();
        int n = g.samples();
        int total = scen.size() * n;
        double sign = maximise ? 1 : -1;
        double[][] y = new double[levers][total];
        double[] w = new double[total];
        double sumW = 0;
        for (int s = 0; s < scen.size(); s++) {
            sumW += weights == null ? 1 : weights[s];
        }
        for (int s = 0; s < scen.size(); s++) {
            double ws = (weights == null ? 1 : weights[s]) / sumW;
            for (int l = 0; l < levers; l++) {
                double[] f = g.futures()[s * levers + l];
                for (int i = 0; i < n; i++) {
                    y[l][s * n + i] = sign * f[i];
                }
            }
            java.util.Arrays.fill(w, s * n, (s + 1) * n, ws);
        }
        int k = bins > 0 ? bins : Math.max(2, Math.min(100, total / 1000));
        var rows = new ArrayList<Row>();
        Evppi.Estimate evpi = Evppi.perfect(y, w);
        if (scen.size() > 1) {
            int[] bin = new int[total];
            for (int i = 0; i < total; i++) {
                bin[i] = i / n;
            }
            Evppi.Estimate e = Evppi.categorical(y, w, bin, scen.size());
            rows.add(new Row("scenario", "scenario", e.value(), e.se()));
        }
        var groups = new LinkedHashMap<String, List<double[]>>();
        List<String> names = g.inputNames().get(0);
        for (int j = 0; j < names.size(); j++) {
            double[] x = pooled(g, scen.size(), levers, names.get(j), n);
            if (x == null || constant(x)) {
                continue;
            }
            String name = names.get(j);
            if (InputId.parse(name) instanceof InputId.PanelWeight weight) {
                groups.computeIfAbsent(weight.panel(), p -> new ArrayList<>()).add(x);
            } else {
                Evppi.Estimate e = Evppi.binnedOnQuantiles(y, w, x, k);
                rows.add(new Row(name, "driver", e.value(), e.se()));
            }
        }
        groups.forEach((panel, xs) -> {
            Evppi.Estimate e = Evppi.regression(y, w, xs.toArray(double[][]::new));
            rows.add(new Row("weights:" + panel, "weights", e.value(), e.se()));
        });
        rows.sort(Comparator.comparingDouble(Row::evppi).reversed());
        rows.add(0, new Row("all", "all", evpi.value(), evpi.se()));
        double[] mean = new double[levers];
        for (int l = 0; l < levers; l++) {
            for (int i = 0; i < total; i++) {
                mean[l] += w[i] * y[l][i];
            }
        }
        int best = 0;
        for (int l = 1; l < levers; l++) {
            best = mean[l] > mean[best] ? l : best;
        }
        List<String> leverIds = g.levers().subList(0, levers);
        return new ValueOfInformationResult(g.outcome(), maximise, List.copyOf(leverIds), leverIds.get(best), total,
                List.copyOf(rows), Map.copyOf(labels));
    }

    /** The input's draws under the first lever of each scenario, pooled; null when a scenario lacks it. */
    private static double[] pooled(FutureGridResult g, int scenarios, int levers, String name, int n) {
        double[] x = new double[scenarios * n];
        for (int s = 0; s < scenarios; s++) {
            int j = g.inputNames().get(s * levers).indexOf(name);
            if (j < 0) {
                return null;
            }
            System.arraycopy(g.inputs()[s * levers][j], 0, x, s * n, n);
        }
        return x;
    }

    private static boolean constant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The EVPI row.
     *
     * @return the row of {@code input = all}
     */
    public Row evpi() {
        return rows.get(0);
    }

    @Override
    public String kind() {
        return "value_of_information";
    }

    @Override
    public List<Table> tables() {
        var input = StringColumn.create("input");
        var kind = StringColumn.create("kind");
        var evppi = DoubleColumn.create("evppi");
        var se = DoubleColumn.create("se");
        var share = DoubleColumn.create("share");
        double all = evpi().evppi();
        for (Row r : rows) {
            input.append(r.input());
            kind.append(r.kind());
            evppi.append(r.evppi());
            se.append(r.se());
            share.append(all > 0 ? r.evppi() / all : Double.NaN);
        }
        var t = Table.create("value-of-information");
        t.addColumns(input, kind, evppi, se, share);
        return List.of(t);
    }

    @Override
    public Map<String, ChartSpec> charts() {
        var names = new ArrayList<Text>();
        double[] v = new double[rows.size()];
        boolean[] worth = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            names.add(switch (r.kind()) {
                case "all" -> Text.of("Everything (EVPI)", "Kaikki (täydellisen tiedon arvo)");
                case "scenario" -> Text.of("Which scenario", "Mikä skenaario toteutuu");
                case "weights" -> labels.getOrDefault("panel:" + r.input().substring(8), Text.plain(r.input()))
                        .plus(Text.of(" (weights)", " (painot)"));
                default -> labels.getOrDefault("driver:" + r.input(), Text.plain(r.input()));
            });
            v[i] = r.evppi();
            worth[i] = r.evppi() > 2 * r.se();
        }
        Text outcomeText = labels.getOrDefault("outcome:" + outcome, Text.plain(outcome));
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        charts.put("value-of-information", Charts.highlightBars(Text.of("Value of information: ", "Tiedon arvo: ")
                        .plus(outcomeText), Text.of("Expected gain in ", "Odotettu hyöty: ").plus(outcomeText), names,
                v, worth, Text.of("More than two standard errors above zero", "Yli kaksi keskivirhettä nollan yläpuolella"),
                Text.of("Not distinguishable from zero", "Ei erotu nollasta")));
        return charts;
    }

    @Override
    public List<Finding> findings() {
        var out = new ArrayList<Finding>();
        Row all = evpi();
        var args = new LinkedHashMap<String, Object>();
        args.put("outcome", outcome);
        args.put("lever", best);
        args.put("evpi", all.evppi());
        args.put("se", all.se());
        out.add(new Finding("value_of_information.evpi", args, 6));
        Row first = rows.size() > 1 ? rows.get(1) : null;
        if (first != null && first.evppi() > 2 * first.se() && all.evppi() > 0) {
            var a = new LinkedHashMap<String, Object>();
            a.put("outcome", outcome);
            switch (first.kind()) {
                case "driver" -> a.put("driver", first.input());
                case "weights" -> a.put("panel", first.input().substring("weights:".length()));
                default -> { }
            }
            a.put("evppi", first.evppi());
            a.put("se", first.se());
            a.put("share", first.evppi() / all.evppi());
            out.add(new Finding("value_of_information.first." + first.kind(), a, 7));
        } else {
            out.add(new Finding("value_of_information.none_first", Map.of("outcome", outcome), 7));
        }
        return out;
    }
}

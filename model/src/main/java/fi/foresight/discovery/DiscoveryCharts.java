package fi.foresight.discovery;

import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Charts;
import fi.foresight.chart.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of scenario discovery: {@code scenario-discovery-tradeoff} (PRIM's coverage against density along the
 * first box's trajectory) and {@code scenario-discovery-limits} (each box's numeric limits against the input's range,
 * in tenths of the range: 1 where the box covers the whole tenth).
 */
final class DiscoveryCharts {
    private static final int TENTHS = 10;

    private DiscoveryCharts() {
    }

    static Map<String, ChartSpec> of(DiscoveryResult r) {
        var charts = new LinkedHashMap<String, ChartSpec>();
        var steps = r.boxes().isEmpty() ? r.unreported() : r.boxes().get(0).trajectory();
        if (!steps.isEmpty()) {
            double[] coverage = steps.stream().mapToDouble(DiscoveryBox.Step::coverage).toArray();
            double[] density = steps.stream().mapToDouble(DiscoveryBox.Step::density).toArray();
            charts.put("scenario-discovery-tradeoff", Charts.overlay(
                    Text.of("Coverage against density: box 1", "Kattavuus ja tiheys: laatikko 1"),
                    Text.of("Coverage", "Kattavuus"), Text.of("Density", "Tiheys"), coverage,
                    Map.of(Text.of("Box 1", "Laatikko 1"), density)));
        }
        var rows = new ArrayList<Text>();
        var cells = new ArrayList<double[]>();
        for (DiscoveryBox b : r.boxes()) {
            for (DiscoveryBox.Restriction x : b.restrictions()) {
                int k = r.inputs().indexOf(x.input());
                if (!x.values().isEmpty() || k < 0 || !(r.maximum()[k] > r.minimum()[k])) {
                    continue;
                }
                double lo = Double.isNaN(x.lower()) ? r.minimum()[k] : x.lower();
                double hi = Double.isNaN(x.upper()) ? r.maximum()[k] : x.upper();
                double width = (r.maximum()[k] - r.minimum()[k]) / TENTHS;
                double[] row = new double[TENTHS];
                for (int t = 0; t < TENTHS; t++) {
                    double a = r.minimum()[k] + t * width;
                    double overlap = Math.min(hi, a + width) - Math.max(lo, a);
                    row[t] = Math.round(100 * Math.max(0, overlap) / width) / 100.0;
                }
                rows.add(Text.plain(b.number() + ": " + x.input()));
                cells.add(row);
            }
        }
        if (!rows.isEmpty()) {
            List<Text> columns = new ArrayList<>();
            for (int t = 0; t < TENTHS; t++) {
                columns.add(Text.of((t * 10) + "\u2013" + (t * 10 + 10) + " %", (t * 10) + "\u2013" + (t * 10 + 10) + "\u00a0%"));
            }
            charts.put("scenario-discovery-limits", Charts.heatGrid(Text.of("Box limits within each input's range",
                    "Laatikon rajat kunkin syötteen vaihteluvälillä"),
                    rows, columns, cells.toArray(double[][]::new)));
        }
        return charts;
    }
}

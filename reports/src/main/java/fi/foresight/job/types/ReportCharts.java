package fi.foresight.job.types;

import fi.foresight.chart.BarSpec;
import fi.foresight.chart.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Report charts with long labels (the model's driver labels) laid out horizontally: grouped horizontal bars,
 * categories from the top down in the order given.
 */
final class ReportCharts {
    private ReportCharts() {
    }

    /** One bar per series in each category, the first category at the top. */
    static BarSpec bars(Text title, Text valueLabel, List<Text> categories, Map<Text, double[]> series) {
        var out = new ArrayList<BarSpec.BarSeries>();
        for (var e : series.entrySet()) {
            double[] v = e.getValue().clone();
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.isFinite(v[i]) ? v[i] : 0.0;
            }
            out.add(new BarSpec.BarSeries(e.getKey(), v, null, null));
        }
        return BarSpec.of(title, valueLabel, categories, out, true);
    }
}

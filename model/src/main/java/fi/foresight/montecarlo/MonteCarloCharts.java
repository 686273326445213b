package fi.foresight.montecarlo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;

/** Charts of Monte Carlo results (placeholder until the chart package lands). */
public final class MonteCarloCharts {
    private MonteCarloCharts() {
    }

    public static Map<String, Chart<?, ?>> all(MonteCarloResult result) {
        return new LinkedHashMap<>();
    }
}

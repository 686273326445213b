package fi.foresight.job;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/** Small helpers for analysis types that adapt a result for the report. */
public final class AnalysisResults {
    private AnalysisResults() {
    }

    /**
     * {@code result} with extra charts (after its own) and extra findings (after its own). Used by an analysis type
     * while its analysis does not yet offer charts or findings itself.
     */
    public static AnalysisResult withExtras(AnalysisResult result, Map<String, Chart<?, ?>> extraCharts,
                                            List<Finding> extraFindings) {
        return new AnalysisResult() {
            @Override
            public String kind() {
                return result.kind();
            }

            @Override
            public List<Table> tables() {
                return result.tables();
            }

            @Override
            public Map<String, Chart<?, ?>> charts() {
                var all = new LinkedHashMap<String, Chart<?, ?>>(result.charts());
                extraCharts.forEach(all::putIfAbsent);
                return all;
            }

            @Override
            public List<Finding> findings() {
                var all = new java.util.ArrayList<>(result.findings());
                all.addAll(extraFindings);
                return List.copyOf(all);
            }
        };
    }
}

package fi.foresight.job;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.Table;

/** Small helpers for analysis types that adapt a result for the report. */
public final class AnalysisResults {
    private AnalysisResults() {
    }

    /**
     * {@code result} with report extras: charts made from the result's own charts (the extras come first, the
     * result's own charts after them; a name the result uses itself is not replaced) and findings made from its own
     * findings (the extras after them). The functions run once per call of {@code charts()} or {@code findings()}.
     * What the report keeps off its pages is the result's choice ({@link AnalysisResult#tableOnPages},
     * {@link AnalysisResult#chartOnPages}); the extras are shown.
     *
     * @param result        the analysis's own result
     * @param extraCharts   charts for the report, made from the result's own charts
     * @param extraFindings findings for the report, made from the result's own findings
     * @return the result with the extras
     */
    public static AnalysisResult withExtras(AnalysisResult result,
                                            Function<Map<String, ChartSpec>, Map<String, ChartSpec>> extraCharts,
                                            Function<List<Finding>, List<Finding>> extraFindings) {
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
            public Map<String, ChartSpec> charts() {
                Map<String, ChartSpec> own = result.charts();
                var all = new LinkedHashMap<String, ChartSpec>();
                extraCharts.apply(own).forEach((k, v) -> {
                    if (!own.containsKey(k)) {
                        all.put(k, v);
                    }
                });
                all.putAll(own);
                return all;
            }

            @Override
            public List<Finding> findings() {
                List<Finding> own = result.findings();
                var all = new ArrayList<>(own);
                all.addAll(extraFindings.apply(own));
                return List.copyOf(all);
            }

            @Override
            public boolean tableOnPages(String table) {
                return result.tableOnPages(table);
            }

            @Override
            public boolean chartOnPages(String chart) {
                return result.chartOnPages(chart);
            }
        };
    }
}

package fi.foresight.testing;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.job.AnalysisType;
import fi.foresight.job.PlannedAnalysis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Analysis types that exist only in tests: fixed results, failures on purpose, hostile names. */
public final class FakeAnalyses {
    private FakeAnalyses() {
    }

    /** A result with the given parts. */
    public static AnalysisResult result(String kind, List<Table> tables, Supplier<Map<String, fi.foresight.chart.ChartSpec>> charts,
                                        List<Finding> findings) {
        return new AnalysisResult() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public List<Table> tables() {
                return tables;
            }

            @Override
            public Map<String, fi.foresight.chart.ChartSpec> charts() {
                return charts.get();
            }

            @Override
            public List<Finding> findings() {
                return findings;
            }
        };
    }

    /** A small table named {@code name} with a driver column. */
    public static Table table(String name) {
        return Table.create(name, StringColumn.create("driver", "readiness", "climate"),
                DoubleColumn.create("effect", 0.25, 0.125));
    }

    /** A small chart. */
    public static fi.foresight.chart.ChartSpec chart(String title) {
        return fi.foresight.chart.Charts.overlay(fi.foresight.chart.Text.plain(title),
                fi.foresight.chart.Text.plain("x"), fi.foresight.chart.Text.plain("y"), new double[] {0, 1, 2},
                Map.of(fi.foresight.chart.Text.plain("s"), new double[] {1, 3, 2}));
    }

    /** {@code {type: fake}}: one table, one chart, one finding; reads an optional {@code label} option. */
    public static AnalysisType fake() {
        return options -> {
            String note = options.text("note").orElse("");
            return PlannedAnalysis.of(options, ctx -> result("fake", List.of(table("fake-effects")),
                    () -> {
                        var m = new LinkedHashMap<String, fi.foresight.chart.ChartSpec>();
                        m.put("fake-chart", chart("Fake effects " + note));
                        return m;
                    },
                    List.of(new Finding("fake.top_driver", Map.of("driver", "readiness"), 1))));
        };
    }

    /** {@code {type: boom}}: fails when it runs. */
    public static AnalysisType failing() {
        return options -> PlannedAnalysis.of(options, ctx -> {
            throw new IllegalStateException("injected failure for the test");
        });
    }

    /** {@code {type: broken_charts}}: runs, but its charts cannot be made (fails while results are written). */
    public static AnalysisType brokenCharts() {
        return options -> PlannedAnalysis.of(options, ctx -> result("broken_charts", List.of(table("broken-table")),
                () -> {
                    throw new IllegalStateException("injected failure while drawing");
                }, List.of()));
    }

    /** {@code {type: escape}}: a result whose table name tries to leave the run directory. */
    public static AnalysisType escaping(String tableName) {
        return options -> PlannedAnalysis.of(options, ctx -> result("escape", List.of(table(tableName)),
                Map::of, List.of()));
    }
}

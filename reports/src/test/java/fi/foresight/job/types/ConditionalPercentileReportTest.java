package fi.foresight.job.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.analysis.Finding;
import fi.foresight.chart.BarSpec;
import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.statistics.QuantileSketch;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A conditional tornado of a percentile: its chart and findings say which percentile, in English and Finnish. */
class ConditionalPercentileReportTest {
    @Test
    void theChartAndFindingsNameThePercentile() {
        Model m = Model.builder("wild")
                .variable("wild_card", Bernoulli.of(0.1)).variable("x", Uniform.of(0, 1))
                .outcome("y", "10 * wild_card + x")
                .build();
        MonteCarloResult r = MonteCarlo.of(m).samples(20_000).seed(3).conditionalTornado("y")
                .conditionalPercentile(0.5).run();
        BarSpec chart = (BarSpec) ConditionalTornadoReport.charts(r).values().iterator().next();
        assertTrue(chart.title().en().endsWith("(P50)"), chart.title().en());
        assertTrue(chart.series().get(0).name().en().contains("lowest P50"), chart.series().get(0).name().en());
        assertTrue(chart.series().get(0).name().fi().contains("P50 on pienin"), chart.series().get(0).name().fi());
        List<Finding> found = ConditionalTornadoReport.findings(r);
        Finding hidden = found.stream().filter(f -> f.key().equals("tornado.conditional.pct.hidden_event")).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals("50", hidden.arguments().get("percentile"));
        // given the event y is uniform on [10, 11], else on [0, 1]: medians 10.5 and 0.5, within four standard errors
        // of a sample quantile, 4 √(0.25 / n), plus the bin sketch's rank-error bound (density 1). (Not P90: within
        // a decile of x, P(y <= t) is exactly 0.9 from the decile's top up to 10, so x's P90 bar is unstable.)
        var bins = r.run("base", "none").conditionalTornado().orElseThrow().bins().stream()
                .filter(b -> b.variable().equals("wild_card")).toList();
        assertEquals(10.5, (double) hidden.arguments().get("with"), tolerance(bins.get(1).n()));
        assertEquals(0.5, (double) hidden.arguments().get("without"), tolerance(bins.get(0).n()));
        Finding top = found.stream().filter(f -> f.key().startsWith("tornado.conditional.pct.top_inputs.")).findFirst()
                .orElseThrow();
        assertEquals("wild_card", top.arguments().get("variable_1"));
        for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"))) {
            ResourceBundle b = ResourceBundle.getBundle("fi.foresight.report.messages", l);
            for (Finding f : found) {
                assertTrue(b.containsKey(f.key()) && b.containsKey("summary.group." + f.key()), l + " " + f.key());
            }
        }
    }

    private static double tolerance(long n) {
        return 4 * Math.sqrt(0.25 / n) + QuantileSketch.boundFor(n, 2048);
    }
}

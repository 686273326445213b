package fi.foresight.montecarlo;

import fi.foresight.chart.ChartExport;
import fi.foresight.distributions.Bernoulli;
import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Triangular;
import fi.foresight.model.Driver;
import fi.foresight.model.ExpressionOutcome;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.model.WeightedIndex;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The Monte Carlo charts of a real run, for reviewers: a condensed, in-code version of the Kanta-Häme example
 * (scenarios/kanta-hame/model.yaml: the same drivers, panels and scenario logic, fewer of them), 100,000
 * samples per scenario × lever. Writes {@code montecarlo-<chart>.png}:
 *
 * <pre>{@code
 * mvn -o -q -B -pl model test -Dtest=MonteCarloGalleryTest -Dforesight.gallery.dir=docs/img
 * }</pre>
 */
public final class MonteCarloGallery {
    private MonteCarloGallery() {
    }

    public static void main(String[] args) {
        write(Path.of(args.length > 0 ? args[0] : "docs/img"), 100);
    }

    static Model model() {
        Driver[] drivers = {
            Driver.of("readiness", Pert.of(0.30, 0.50, 0.70)).label("Companies' readiness to internationalise")
                    .unit("score 0–1").range(0, 1),
            Driver.of("attitude_climate", Pert.of(0.50, 0.70, 0.90)).label("Supportive attitude climate")
                    .unit("score 0–1").range(0, 1),
            Driver.of("entrepreneur_interest", Beta.of(55, 67)).label("Entrepreneurs interested (survey)")
                    .unit("share").range(0, 1),
            Driver.of("services_funding_share", Triangular.of(0.05, 0.10, 0.20))
                    .label("Services and funding directed at internationalisation").unit("share").range(0, 0.4),
            Driver.of("spb_access", Triangular.of(0.30, 0.60, 0.90)).label("St. Petersburg market access")
                    .unit("degree 0–1").range(0, 1),
            Driver.of("service_network", Pert.of(0.20, 0.45, 0.80)).label("International service network")
                    .unit("degree 0–1").range(0, 1),
            Driver.of("regional_cooperation", Pert.of(0.30, 0.60, 0.90)).label("Cooperation of the sub-regions")
                    .unit("degree 0–1").range(0, 1),
            Driver.of("interreg_funding", Bernoulli.of(0.5)).label("INTERREG funding granted").unit("event"),
            Driver.of("internationalisation_level", Triangular.of(0.10, 0.16, 0.24))
                    .label("SMEs operating internationally (2018)").unit("share").range(0, 0.4)};
        var b = Model.builder("kanta_hame_condensed").title("Kanta-Häme internationalisation 2030 (condensed)");
        for (Driver d : drivers) {
            b.variable(d);
        }
        return b
                .correlation("attitude_climate", "entrepreneur_interest", 0.4)
                .correlation("regional_cooperation", "service_network", 0.3)
                .panel(Panel.of("entrepreneurs").label("Entrepreneurs").dirichlet(60).poolWeight(2)
                        .weights(weights("readiness", 3, "entrepreneur_interest", 2, "services_funding_share", 2,
                                "spb_access", 1.5, "service_network", 1, "internationalisation_level", 1)))
                .panel(Panel.of("development_centres").label("Development centres").dirichlet(40)
                        .weights(weights("readiness", 1.5, "service_network", 3, "services_funding_share", 2,
                                "regional_cooperation", 2, "interreg_funding", 1.5, "spb_access", 1)))
                .outcome(WeightedIndex.of("internationalisation_index").label("Internationalisation index 2030")
                        .unit("index 0–1"))
                .outcome(ExpressionOutcome.of("international_share_2030", "clamp(internationalisation_level * "
                                + "(1 + 2 * (internationalisation_index - 0.4)) + 0.02 * interreg_funding, 0, 1)")
                        .label("Share of SMEs operating internationally in 2030").unit("share"))
                .target(Target.atLeast("internationalisation_index", 0.6))
                .scenario(Scenario.of("gateway_east").label("Gateway East")
                        .set("spb_access", Pert.of(0.60, 0.80, 0.95))
                        .set("regional_cooperation", Pert.of(0.60, 0.80, 0.95)))
                .scenario(Scenario.of("baltic_turn").label("Baltic turn")
                        .set("spb_access", Pert.of(0.0, 0.10, 0.30))
                        .set("regional_cooperation", Pert.of(0.60, 0.80, 0.95))
                        .set("interreg_funding", Bernoulli.of(0.7)))
                .scenario(Scenario.of("inward_region").label("Inward region")
                        .set("spb_access", Pert.of(0.0, 0.10, 0.30))
                        .set("regional_cooperation", Pert.of(0.10, 0.30, 0.50)))
                .lever(Lever.of("build_service_network").label("Network")
                        .set("service_network", Pert.of(0.50, 0.75, 0.95)))
                .build();
    }

    private static Map<String, Double> weights(Object... pairs) {
        var w = new LinkedHashMap<String, Double>();
        for (int i = 0; i < pairs.length; i += 2) {
            w.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return w;
    }

    static MonteCarloResult run() {
        return MonteCarlo.of(model()).samples(100_000).seed(2030).run();
    }

    /**
     * Two contrasting scenarios × two levers: four boxes. (The shared box plot cannot yet lay out many long
     * category labels: they overlap up to six boxes and the last box is dropped once labels are tilted.)
     */
    static MonteCarloResult boxes(MonteCarloResult r) {
        return r.select(java.util.List.of("gateway_east", "inward_region"),
                java.util.List.of("none", "build_service_network"));
    }

    /** The five chart types for the index: histogram, CDF, exceedance, box plot, convergence. */
    static Map<String, Chart<?, ?>> charts(MonteCarloResult r) {
        var charts = new LinkedHashMap<String, Chart<?, ?>>();
        String o = "internationalisation_index";
        MonteCarloResult noLever = r.select(r.settings().scenarios(), java.util.List.of("none"));
        charts.put("montecarlo-histogram", MonteCarloCharts.histogram(noLever, o));
        charts.put("montecarlo-cdf", MonteCarloCharts.cdf(noLever, o));
        charts.put("montecarlo-exceedance", MonteCarloCharts.exceedance(noLever, o));
        charts.put("montecarlo-boxplot", MonteCarloCharts.boxPlot(boxes(r), o));
        charts.put("montecarlo-convergence", MonteCarloCharts.convergence(r, "base", "none", o));
        return charts;
    }

    static void write(Path dir, int dpi) {
        charts(run()).forEach((name, chart) -> ChartExport.png(chart, dir.resolve(name + ".png"), dpi));
    }
}

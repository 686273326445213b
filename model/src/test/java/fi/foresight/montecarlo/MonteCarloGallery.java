package fi.foresight.montecarlo;

import fi.foresight.io.ModelFiles;
import fi.foresight.chart.ChartExport;
import fi.foresight.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;

/**
 * The Monte Carlo charts of a real run, for reviewers: the Kanta-Häme example
 * ({@code scenarios/kanta-hame/model.yaml}), four scenarios × two levers, 100,000 samples each. Writes
 * {@code montecarlo-<chart>.png}:
 *
 * <pre>{@code
 * mvn -o -q -B -pl model test -Dtest=MonteCarloGalleryTest -Dforesight.gallery.dir=../docs/img
 * }</pre>
 */
public final class MonteCarloGallery {
    static final String OUTCOME = "internationalisation_index";

    private MonteCarloGallery() {
    }

    public static void main(String[] args) {
        write(Path.of(args.length > 0 ? args[0] : "docs/img"), 100);
    }

    /** The example model, found from the repository root or from the module directory. */
    static Model model() {
        for (String dir : List.of("scenarios", "../scenarios")) {
            Path p = Path.of(dir, "kanta-hame", "model.yaml");
            if (Files.isRegularFile(p)) {
                return ModelFiles.load(p);
            }
        }
        throw new IllegalStateException("scenarios/kanta-hame/model.yaml not found from " + Path.of("").toAbsolutePath());
    }

    static MonteCarloResult run(long samples) {
        return MonteCarlo.of(model()).samples(samples).seed(2030)
                .scenarios("base", "gateway_east", "baltic_turn", "inward_region")
                .levers("none", "build_service_network").run();
    }

    /** The five chart types for the index: histogram, CDF, exceedance, box plot, convergence. */
    static Map<String, ChartSpec> charts(MonteCarloResult r) {
        var charts = new LinkedHashMap<String, ChartSpec>();
        MonteCarloResult noLever = r.select(r.settings().scenarios(), List.of("none"));
        charts.put("montecarlo-histogram", MonteCarloCharts.histogram(noLever, OUTCOME));
        charts.put("montecarlo-cdf", MonteCarloCharts.cdf(noLever, OUTCOME));
        charts.put("montecarlo-exceedance", MonteCarloCharts.exceedance(noLever, OUTCOME));
        charts.put("montecarlo-boxplot", MonteCarloCharts.boxPlot(
                r.select(List.of("gateway_east", "inward_region"), r.settings().levers()), OUTCOME));
        charts.put("montecarlo-convergence", MonteCarloCharts.convergence(r, "base", "none", OUTCOME));
        return charts;
    }

    static void write(Path dir, int dpi) {
        charts(run(100_000)).forEach((name, chart) -> ChartExport.png(chart, "en", dir.resolve(name + ".png"), dpi));
    }
}

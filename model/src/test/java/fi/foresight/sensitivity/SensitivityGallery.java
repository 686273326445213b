package fi.foresight.sensitivity;

import fi.foresight.chart.ChartExport;
import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.TruncatedNormal;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import fi.foresight.model.WeightedIndex;
import fi.foresight.montecarlo.MonteCarlo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import fi.foresight.chart.ChartSpec;

/**
 * One example of every sensitivity chart on a small regional-growth model (seeded, reproducible). Refresh the
 * pictures in docs/img with:
 *
 * <pre>{@code
 * mvn -o -q -B -pl model test -Dtest=SensitivityGalleryTest -Dforesight.gallery.dir=../docs/img
 * }</pre>
 */
final class SensitivityGallery {
    private SensitivityGallery() {
    }

    /** A regional growth model with two stakeholder panels, three scenarios and two levers. */
    static Model model() {
        return Model.builder("regional_growth")
                .variable(Driver.of("readiness", Triangular.of(0.3, 0.5, 0.8)).label("Readiness to export"))
                .variable(Driver.of("funding", Uniform.of(0.2, 0.7)).label("Public funding"))
                .variable(Driver.of("market", Beta.of(4, 3)).label("Eastern market access"))
                .variable(Driver.of("skills", TruncatedNormal.of(0.6, 0.12, 0, 1)).label("Skilled labour"))
                .variable(Driver.of("energy", Pert.of(0.1, 0.3, 0.9)).label("Energy price shock"))
                .outcome("growth", "2 * readiness * market + 1.5 * funding + skills^2 - 0.8 * energy * (1 - readiness)")
                .panel(Panel.of("entrepreneurs").label("Entrepreneurs")
                        .weight("readiness", 3).weight("market", 2).weight("funding", 1).weight("energy", 1))
                .panel(Panel.of("centres").label("Development centres")
                        .weight("skills", 2).weight("funding", 2).weight("readiness", 1).weight("market", 1))
                .outcome(WeightedIndex.of("index").label("Internationalisation index"))
                .scenario(Scenario.of("east_open").label("Eastern market open").set("market", Beta.of(8, 2)))
                .scenario(Scenario.of("downturn").label("Downturn").shift("energy", 0.1).scale("funding", 0.7))
                .lever(Lever.of("skills").label("Skills programme").shift("skills", 0.08))
                .lever(Lever.of("export").label("Export support").shift("readiness", 0.06))
                .build();
    }

    /** Every example chart by file-name stem. */
    static Map<String, ChartSpec> examples() {
        Model m = model();
        var charts = new LinkedHashMap<String, ChartSpec>();
        var tornado = Tornado.of(m).outcome("growth").run();
        charts.put("tornado", tornado.charts().get("tornado-growth"));
        charts.put("spider", tornado.charts().get("spider-growth"));
        var sobol = Sobol.of(m).outcome("growth").samples(1 << 13).bootstrap(100).seed(42).run();
        charts.put("sobol", sobol.charts().get("sobol-growth"));
        var morris = Morris.of(m).outcome("growth").trajectories(40).optimisedFrom(200).seed(1).run();
        charts.put("morris", morris.charts().get("morris-growth"));
        var mc = MonteCarlo.of(m).samples(20_000).keepSamples(true).seed(3).run();
        charts.put("importance", Importance.of(mc).charts().get("importance-growth"));
        var weights = WeightSensitivity.of(m).samples(20_000).seed(5).run();
        charts.put("weights", weights.charts().get("weights-index"));
        charts.put("weights-first", weights.charts().get("weights-first-index"));
        return charts;
    }

    static void write(Path dir, int dpi) {
        examples().forEach((name, chart) -> ChartExport.png(chart, "en", dir.resolve("sensitivity-" + name + ".png"), dpi));
    }
}

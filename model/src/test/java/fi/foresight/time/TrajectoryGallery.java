package fi.foresight.time;

import fi.foresight.chart.ChartExport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import fi.foresight.chart.ChartSpec;

/**
 * The trajectory charts of a real run, for reviewers: the Kanta-Häme example with time ({@link KantaHameTime}),
 * four scenarios, 20,000 paths each, outcome {@code internationalised_smes} (companies). Writes
 * {@code trajectories-<chart>.png}:
 *
 * <pre>{@code
 * mvn -o -q -B -pl model test -Dtest=TrajectoryGalleryTest -Dforesight.gallery.dir=../docs/img
 * }</pre>
 */
final class TrajectoryGallery {
    static final String OUTCOME = "internationalised_smes";

    private TrajectoryGallery() {
    }

    static TrajectoryResult run(long samples) {
        return Trajectories.of(KantaHameTime.model()).samples(samples).seed(2030)
                .scenarios("base", "gateway_east", "baltic_turn", "inward_region").levers("none")
                .outcomes(OUTCOME, "internationalisation_index").samplePaths(40).run();
    }

    static Map<String, ChartSpec> charts(TrajectoryResult r) {
        var charts = new LinkedHashMap<String, ChartSpec>();
        charts.put("trajectories-fan", r.fan("gateway_east", "none", OUTCOME));
        charts.put("trajectories-medians", r.medians("none", OUTCOME));
        charts.put("trajectories-spaghetti", r.spaghetti("base", "none", OUTCOME));
        charts.put("trajectories-first-passage", r.firstPassageChart("none", OUTCOME));
        return charts;
    }

    static void write(Path dir, int dpi) {
        charts(run(20_000)).forEach((name, chart) -> ChartExport.png(chart, "en", dir.resolve(name + ".png"), dpi));
    }
}

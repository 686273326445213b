package fi.foresight.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.chart.BoxSpec;
import fi.foresight.chart.ChartRenderer;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.XySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class MonteCarloGalleryTest {
    @Test
    @EnabledIfSystemProperty(named = "foresight.gallery.dir", matches = ".+")
    void writesTheMonteCarloCharts() {
        Path dir = Path.of(System.getProperty("foresight.gallery.dir"));
        MonteCarloGallery.write(dir, Integer.getInteger("foresight.gallery.dpi", 100));
        for (String name : List.of("histogram", "cdf", "exceedance", "boxplot", "convergence")) {
            assertTrue(Files.isRegularFile(dir.resolve("montecarlo-" + name + ".png")), name);
        }
    }

    @Test
    void resultChartsCoverEveryOutcomeAndRender() {
        MonteCarloResult r = MonteCarloGallery.run(2000);
        Map<String, ChartSpec> charts = r.charts();
        var expected = new java.util.ArrayList<String>();
        for (String o : List.of("internationalisation_index", "readiness_province", "international_share_2030",
                "internationalised_smes")) {
            for (String kind : List.of("histogram", "cdf", "exceedance", "boxplot", "convergence")) {
                expected.add("montecarlo-" + kind + "-" + o);
            }
        }
        assertEquals(expected, List.copyOf(charts.keySet()));
        // histogram, CDF and exceedance compare the four scenarios under the first lever
        XySpec h = (XySpec) charts.get("montecarlo-histogram-internationalisation_index");
        List<String> series = h.curves().stream().map(c -> c.name().en()).toList();
        assertTrue(series.containsAll(List.of("Base", "Gateway to the East", "Baltic turn", "Inward-looking region")),
                series.toString());
        BoxSpec box = (BoxSpec) charts.get("montecarlo-boxplot-internationalisation_index");
        assertTrue(box.title().en().startsWith("Internationalisation index 2030 by scenario and lever"),
                box.title().en());
        assertEquals(8, box.boxes().stream().mapToInt(List::size).sum(), "a box per scenario × lever");
        for (String kind : List.of("histogram", "cdf", "exceedance", "boxplot", "convergence")) {
            assertTrue(ChartRenderer.png(charts.get("montecarlo-" + kind + "-internationalised_smes"), "fi", 72).length > 1000);
        }
    }

    @Test
    void boxPlotsPutScenariosAlongTheAxisAndLeversAsColoursWithWholeNames() {
        MonteCarloResult r = MonteCarloGallery.run(2000);
        BoxSpec box = MonteCarloCharts.boxPlot(r, "internationalisation_index");
        assertEquals(r.settings().scenarios().size(), box.categories().size(), "scenarios along the axis");
        assertEquals(r.settings().levers().size(), box.groups().size(), "levers as colours");
        assertTrue(box.categories().stream().anyMatch(t -> t.en().equals("Gateway to the East")),
                "names whole, wrapped by the renderer rather than cut: " + box.categories());
        assertTrue(box.groups().size() <= 8, "at most 8 colours");
    }
}

package fi.foresight.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.chart.ChartExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;

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
        MonteCarloResult r = MonteCarlo.of(MonteCarloGallery.model()).samples(5000).seed(1).run();
        Map<String, Chart<?, ?>> charts = r.charts();
        assertEquals(List.of(
                "montecarlo-histogram-internationalisation_index", "montecarlo-cdf-internationalisation_index",
                "montecarlo-exceedance-internationalisation_index", "montecarlo-boxplot-internationalisation_index",
                "montecarlo-convergence-internationalisation_index",
                "montecarlo-histogram-international_share_2030", "montecarlo-cdf-international_share_2030",
                "montecarlo-exceedance-international_share_2030", "montecarlo-boxplot-international_share_2030",
                "montecarlo-convergence-international_share_2030"), List.copyOf(charts.keySet()));
        // histogram, CDF and exceedance compare the four scenarios under the first lever
        XYChart h = (XYChart) charts.get("montecarlo-histogram-internationalisation_index");
        List<String> series = h.getSeriesCollection().stream().map(org.knowm.xchart.XYSeries::getName).toList();
        assertTrue(series.containsAll(List.of("Base", "Gateway East", "Baltic turn", "Inward region")),
                series.toString());
        // the box plot has one box per scenario x lever
        CategoryChart box = (CategoryChart) charts.get("montecarlo-boxplot-internationalisation_index");
        assertTrue(box.getTitle().contains("Internationalisation index 2030"));
        for (Chart<?, ?> c : charts.values()) {
            byte[] png = ChartExport.pngBytes(c, 72);
            assertTrue(png.length > 1000);
        }
    }
}

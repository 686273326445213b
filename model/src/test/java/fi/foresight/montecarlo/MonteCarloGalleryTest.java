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
import org.knowm.xchart.XYSeries;
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
        MonteCarloResult r = MonteCarloGallery.run(2000);
        Map<String, Chart<?, ?>> charts = r.charts();
        var expected = new java.util.ArrayList<String>();
        for (String o : List.of("internationalisation_index", "readiness_province", "international_share_2030",
                "internationalised_smes")) {
            for (String kind : List.of("histogram", "cdf", "exceedance", "boxplot", "convergence")) {
                expected.add("montecarlo-" + kind + "-" + o);
            }
        }
        assertEquals(expected, List.copyOf(charts.keySet()));
        // histogram, CDF and exceedance compare the four scenarios under the first lever
        XYChart h = (XYChart) charts.get("montecarlo-histogram-internationalisation_index");
        List<String> series = h.getSeriesCollection().stream().map(XYSeries::getName).toList();
        assertTrue(series.containsAll(List.of("Base", "Gateway to the East", "Baltic turn", "Inward-looking region")),
                series.toString());
        CategoryChart box = (CategoryChart) charts.get("montecarlo-boxplot-internationalisation_index");
        assertTrue(box.getTitle().startsWith("Internationalisation index 2030 across scenarios and levers"));
        assertEquals(8, box.getSeriesCollection().iterator().next().getXData().size());
        for (String kind : List.of("histogram", "cdf", "exceedance", "boxplot", "convergence")) {
            assertTrue(ChartExport.pngBytes(charts.get("montecarlo-" + kind + "-internationalised_smes"), 72).length > 1000);
        }
    }

    @Test
    void longBoxNamesAreShortenedToFitAndStayDistinct() {
        List<String> names = List.of("Gateway to the East · Build the international service network",
                "Gateway to the East · Build the international service network, variant", "Base · No lever");
        List<String> fitted = MonteCarloCharts.fitted(names, 600);
        assertEquals("Base · No lever", fitted.get(2));
        assertTrue(fitted.get(0).endsWith("…") && fitted.get(0).length() < names.get(0).length(), fitted.get(0));
        assertEquals(3, fitted.stream().distinct().count());
    }
}

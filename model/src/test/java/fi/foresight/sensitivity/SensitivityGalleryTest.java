package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.chart.ChartRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class SensitivityGalleryTest {

    @Test
    void everyResultDrawsItsChartsInTheSharedStyle() {
        var charts = SensitivityGallery.examples();
        assertEquals(List.of("tornado", "spider", "sobol", "morris", "importance", "weights", "weights-first"),
                List.copyOf(charts.keySet()));
        charts.forEach((name, chart) -> {
            assertNotNull(chart, name);
            var image = ChartRenderer.image(chart, "fi", 72);
            assertTrue(image.getWidth() >= 600 && image.getHeight() >= 400, name);
        });
    }

    @Test
    @EnabledIfSystemProperty(named = "foresight.gallery.dir", matches = ".+")
    void writesTheGallery() {
        Path dir = Path.of(System.getProperty("foresight.gallery.dir"));
        SensitivityGallery.write(dir, Integer.getInteger("foresight.gallery.dpi", 100));
        for (String name : SensitivityGallery.examples().keySet()) {
            assertTrue(Files.isRegularFile(dir.resolve("sensitivity-" + name + ".png")), name);
        }
    }
}

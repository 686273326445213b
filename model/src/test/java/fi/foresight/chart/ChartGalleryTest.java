package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes the gallery when {@code -Dforesight.gallery.dir=...} is given; skipped otherwise. */
class ChartGalleryTest {

    @Test
    @EnabledIfSystemProperty(named = "foresight.gallery.dir", matches = ".+")
    void writesGallery() {
        Path dir = Path.of(System.getProperty("foresight.gallery.dir"));
        ChartGallery.write(dir, Integer.getInteger("foresight.gallery.dpi", 100));
        for (String name : ChartGallery.examples().keySet()) {
            assertTrue(Files.isRegularFile(dir.resolve("gallery-" + name + ".png")), name);
        }
    }
}

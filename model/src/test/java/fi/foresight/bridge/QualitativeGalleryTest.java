package fi.foresight.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The qualitative charts exist for the example models; the pictures are written with -Dforesight.gallery.dir. */
class QualitativeGalleryTest {

    @Test
    void everyQualitativeResultDrawsItsCharts() throws Exception {
        assertEquals(List.of("cib-tableau", "cib-balances", "cib-global-tableau", "micmac-map", "micmac-map-indirect",
                "micmac-displacement", "futures-table-tableau"), List.copyOf(QualitativeGallery.charts().keySet()));
    }

    @Test
    @EnabledIfSystemProperty(named = "foresight.gallery.dir", matches = ".+")
    void writesGallery() throws Exception {
        Path dir = Path.of(System.getProperty("foresight.gallery.dir"));
        QualitativeGallery.write(dir, Integer.getInteger("foresight.gallery.dpi", 100));
        for (String name : QualitativeGallery.charts().keySet()) {
            assertTrue(Files.isRegularFile(dir.resolve(name + ".png")), name);
        }
    }
}

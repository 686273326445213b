package fi.foresight.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The Kanta-Häme time additions load and run; the gallery is written when asked for. */
class TrajectoryGalleryTest {

    @Test
    @EnabledIfSystemProperty(named = "foresight.gallery.dir", matches = ".+")
    void writesTheTrajectoryCharts() {
        Path dir = Path.of(System.getProperty("foresight.gallery.dir"));
        TrajectoryGallery.write(dir, Integer.getInteger("foresight.gallery.dpi", 100));
        for (String name : List.of("fan", "medians", "spaghetti", "first-passage")) {
            assertTrue(Files.isRegularFile(dir.resolve("trajectories-" + name + ".png")), name);
        }
    }

    @Test
    void kantaHameWithTimeRunsAndTheWildCardClosesTheEasternMarket() {
        Model m = KantaHameTime.model();
        assertEquals(2019, m.horizon().orElseThrow().start());
        assertEquals(6, m.drivers().stream().filter(d -> d.isTimeVarying()).count());
        TrajectoryResult r = Trajectories.of(m).samples(4000).seed(1).threads(2).scenarios("base").levers("none")
                .outcomes("internationalised_smes").run();
        OutcomeTrajectory t = r.outcome("base", "none", "internationalised_smes");
        assertTrue(t.in(2030).mean() > t.in(2019).mean(), "the share of internationalised SMEs grows");
        FirstPassage f = r.firstPassage("base", "none", "internationalised_smes");
        assertEquals(4000, f.n());
        assertEquals(4, TrajectoryGallery.charts(TrajectoryGallery.run(500)).size());
    }
}

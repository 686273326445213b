package fi.foresight.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SettingsTest {
    private static String message(Executable e) {
        return assertThrows(IllegalArgumentException.class, e).getMessage();
    }

    @Test
    void badSettingsSayWhatIsWrongAndWhatWouldBeValid() {
        var mc = MonteCarlo.of(Models.triangles());
        assertEquals("samples is 0; must be >= 1", message(() -> mc.samples(0)));
        assertEquals("threads is 0; must be >= 1", message(() -> mc.threads(0)));
        assertEquals("block size is 8; must be between 16 and 1048576", message(() -> mc.blockSize(8)));
        assertEquals("unknown scenario 'uq'; did you mean up?; scenarios are [base, up]",
                message(() -> mc.scenarios("base", "uq")));
        assertEquals("unknown lever 'clam'; did you mean calm?; levers are [none, calm]",
                message(() -> mc.levers("clam")));
        assertTrue(message(() -> mc.scenarios("up", "up")).contains("named twice"));
        assertTrue(message(mc::scenarios).contains("name at least one scenario"));
        assertTrue(message(() -> mc.precision("totl", 0.01, 100, 1000)).contains("did you mean total?"));
        assertTrue(message(() -> mc.precision("total", 0, 100, 1000)).contains("must be in (0, 1]"));
        assertTrue(message(() -> mc.precision("total", 0.01, 0, 1000)).contains("checkEvery is 0"));
        assertTrue(message(() -> mc.precision("total", 0.01, 100, 10)).contains("maxSamples (10) < checkEvery (100)"));
        assertTrue(message(() -> MonteCarlo.of(Models.triangles()).samples(1_000_000_000L).keepSamples(true).run())
                .contains("keep fewer samples"));
    }

    @Test
    void settingsAreRecorded() {
        var s = MonteCarlo.of(Models.triangles()).samples(500).seed(7).threads(3).scenarios("up").run().settings();
        assertEquals(500, s.samples());
        assertEquals(7, s.seed());
        assertEquals(3, s.threads());
        assertEquals(java.util.List.of("up"), s.scenarios());
        assertEquals(java.util.List.of("none", "calm"), s.levers());
    }
}

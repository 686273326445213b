package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.Variant;
import fi.foresight.model.CibScenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioWizardTest {

    @Test
    void readsDescriptorsVariantsAndMatrix() throws IOException {
        ScenarioWizard.Loaded loaded = ScenarioWizard.load(CibFixtures.sample("CIB_global.scw"));
        CrossImpactSystem s = loaded.system();
        assertEquals("CIB_global.scw", s.name());
        assertEquals(List.of("WTRD", "WSEC", "WECO"), s.descriptors().stream().map(Descriptor::id).toList());
        assertEquals(List.of("Decl", "Stag", "ModGr", "RpdGr"),
                s.descriptors().get(2).variants().stream().map(Variant::id).toList());
        // first row " 0 , 0 , 0 , 1 , 2 ,-3 ,-4 ,-2 , 3 , 3", last row " 3 ,-6 , 3 ,-1 , 1 , 0 , ..."
        assertEquals(-3, s.matrix().cell(0, 5));
        assertEquals(-6, s.matrix().cell(9, 1));
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void selfImpactsAreKeptAndReported() throws IOException {
        ScenarioWizard.Loaded loaded = ScenarioWizard.load(CibFixtures.sample("CIB_natl_regional.scw"));
        assertTrue(loaded.system().matrix().hasSelfImpacts());
        // the WSCEN block (rows and columns 46-47) holds 15, -7 / -11, 9
        assertEquals(15, loaded.system().matrix().cell(45, 45));
        assertEquals(9, loaded.system().matrix().cell(46, 46));
        assertEquals(4, loaded.warnings().size());
        assertTrue(loaded.warnings().get(0).contains("CIB_natl_regional.scw:224: cell (46, 46) = 15"),
                loaded.warnings().get(0));
    }

    @Test
    void formatReproducesABlankProjectFileByteForByte() throws IOException {
        Path file = CibFixtures.sample("CIB_global.scw");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(original, ScenarioWizard.format(ScenarioWizard.read(file)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CIB_global", "CIB_natl_regional", "CIB_nested_simplified_standardized", "CIB_nested"})
    void roundTripReadsTheSameSystem(String stem, @TempDir Path dir) throws IOException {
        CrossImpactSystem s = CibFixtures.read(stem);
        Path out = dir.resolve(stem + ".scw");
        ScenarioWizard.write(s, out);
        assertEquals(s, ScenarioWizard.read(out));
    }

    @Test
    void aDescriptorNamedTwiceIsReportedAtItsSecondLine() {
        String text = "$ ScenarioWizard 4.0\ntest\n&A\n -a1\n -a2\n&A\n -b1\n -b2\n#\n";
        var e = assertThrows(IllegalArgumentException.class, () -> ScenarioWizard.parse(text, "s.scw"));
        assertEquals("s.scw:6: descriptor \"A\" is named twice (first on line 3); give every descriptor its own name",
                e.getMessage());
    }

    @Test
    void solutionFilesRoundTrip() {
        List<ScenarioWizardSolution> sl = CibFixtures.solutions("CIB_nested");
        assertEquals(20, sl.size());
        assertEquals(1.677722E+07, sl.get(0).count(), 0.0);
        assertEquals(new ScenarioWizardSolution(CibScenario.parse("2 2 1 2 3 2 1 2 2 2 2 3 4 2 1 2 3"), 13316, 0, 0,
                100), sl.get(19));
        String text = ScenarioWizard.formatSolutions(sl);
        assertEquals(sl, ScenarioWizard.parseSolutions(text, "again"));
        assertTrue(text.contains("\" 1 1 3 3 2 2 3 1 1 1 3 1 1 1 2 3 2\",1.677722E+07,0,0,179,\"\""), text);
    }

    @Test
    void writesResultsAsSolutionFiles(@TempDir Path dir) throws IOException {
        Cib cib = Cib.of(CibFixtures.read("CIB_global"));
        Path out = dir.resolve("global.sl");
        ScenarioWizard.writeSolutions(cib.consistent(cib.basins()), out);
        List<ScenarioWizardSolution> back = ScenarioWizard.readSolutions(out);
        assertEquals(new java.util.HashSet<>(CibFixtures.solutions("CIB_global")), new java.util.HashSet<>(back));
        assertEquals(0.0, ScenarioWizard.solutions(cib.consistent()).get(0).count(), 0.0);
    }

    @Test
    void writesIdsSoThatLabelledSystemsReadBackEqual() {
        CrossImpactSystem s = CrossImpactSystem.builder("labelled")
                .descriptor(new Descriptor("ECO", "Economy", "Talous",
                        List.of(new Variant("up", "Growth", null), new Variant("down", "Decline", null))))
                .descriptor("POL", "green", "grey")
                .impact("ECO", "up", "POL", "green", 2)
                .build();
        CrossImpactSystem back = ScenarioWizard.parse(ScenarioWizard.format(s), "labelled.scw").system();
        assertEquals(List.of("ECO", "POL"), back.descriptors().stream().map(Descriptor::id).toList());
        assertEquals(s.matrix(), back.matrix());
        assertEquals(s.scenario("up", "green"), back.scenario("up", "green"));
    }

    private static final String NOISE = "#&-,\"\n 9x$";

    /** Damaged files are data errors: reading either succeeds or reports an IllegalArgumentException. */
    @Test
    void damagedFilesFailOnlyWithIllegalArgument() throws IOException {
        String scw = Files.readString(CibFixtures.sample("CIB_global.scw"), StandardCharsets.UTF_8);
        String sl = Files.readString(CibFixtures.sample("CIB_global.sl"), StandardCharsets.UTF_8);
        qt().withFixedSeed(8L).withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            for (String original : List.of(scw, sl)) {
                StringBuilder text = new StringBuilder(original);
                int edits = 1 + r.nextInt(4);
                for (int k = 0; k < edits && text.length() > 0; k++) {
                    int at = r.nextInt(text.length());
                    switch (r.nextInt(4)) {
                        case 0 -> text.deleteCharAt(at);
                        case 1 -> text.insert(at, NOISE.charAt(r.nextInt(NOISE.length())));
                        case 2 -> text.insert(at, "99999999999");
                        default -> text.delete(at, Math.min(text.length(), at + r.nextInt(40)));
                    }
                }
                try {
                    if (original == scw) {
                        ScenarioWizard.parse(text.toString(), "damaged.scw");
                    } else {
                        ScenarioWizard.parseSolutions(text.toString(), "damaged.sl");
                    }
                } catch (IllegalArgumentException expected) {
                    assertTrue(expected.getMessage().startsWith("damaged."), expected.getMessage());
                }
            }
        });
    }

    @Test
    void formatsCountsLikeScenarioWizard() {
        assertEquals("5872748", ScenarioWizard.formatCount(5_872_748));
        assertEquals("1.068008E+07", ScenarioWizard.formatCount(10_680_080));
        assertEquals("1.677722E+07", ScenarioWizard.formatCount(16_777_216));
    }

    @Test
    void reportsBrokenFilesWithLineNumbers() {
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> ScenarioWizard.parse("hello\n", "x.scw"));
        assertTrue(header.getMessage().startsWith("x.scw:1:"), header.getMessage());
        String text = "$ ScenarioWizard 4.0\nP\n&A\n -a1\n -a2\n&B\n -b1\n#\n&\n \n \n&\n \n#\n#\nFFFFFF\nFFFFFF\nFFFFFF\n#\n#\n"
                + " 0 , 0 , 1 \n 0 , 0 , x \n 1 , 2 , 0 \n#\n";
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ScenarioWizard.parse(text, "y.scw"));
        assertEquals("y.scw:22: value 3 \"x\" is not an integer", bad.getMessage());
        IllegalArgumentException shortRow = assertThrows(IllegalArgumentException.class,
                () -> ScenarioWizard.parse(text.replace(" x ", " 1 ").replace(" 1 , 2 , 0 \n", " 1 , 2 \n"), "z.scw"));
        assertEquals("z.scw:23: matrix row has 2 values; it needs 3 (one per variant)", shortRow.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ScenarioWizard.parse(text.replace(" x ", " 1 ").replace(" 1 , 2 , 0 \n", ""), "w.scw"));
        assertTrue(missing.getMessage().contains("matrix has only 2 rows"), missing.getMessage());
        assertEquals(1, ScenarioWizard.parse(text.replace(" x ", " 1 "), "ok.scw").system().matrix().cell(1, 2));
        assertThrows(IllegalArgumentException.class, () -> ScenarioWizard.parseSolutions(
                "$ ScenarioWizard 3.0\nSolution set\n 2 \n\n\" 1 2\",1,0,0,3,\"\"\n", "s.sl"));
    }
}

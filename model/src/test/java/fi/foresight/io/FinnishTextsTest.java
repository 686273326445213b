package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.model.Model;
import fi.foresight.model.Target;
import fi.foresight.model.TimeEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's Finnish texts ({@code title_fi}, a source's {@code text_fi}, {@code label_fi}, {@code description_fi},
 * a target's {@code label}/{@code label_fi}), the language-aware lookups that fall back to English, and the list of
 * labels without a Finnish twin.
 */
class FinnishTextsTest {
    private static final String MODEL = """
            model: m
            title: Regional exports
            title_fi: Alueen vienti
            sources:
              S1: "Plain English only."
              S2: {text: "Exports grow.", text_fi: "Vienti kasvaa."}
            horizon: {start: 2019, end: 2030}
            variables:
              x:
                label: Exporters
                label_fi: Viejät
                distribution: {type: uniform, min: 0, max: 1}
                source: [S1, S2]
              y:
                label: Climate
                distribution: {type: uniform, min: 0, max: 1}
            outcomes:
              total: {label: Total, label_fi: Yhteensä, expression: "x + y"}
            targets:
              total: {at_least: 1, label: "Total of at least 1", label_fi: "Yhteensä vähintään 1"}
            events:
              shock:
                label: Shock
                label_fi: Sokki
                description: Exports stop.
                description_fi: Vienti pysähtyy.
                year: 2025
                set: {x: 0}
            scenarios:
              up: {label: Up, description: Things improve., description_fi: Asiat paranevat., shift: {x: 0.1}}
            """;

    @Test
    void readsEveryFinnishTextAndFallsBackToEnglish() {
        Model m = ModelFiles.parse(MODEL, "m.yaml");
        assertEquals("Alueen vienti", m.titleIn("fi"));
        assertEquals("Regional exports", m.titleIn("en"));
        assertEquals("Vienti kasvaa.", m.sourceIn("S2", "fi"));
        assertEquals("Exports grow.", m.sourceIn("S2", "en"));
        assertEquals("Plain English only.", m.sourceIn("S1", "fi"), "no text_fi: the English text");
        assertEquals("Viejät", m.driver("x").orElseThrow().labelIn("fi"));
        assertEquals("Climate", m.driver("y").orElseThrow().labelIn("fi"), "no label_fi: the English label");
        assertEquals("Yhteensä", m.outcome("total").orElseThrow().labelIn("FI"));
        Target t = m.targets().get(0);
        assertEquals("Yhteensä vähintään 1", t.labelIn("fi"));
        assertEquals("Total of at least 1", t.labelIn("en"));
        TimeEvent e = m.events().get(0);
        assertEquals("Sokki", e.labelIn("fi"));
        assertEquals("Vienti pysähtyy.", e.descriptionIn("fi"));
        assertEquals("Exports stop.", e.descriptionIn("en"));
        var up = m.scenarios().get(0);
        assertEquals("Up", up.labelIn("fi"));
        assertEquals("Asiat paranevat.", up.descriptionIn("fi"));
    }

    @Test
    void aTargetWithoutLabelHasNone() {
        Model m = ModelFiles.parse(MODEL.replace(", label: \"Total of at least 1\", label_fi: \"Yhteensä vähintään 1\"", ""),
                "m.yaml");
        assertNull(m.targets().get(0).labelIn("fi"));
    }

    @Test
    void theFinnishTextsSurviveABuilderCopy() {
        Model m = ModelFiles.parse(MODEL, "m.yaml");
        Model copy = m.toBuilder().build();
        assertEquals(m, copy);
        assertEquals("Vienti kasvaa.", copy.sourceIn("S2", "fi"));
    }

    @Test
    void aSourceMappingNeedsItsEnglishTextAndKnownKeys() {
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(
                MODEL.replace("S2: {text: \"Exports grow.\", text_fi:", "S2: {txt_fi:"), "m.yaml"));
        String all = e.getMessage();
        assertTrue(all.contains("m.yaml:6:"), all);
        assertTrue(all.contains("text"), all);
    }

    @Test
    void listsEachLabelWithoutAFinnishOneAtItsPlace() {
        List<FileProblem> gaps = FinnishGaps.of(MODEL.getBytes(StandardCharsets.UTF_8), "m.yaml");
        assertEquals(2, gaps.size(), gaps.toString());
        assertEquals("m.yaml:15:5: variables.y.label: warning: 'variables.y' has no label_fi; the Finnish report shows "
                + "its English label", gaps.get(0).toString());
        assertEquals(30, gaps.get(1).line(), gaps.toString());
        assertEquals("scenarios.up.label", gaps.get(1).path());
    }

    @Test
    void aCompleteModelAndTheKantaHameModelHaveNoGaps() throws Exception {
        String complete = MODEL.replace("    label: Climate\n", "    label: Climate\n    label_fi: Ilmapiiri\n")
                .replace("{label: Up,", "{label: Up, label_fi: Ylös,");
        assertEquals(List.of(), FinnishGaps.of(complete.getBytes(StandardCharsets.UTF_8), "m.yaml"));
        Path kh = Path.of("../scenarios/kanta-hame/model.yaml");
        assertEquals(List.of(), FinnishGaps.of(java.nio.file.Files.readAllBytes(kh), kh.toString()));
        assertTrue(FinnishGaps.of(complete.replace("title_fi: Alueen vienti\n", "").getBytes(StandardCharsets.UTF_8),
                "m.yaml").get(0).toString().startsWith("m.yaml:2:1: title: warning: the model has no title_fi"));
    }
}

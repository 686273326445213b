package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.model.Ids;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ids as people write them: model, scenario, lever, panel and source ids may contain hyphens; driver and outcome
 * ids, which expressions use, may not, and a hyphenated one is answered with its underscore form.
 */
class IdRulesTest {

    /** A model with every kind of id; {@code %s} slots: model, source, panel, scenario, lever, variable, outcome. */
    private static final String MODEL = """
            model: %s
            sources:
              %s: a sentence of the study
            variables:
              %s: {distribution: {type: uniform, min: 0, max: 1}, source: S-1}
              climate: {distribution: {type: uniform, min: 0, max: 1}}
            panels:
              %s: {weights: {climate: 1}}
              west: {weights: {climate: 2}}
            outcomes:
              index: {weighted_index: true}
              %s: {expression: "2 * climate"}
            scenarios:
              %s: {set: {climate: 0.9}}
            levers:
              %s: {set: {climate: 0.8}}
            """;

    private static String model(String model, String source, String variable, String panel, String outcome,
                                String scenario, String lever) {
        return MODEL.formatted(model, source, variable, panel, outcome, scenario, lever);
    }

    private static String good() {
        return model("ishigami-hidden", "S-1", "market_access", "north-east", "growth", "open-east", "more-funding");
    }

    private static List<String> problems(String text) {
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(text, "m.yaml"));
        return e.fileProblems().stream().map(FileProblem::toString).toList();
    }

    private static String only(String text) {
        List<String> p = problems(text);
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }

    @Test
    void hyphensAreAcceptedInModelSourcePanelScenarioAndLeverIds() {
        Model m = ModelFiles.parse(good(), "m.yaml");
        assertEquals("ishigami-hidden", m.id());
        assertEquals("S-1", m.sources().keySet().iterator().next());
        assertEquals(List.of("north-east", "west"), m.panels().stream().map(Panel::id).toList());
        assertEquals(List.of("base", "open-east"), m.allScenarios().stream().map(Scenario::id).toList());
        assertEquals("more-funding", m.levers().get(0).id());
        assertTrue(m.outcomeColumns().contains("index.north-east"), m.outcomeColumns().toString());
    }

    @Test
    void aHyphenatedDriverIdIsRefusedWithItsUnderscoreForm() {
        String p = only(good().replace("market_access", "market-access"));
        assertTrue(p.startsWith("m.yaml:5:3: variables.market-access: variable id 'market-access' is not valid: "
                + "expressions use variable ids, and there '-' means minus; use 'market_access'"), p);
    }

    @Test
    void aHyphenatedOutcomeIdIsRefusedWithItsUnderscoreForm() {
        String p = only(good().replace("growth", "export-growth"));
        assertTrue(p.contains("outcome id 'export-growth' is not valid: expressions use outcome ids, and there "
                + "'-' means minus; use 'export_growth'"), p);
    }

    @Test
    void theExpressionRulesStillApplyToTheOtherKinds() {
        assertTrue(only(good().replace("ishigami-hidden", "3d-model"))
                .contains("model id '3d-model' is not valid; use a letter or '_' followed by letters, digits, '_' or "
                        + "single '-' between them, e.g. open-east"));
        assertTrue(only(good().replace("north-east", "north--east")).contains("panel id 'north--east' is not valid"));
        assertTrue(only(good().replace("open-east", "open-")).contains("scenario id 'open-' is not valid"));
        assertTrue(only(good().replace("more-funding", "-funding")).contains("lever id '-funding' is not valid"));
        assertTrue(only(good().replace("more-funding", "more funding")).contains("lever id 'more funding' is not"));
        assertTrue(only(good().replace("market_access", "2x")).contains("variable id '2x' is not valid; use a "
                + "letter or '_' followed by letters, digits or '_'"));
    }

    @Test
    void aHyphenatedPanelColumnInAnExpressionIsExplained() {
        String p = problems(good().replace("\"2 * climate\"", "\"index.north-east\"")).get(0);
        assertTrue(p.contains("unknown name 'index.north'"), p);
        assertTrue(p.contains("'index.north-east' cannot be written in an expression, where '-' means minus: give "
                + "the panel an id with '_' instead"), p);
    }

    @Test
    void theRulesAsFunctions() {
        for (String ok : List.of("a", "_a", "market_access", "A1")) {
            assertTrue(Ids.isValid(ok), ok);
            assertTrue(Ids.isValidName(ok), ok);
        }
        for (String name : List.of("ishigami-hidden", "open-east-2", "a-b_c-d")) {
            assertFalse(Ids.isValid(name), name);
            assertTrue(Ids.isValidName(name), name);
        }
        for (String bad : List.of("", "1a", "-a", "a-", "a--b", "a b", "a.b", "ä")) {
            assertFalse(Ids.isValid(bad), bad);
            assertFalse(Ids.isValidName(bad), bad);
        }
        assertTrue(Ids.isValidName("a" + "-b".repeat(31) + "c"));          // 64 characters
        assertFalse(Ids.isValidName("a" + "-b".repeat(32)));               // 65
        assertFalse(Ids.isValid(null));
        assertFalse(Ids.isValidName(null));
        assertEquals("event id 'fair-trade' is not valid; use 'fair_trade'", Ids.invalid("event", "fair-trade"));
    }
}

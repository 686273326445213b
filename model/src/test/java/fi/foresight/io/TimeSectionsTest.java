package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Driver;
import fi.foresight.model.ExpressionOutcome;
import fi.foresight.model.Horizon;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.model.TimeEvent;
import fi.foresight.model.TimeProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code horizon:}, {@code process:}, {@code events:} and {@code from:}, and their problems. */
class TimeSectionsTest {
    private static final Path EXAMPLE = Path.of("src/test/resources/fi/foresight/time/regional-exports.yaml");
    private static final String HEAD = "model: m\nhorizon: {start: 2019, end: 2030}\nvariables:\n"
            + "  x: {distribution: {type: uniform, min: 0, max: 1}}\n";

    @Test
    void theExampleEqualsTheSameModelWrittenInCode() {
        Model built = Model.builder("regional_exports").title("Regional exports 2019–2030")
                .horizon(new Horizon(2019, 2030, 1))
                .variable(Driver.of("exporters", Triangular.of(180, 200, 230)).label("Exporting firms").unit("firms")
                        .process(TimeProcess.growth(Pert.of(-0.01, 0.02, 0.05))))
                .variable(Driver.of("export_per_firm", Normal.of(2.0, 0.1)).label("Exports per firm").unit("M€")
                        .process(TimeProcess.randomWalk(0.03, 0.08)))
                .variable(Driver.of("east_access", Uniform.of(0.8, 1.0)).label("Access to the eastern market")
                        .unit("0–1"))
                .variable(Driver.of("population", Fixed.of(100)).label("Working-age population").unit("thousands")
                        .process(TimeProcess.milestones(Map.of(2019, 100.0, 2025, 97.0, 2030, 95.0))))
                .outcome(ExpressionOutcome.of("exports", "exporters * export_per_firm * (0.8 + 0.2 * east_access)").label("Regional exports")
                        .unit("M€"))
                .outcome(ExpressionOutcome.of("exports_per_capita", "exports / population")
                        .label("Exports per working-age inhabitant").unit("k€"))
                .outcome(ExpressionOutcome.of("cumulative_exports", "prev(cumulative_exports) + exports")
                        .label("Cumulative exports since 2019").unit("M€"))
                .target(Target.atLeast("exports", 500))
                .event(TimeEvent.of("east_closes", Discrete.of(new double[] {2021, 2022, 2023},
                                new double[] {0.2, 0.5, 0.3})).label("The eastern market closes").probability(0.6)
                        .with(new TimeEvent.Effect("east_access", Fixed.of(0), null))
                        .with(new TimeEvent.Effect("exporters", null, TimeProcess.growth(-0.01)))
                        .with(new TimeEvent.Effect("export_per_firm", null, null, -0.2, 1)))
                .scenario(Scenario.of("export_push").label("Export push from 2022").shift("export_per_firm", 0.3)
                        .from(2022))
                .build();
        assertEquals(built, ModelFiles.load(EXAMPLE));
    }

    @Test
    void theExampleOfTheFormatDocumentationLoads() throws Exception {
        String doc = java.nio.file.Files.readString(Path.of("../docs/model-format.md"));
        int section = doc.indexOf("## Time: horizon, processes and events");
        int start = doc.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));
        Model m = ModelFiles.parse("model: doc\n" + yaml, "doc.yaml");
        assertEquals(1, m.events().size());
        assertEquals(2022, m.scenarios().get(0).from());
    }

    @Test
    void aMilestoneVariableWithoutDistributionStartsOnItsPathInTheFirstYear() {
        Model m = ModelFiles.parse("model: m\nhorizon: {start: 2020, end: 2030}\nvariables:\n"
                + "  p: {process: {type: milestones, values: {2010: 0, 2030: 20}}}\n", "m.yaml");
        assertEquals(Fixed.of(10), m.driver("p").orElseThrow().distribution());
    }

    private static FileProblem only(String text) {
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(text, "m.yaml"));
        assertEquals(1, e.fileProblems().size(), e.getMessage());
        return e.fileProblems().get(0);
    }

    private static void assertProblem(String text, int line, int column, String path, String start) {
        FileProblem p = only(text);
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertEquals(path, p.path(), p.toString());
        assertTrue(p.message().startsWith(start), p.message());
    }

    @Test
    void problemsArePlacedAndSayWhatWouldBeValid() {
        assertProblem("model: m\nhorizon: {start: 2019, end: 2030, step: 5}\nvariables:\n  x: {distribution: 1}\n", 2, 1,
                "horizon",
                "horizon end (2030) is not start (2019) plus whole steps of 5; use end 2029 or 2034");
        assertProblem("model: m\nhorizon: {start: 2019.5, end: 2030}\nvariables:\n  x: {distribution: 1}\n", 2, 18,
                "horizon.start",
                "expected a whole year such as 2020");
        assertProblem(HEAD.replace("max: 1}}", "max: 1}, process: {type: grwoth, rate: 0.1}}"), 4, 70,
                "variables.x.process.type", "unknown process type 'grwoth'; did you mean growth?");
        assertProblem(HEAD.replace("max: 1}}", "max: 1}, process: {type: random_walk, drift: 1}}"), 4, 54,
                "variables.x.process", "missing key 'volatility'");
        assertProblem(HEAD.replace("max: 1}}", "max: 1}, process: {type: milestones, values: {soon: 1}}}"), 4, 91,
                "variables.x.process.values.soon", "'soon' is not a year");
        assertProblem(HEAD + "scenarios:\n  s: {from: 2040, shift: {x: 1}}\n", 6, 7, "scenarios.s.from",
                "from (2040) lies outside the horizon 2019–2030");
        assertProblem(HEAD + "events:\n  e: {year: 2022, set: {y: 1}}\n", 6, 25, "events.e.set.y",
                "unknown variable 'y'");
        assertProblem(HEAD + "events:\n  e: {year: 2040, set: {x: 1}}\n", 6, 7, "events.e.year",
                "every year the event may happen in lies after the horizon's end (2030)");
        assertProblem(HEAD + "events:\n  e: {year: 2022, probability: 1.5, set: {x: 1}}\n", 6, 3, "events.e",
                "probability of event 'e' is 1.5; must be in [0, 1]");
    }

    @Test
    void timeWithoutAHorizonIsAProblemAtEachUse() {
        String text = "model: m\nvariables:\n  x: {distribution: 1, process: {type: growth, rate: 0.1}}\n"
                + "outcomes:\n  y: \"x + prev(x) + year\"\nscenarios:\n  s: {from: 2022, shift: {x: 1}}\n"
                + "events:\n  e: {year: 2022, set: {x: 2}}\n";
        var e = assertThrows(ModelFileException.class, () -> ModelFiles.parse(text, "m.yaml"));
        List<String> paths = e.fileProblems().stream().map(FileProblem::path).toList();
        assertEquals(List.of("variables.x.process", "outcomes.y", "outcomes.y", "scenarios.s.from", "events.e"), paths,
                e.getMessage());
        assertTrue(e.getMessage().contains("declare horizon: {start: 2019, end: 2030}"), e.getMessage());
    }
}

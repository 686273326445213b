package fi.foresight.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    private static ModelBuilder tiny() {
        return Model.builder("tiny")
                .variable("readiness", Triangular.of(0.3, 0.5, 0.7))
                .variable("climate", Uniform.of(0.4, 0.9));
    }

    private static List<Problem> problems(ModelBuilder b) {
        return assertThrows(ModelException.class, b::build).problems();
    }

    @Test
    void aValidModelBuildsAndListsItsOutcomeColumns() {
        Model m = tiny().panel(Panel.of("a").weight("readiness", 1))
                .panel(Panel.of("b").weight("climate", 1))
                .weightedIndex("index")
                .outcome("growth", "10 * index.a + climate")
                .build();
        assertEquals(List.of("index", "index.a", "index.b", "growth"), m.outcomeColumns());
        assertEquals(List.of("base"), m.allScenarios().stream().map(Scenario::id).toList());
        assertEquals(List.of("none"), m.allLevers().stream().map(Lever::id).toList());
    }

    @Test
    void anEmptyModelIsRejected() {
        var p = problems(Model.builder("empty"));
        assertEquals("variables", p.get(0).path());
        assertTrue(p.get(0).message().contains("no variables"));
    }

    @Test
    void unknownNameInExpressionNamesItsColumnAndSuggests() {
        var p = problems(tiny().outcome("y", "2 * redines + climate"));
        assertEquals(1, p.size());
        assertEquals("outcomes.y.expression", p.get(0).path());
        assertEquals(5, p.get(0).column());
        assertTrue(p.get(0).message().contains("did you mean readiness?"), p.get(0).message());
    }

    @Test
    void outcomeCyclesAreNamed() {
        var p = problems(tiny().outcome("a", "b + 1").outcome("b", "c * 2").outcome("c", "a"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).message().contains("a -> b -> c -> a"), p.get(0).message());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var p = problems(tiny()
                .panel(Panel.of("p").weight("readines", 1))
                .weightedIndex("index")
                .target(Target.atLeast("indx", 0.5))
                .scenario(Scenario.of("s").shift("nope", 1))
                .variable("pi", Fixed.of(3)));
        var paths = p.stream().map(Problem::path).toList();
        assertTrue(paths.contains("panels.p.weights.readines"), paths.toString());
        assertTrue(paths.contains("targets.indx"), paths.toString());
        assertTrue(paths.contains("scenarios.s.shift.nope"), paths.toString());
        assertTrue(paths.contains("variables.pi"), paths.toString());
    }

    @Test
    void unboundedDriverInAWeightedIndexNeedsARange() {
        var b = tiny().variable("demand", Normal.of(10, 2))
                .weights(Map.of("demand", 1.0, "climate", 1.0)).weightedIndex("index");
        var p = problems(b);
        assertEquals("variables.demand.range", p.get(0).path());
        b = tiny().variable(fi.foresight.model.Driver.of("demand", Normal.of(10, 2)).range(0, 20))
                .weights(Map.of("demand", 1.0)).weightedIndex("index");
        assertEquals(List.of("index"), b.build().outcomeColumns());
    }

    @Test
    void nonPositiveSemiDefiniteCorrelationsNameTheSmallestEigenvalue() {
        var b = tiny().variable("x", Uniform.of(0, 1))
                .correlation("readiness", "climate", 0.9)
                .correlation("readiness", "x", 0.9)
                .correlation("climate", "x", -0.9);
        var p = problems(b);
        assertEquals("correlations", p.get(0).path());
        assertTrue(p.get(0).message().contains("not positive semi-definite"), p.get(0).message());
        // [[1,.9,.9],[.9,1,-.9],[.9,-.9,1]] has eigenvalues 1.9, 1.9 and 1 - 2*0.9 = -0.8 (eigenvector (1,-1,-1))
        assertTrue(p.get(0).message().contains("smallest eigenvalue -0.8"), p.get(0).message());
    }

    @Test
    void duplicateAndReservedIdsAreRejected() {
        var p = problems(tiny().variable("climate", Uniform.of(0, 1)).scenario(Scenario.of("base")));
        var paths = p.stream().map(Problem::path).toList();
        assertTrue(paths.contains("variables.climate"), paths.toString());
        assertTrue(paths.contains("scenarios.base"), paths.toString());
    }

    @Test
    void unknownSourceIdsAreRejected() {
        var p = problems(tiny().source("S3", "The level …").variable(
                Driver.of("x", Uniform.of(0, 1)).sources("S33")));
        assertEquals("variables.x.source", p.get(0).path());
        assertTrue(p.get(0).message().contains("did you mean S3?"), p.get(0).message());
    }

    @Test
    void suggestionsFindCloseNamesOnly() {
        assertEquals("readiness", Suggestions.closest("raediness", List.of("climate", "readiness")).orElseThrow());
        assertTrue(Suggestions.closest("zzz", List.of("climate", "readiness")).isEmpty());
    }

    @Test
    void functionNamesCannotBeIds() {
        var p = problems(tiny().variable("log", Uniform.of(0, 1)));
        assertEquals("variables.log", p.get(0).path());
        assertTrue(p.get(0).message().contains("word of the expression language"), p.get(0).message());
    }

    @Test
    void toBuilderKeepsEveryPartAndWithScenariosReplacesOnlyScenarios() {
        Model m = tiny().source("S1", "text").panel(Panel.of("p").weight("readiness", 1)).weightedIndex("index")
                .target(Target.atLeast("index", 0.5)).scenario(Scenario.of("a").shift("readiness", 0.1))
                .lever(Lever.of("l").scale("climate", 2)).build();
        assertEquals(m, m.toBuilder().build());
        Model v = m.withScenarios(List.of(Scenario.of("b").set("climate", 0.5)));
        assertEquals(List.of("base", "b"), v.allScenarios().stream().map(Scenario::id).toList());
        assertEquals(m.levers(), v.levers());
        assertEquals(m.panels(), v.panels());
        assertEquals("tiny_2", m.toBuilder().id("tiny_2").build().id());
    }
}

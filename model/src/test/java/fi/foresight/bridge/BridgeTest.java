package fi.foresight.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.cib.Cib;
import fi.foresight.cib.CibResult;
import fi.foresight.model.CibScenario;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.FuturesTable;
import fi.foresight.futurestable.SolutionSpace;
import fi.foresight.io.ModelFiles;
import fi.foresight.model.Change;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.statistics.OutcomeStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bridge on a system small enough to compute by hand: two descriptors whose judgements make exactly [1 1] and
 * [2 2] consistent, each variant implying overrides of the drivers a ~ U(0, 1) and b ~ U(0, 1) of y = a + 2 b.
 */
class BridgeTest {

    static final String MODEL = """
            model: bridge_demo
            variables:
              a: {distribution: {type: uniform, min: 0, max: 1}}
              b: {distribution: {type: uniform, min: 0, max: 1}}
            outcomes:
              y: {expression: "a + 2 * b"}
            scenarios:
              declared: {shift: {a: 1}}
            cib:
              descriptors:
                market:
                  variants:
                    high: {label: High, label_fi: Korkea, set: {a: {type: uniform, min: 1, max: 3}}}
                    low: {label: Low, label_fi: Matala, shift: {a: -0.5}}
                policy:
                  variants:
                    up: {label: Up, scale: {b: 3}, shift: {a: 1}}
                    down: {label: Down, set: {b: 0.25, a: 4}}
              impacts:
                market.high: {policy: [2, -2]}
                market.low: {policy: [-2, 2]}
                policy.up: {market: [1, -1]}
                policy.down: {market: [-1, 1]}
            futures_table:
              factors:
                market: {states: {high: {set: {a: 2}}, low: {set: {a: 0}}}}
                policy: {states: {up: {label: Up, set: {b: 1}}, down: {label: Down, shift: {b: -0.5}}}}
              incompatible:
                market.low: [policy.up]
            """;

    static Model model() {
        return ModelFiles.parse(MODEL, "bridge.yaml");
    }

    @Test
    void consistentScenariosBecomeModelScenariosWithTheirVariantsOverridesInDescriptorOrder() {
        Model m = model();
        CibResult r = Cib.of(m.cib().orElseThrow()).consistent();
        assertEquals(List.of(CibScenario.parse("1 1"), CibScenario.parse("2 2")), r.list());

        List<Scenario> s = Bridge.scenarios(m, r);

        assertEquals(List.of("cib_1", "cib_2"), s.stream().map(Scenario::id).toList());
        assertEquals("High, Up", s.get(0).label());
        assertEquals("Korkea, Up", s.get(0).labelFi());
        assertEquals("Low, Down", s.get(1).label());
        assertEquals(List.of(new Change.SetDistribution("a", Uniform.of(1, 3)), new Change.Scale("b", 3),
                new Change.Shift("a", 1)), s.get(0).overrides());
        assertEquals(List.of(new Change.Shift("a", -0.5), new Change.SetDistribution("b", Fixed.of(0.25)),
                new Change.SetDistribution("a", Fixed.of(4))), s.get(1).overrides());
        assertTrue(s.get(0).description().contains("[1 1]"), s.get(0).description());
    }

    @Test
    void monteCarloMeansOfTheBridgedScenariosEqualTheHandComputedValues() {
        Model all = Bridge.withConsistentScenarios(model(), 0);
        assertEquals(List.of("base", "cib_1", "cib_2"), all.allScenarios().stream().map(Scenario::id).toList());

        MonteCarloResult r = MonteCarlo.of(all).samples(20_000).seed(11).threads(2).run();

        // cib_1 = high, up: a ~ U(1, 3) then shifted by 1 (mean 3), b ~ 3 U(0, 1) (mean 1.5): E[y] = 3 + 2 * 1.5 = 6
        OutcomeStatistics high = r.statistics("cib_1", "none", "y");
        assertEquals(6.0, high.mean(), 5 * high.se());
        // sd: var(a) = 4/12, var(2b) = 4 * 9/12, so sd = sqrt(10/3); the estimate is within 5 % at n = 20,000
        assertEquals(Math.sqrt(10.0 / 3), high.sd(), 0.05 * Math.sqrt(10.0 / 3));
        // cib_2 = low, down: setting a = 4 resets the earlier shift of a, b = 0.25: y = 4.5 exactly
        OutcomeStatistics low = r.statistics("cib_2", "none", "y");
        assertEquals(4.5, low.mean(), 1e-12);
        assertEquals(0.0, low.sd(), 1e-12);
        // base is untouched: E[y] = 0.5 + 2 * 0.5
        OutcomeStatistics base = r.statistics("base", "none", "y");
        assertEquals(1.5, base.mean(), 5 * base.se());
    }

    @Test
    void futuresTableConfigurationsBridgeTheSameWay() {
        Model m = model();
        SolutionSpace space = SolutionSpace.of(m.futuresTable().orElseThrow());
        assertEquals(3, space.count());

        List<Scenario> s = Bridge.scenarios(m, space);

        assertEquals(List.of("ft_1", "ft_2", "ft_3"), s.stream().map(Scenario::id).toList());
        assertEquals("high, Up", s.get(0).label());
        assertNull(s.get(0).labelFi());
        MonteCarloResult r = MonteCarlo.of(m.withScenarios(s)).samples(2_000).seed(3).run();
        assertEquals(2 + 2 * 1, r.statistics("ft_1", "none", "y").mean(), 1e-12);   // high, up
        OutcomeStatistics highDown = r.statistics("ft_2", "none", "y");            // a = 2, b ~ U(0,1) - 0.5
        assertEquals(2.0, highDown.mean(), 5 * highDown.se());
        OutcomeStatistics lowDown = r.statistics("ft_3", "none", "y");             // a = 0, b ~ U(0,1) - 0.5
        assertEquals(0.0, lowDown.mean(), 5 * lowDown.se());
    }

    @Test
    void aResultOfAnotherSystemOrAModelWithoutCibIsRefused() {
        Model m = model();
        CrossImpactSystem other = CrossImpactSystem.builder("other").descriptor("X", "x1", "x2")
                .descriptor("Y", "y1", "y2").impact("X", "x1", "Y", "y1", 1).build();
        var e = assertThrows(IllegalArgumentException.class, () -> Bridge.scenarios(m, Cib.of(other).consistent()));
        assertTrue(e.getMessage().contains("market[high, low]"), e.getMessage());

        Model plain = Model.builder("plain").variable("a", Uniform.of(0, 1)).outcome("y", "a").build();
        var e2 = assertThrows(IllegalArgumentException.class, () -> Bridge.withConsistentScenarios(plain, 0));
        assertTrue(e2.getMessage().contains("has no CIB system"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class,
                () -> Bridge.scenarios(plain, SolutionSpace.of(FuturesTable.builder("t").factor("f", "s").build())));
        assertTrue(e3.getMessage().contains("has no futures table"), e3.getMessage());
    }

    @Test
    void anotherMatrixOverTheSameDescriptorsBridgesWithTheModelsOverrides() {
        Model m = model();
        CrossImpactSystem system = m.cib().orElseThrow();
        // every impact zero: all four scenarios are consistent
        CrossImpactSystem neutral = system.withMatrix(fi.foresight.model.CibMatrix.of(new int[] {2, 2}, new int[4][4]));
        List<Scenario> s = Bridge.scenarios(m, Cib.of(neutral).consistent());
        assertEquals(4, s.size());
        assertEquals("High, Down", s.get(1).label());
        assertEquals(List.of(new Change.SetDistribution("a", Uniform.of(1, 3)),
                new Change.SetDistribution("b", Fixed.of(0.25)), new Change.SetDistribution("a", Fixed.of(4))),
                s.get(1).overrides());
    }
}

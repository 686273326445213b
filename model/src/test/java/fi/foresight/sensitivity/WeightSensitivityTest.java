package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import fi.foresight.model.WeightedIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class WeightSensitivityTest {

    /** Two alternatives: base (m = 0.5, 0.5) and s (m_x = 0.6, m_y = 0.2), equal weights. */
    private static Model twoAlternatives() {
        return Model.builder("two")
                .variable("x", Uniform.of(0, 1)).variable("y", Uniform.of(0, 1))
                .weights(Map.of("x", 1.0, "y", 1.0))
                .weightedIndex("index")
                .scenario(Scenario.of("s").set("x", Uniform.of(0.2, 1.0)).set("y", Uniform.of(0, 0.4)))
                .build();
    }

    @Test
    void intervalsOfASmallCaseMatchTheHandDerivation() {
        // E_s(t) = 0.6 t + 0.2 (1 - t) moving x; E_base = 0.5 always: they cross at t = 0.75 (and at 0.25 moving y)
        WeightSensitivityResult r = WeightSensitivity.of(twoAlternatives()).samples(0).run();
        WeightInterval x = r.interval("index", "default", "x");
        assertEquals(0.5, x.weight(), 0);
        assertEquals(0, x.low(), 0);
        assertEquals(0.75, x.high(), 1e-12);
        assertEquals(0, x.bestLow(), 0);
        assertEquals(0.75, x.bestHigh(), 1e-12);
        assertEquals("base/none <> s/none", x.swapAtHigh());
        assertEquals("", x.swapAtLow());
        assertEquals(0.75, x.topTwoWeight(), 1e-12);
        assertEquals(0.25, x.topTwoChange(), 1e-12);
        WeightInterval y = r.interval("index", "default", "y");
        assertEquals(0.25, y.low(), 1e-12);
        assertEquals(1, y.high(), 0);
        assertEquals(List.of("base/none", "s/none"),
                r.alternatives("index").stream().map(RankedAlternative::alternative).toList());
        assertEquals(0.4, r.alternatives("index").get(1).expected(), 1e-12);
    }

    @Test
    void rankingProbabilitiesMatchTheWeightDistribution() {
        int n = 40_000;
        // flat Dirichlet on two weights: w_x ~ U(0, 1), and s ranks first when w_x > 0.75
        var flat = WeightSensitivity.of(twoAlternatives()).uniformWeights().samples(n).seed(3).run();
        double p = flat.alternatives("index").get(1).probabilityFirst();
        assertEquals(0.25, p, 5 * Math.sqrt(0.25 * 0.75 / n));
        // default Dirichlet(20 · 0.5, 20 · 0.5): w_x ~ Beta(10, 10)
        var dir = WeightSensitivity.of(twoAlternatives()).samples(n).seed(3).run();
        double exact = 1 - new BetaDistribution(10, 10).cumulativeProbability(0.75);
        double q = dir.alternatives("index").get(1).probabilityFirst();
        assertEquals(exact, q, 5 * Math.sqrt(exact * (1 - exact) / n) + 1e-12);
        var rankings = dir.rankings("index");
        assertEquals("base/none > s/none", rankings.get(0).ranking());
        assertEquals(1 - exact, rankings.get(0).probability(), 5 * Math.sqrt(exact * (1 - exact) / n) + 1e-12);
    }

    @Test
    void declaredWeightUncertaintyIsUsedForTheRankingProbabilities() {
        // the panel's own Dirichlet(8 · 0.5, 8 · 0.5): w_x ~ Beta(4, 4), and s ranks first when w_x > 0.75
        Model m = Model.builder("dir")
                .variable("x", Uniform.of(0, 1)).variable("y", Uniform.of(0, 1))
                .panel(Panel.of("p").weight("x", 1).weight("y", 1).dirichlet(8))
                .weightedIndex("index")
                .scenario(Scenario.of("s").set("x", Uniform.of(0.2, 1.0)).set("y", Uniform.of(0, 0.4)))
                .build();
        int n = 40_000;
        var r = WeightSensitivity.of(m).samples(n).seed(8).run();
        double exact = 1 - new BetaDistribution(4, 4).cumulativeProbability(0.75);
        assertEquals(exact, r.alternatives("index").get(1).probabilityFirst(), 5 * Math.sqrt(exact * (1 - exact) / n));
        // the point-weight analysis is the same as without uncertainty (and passed the evaluator check)
        assertEquals(0.75, r.interval("index", "p", "x").high(), 1e-12);

        // independent weight distributions, normalised per draw: w_x / (w_x + w_y) with both U(0, 2) exceeds 0.75
        // when w_x > 3 w_y, probability 1/6
        Model u = Model.builder("unc")
                .variable("x", Uniform.of(0, 1)).variable("y", Uniform.of(0, 1))
                .panel(Panel.of("p").uncertainWeight("x", Uniform.of(0, 2)).uncertainWeight("y", Uniform.of(0, 2)))
                .weightedIndex("index")
                .scenario(Scenario.of("s").set("x", Uniform.of(0.2, 1.0)).set("y", Uniform.of(0, 0.4)))
                .build();
        var q = WeightSensitivity.of(u).samples(n).seed(8).run();
        assertEquals(0.5, q.interval("index", "p", "x").weight(), 0, "point weights are the distributions' means");
        assertEquals(1.0 / 6, q.alternatives("index").get(1).probabilityFirst(), 5 * Math.sqrt(5.0 / 36 / n));
    }

    /** Two panels (pooled 1 : 2), three scenarios, four levers, one of which pins a weight. */
    static Model rich() {
        return Model.builder("rich")
                .variable("a", Uniform.of(0, 1)).variable("b", Uniform.of(0, 1)).variable("c", Uniform.of(0, 1))
                .variable("d", Triangular.of(0, 0.3, 1))
                .panel(Panel.of("entrepreneurs").weight("a", 3).weight("b", 1).weight("c", 2))
                .panel(Panel.of("educators").weight("a", 1).weight("b", 2).weight("d", 1).poolWeight(2))
                .outcome(WeightedIndex.of("index"))
                .scenario(Scenario.of("open").shift("a", 0.2).set("b", Uniform.of(0.2, 0.9)))
                .scenario(Scenario.of("closed").scale("c", 0.6).shift("d", -0.1))
                .lever(Lever.of("train").shift("b", 0.15))
                .lever(Lever.of("fund").set("c", Uniform.of(0.4, 1)))
                .lever(Lever.of("pin").weight("entrepreneurs", "c", 5))
                .build();
    }

    @Test
    void intervalsAgreeWithBruteForceRankingThroughTheEvaluator() {
        Model m = rich();
        WeightSensitivityResult r = WeightSensitivity.of(m).samples(0).run();
        assertEquals(12, r.alternatives("index").size());
        int checked = 0;
        for (WeightInterval w : r.intervals("index")) {
            Panel panel = m.panel(w.panel()).orElseThrow();
            List<String> base = ranking(m, panel, w.variable(), w.weight());
            assertEquals(r.alternatives("index").stream().map(RankedAlternative::alternative).toList(), base);
            for (int g = 0; g <= 40; g++) {
                double t = w.low() + (w.high() - w.low()) * (g + 0.5) / 41;
                assertEquals(base, ranking(m, panel, w.variable(), t), w + " at " + t);
                checked++;
            }
            if (w.high() < 1) {
                assertNotEquals(base, ranking(m, panel, w.variable(), w.high() + 1e-7), w.toString());
            }
            if (w.low() > 0) {
                assertNotEquals(base, ranking(m, panel, w.variable(), w.low() - 1e-7), w.toString());
            }
            // the best alternative stays best inside [best_low, best_high] and loses first place just outside
            for (int g = 0; g <= 10; g++) {
                double t = w.bestLow() + (w.bestHigh() - w.bestLow()) * (g + 0.5) / 11;
                assertEquals(base.get(0), ranking(m, panel, w.variable(), t).get(0), w + " at " + t);
            }
            if (w.bestHigh() < 1) {
                assertNotEquals(base.get(0), ranking(m, panel, w.variable(), w.bestHigh() + 1e-7).get(0), w.toString());
            }
            if (w.bestLow() > 0) {
                assertNotEquals(base.get(0), ranking(m, panel, w.variable(), w.bestLow() - 1e-7).get(0), w.toString());
            }
            if (Double.isFinite(w.topTwoWeight())) {
                double eps = Math.copySign(1e-7, w.topTwoChange());
                List<String> beyond = ranking(m, panel, w.variable(), w.topTwoWeight() + eps);
                assertTrue(beyond.indexOf(base.get(1)) < beyond.indexOf(base.get(0)), w + ": " + beyond);
                List<String> before = ranking(m, panel, w.variable(), w.topTwoWeight() - eps);
                assertTrue(before.indexOf(base.get(0)) < before.indexOf(base.get(1)), w + ": " + before);
            }
        }
        assertEquals(6 * 41, checked);
        assertTrue(r.intervals("index").stream().anyMatch(w -> !w.robust()), "the example should have sensitive weights");
        assertTrue(r.intervals("index").stream().anyMatch(w -> w.bestLow() > 0 || w.bestHigh() < 1),
                "some weight should be able to change the best alternative");
    }

    /** Alternatives ranked by expected index computed through the evaluator, panel weight moved to share t. */
    private static List<String> ranking(Model m, Panel panel, String driver, double t) {
        double sum = panel.weights().values().stream().mapToDouble(Math::abs).sum();
        double wj = panel.weights().get(driver) / sum;
        var w = new LinkedHashMap<String, Double>();
        panel.weights().forEach((k, v) -> w.put(k, k.equals(driver) ? sum * t : v * (1 - t) / (1 - wj)));
        var panels = new ArrayList<Panel>();
        for (Panel p : m.panels()) {
            panels.add(p.id().equals(panel.id()) ? p.weights(w) : p);
        }
        Model v = m.toBuilder().replacePanels(panels).build();
        var names = new ArrayList<String>();
        var values = new ArrayList<Double>();
        double[] u = WeightAlternatives.nodes();
        for (Scenario s : v.allScenarios()) {
            for (Lever l : v.allLevers()) {
                Evaluator ev = Evaluator.of(v, s.id(), l.id());
                double[][] in = new double[ev.inputs().size()][u.length];
                for (int i = 0; i < in.length; i++) {
                    ev.inputs().get(i).distribution().quantiles(u, in[i], u.length);
                }
                double[][] out = new double[ev.outputs().size()][u.length];
                ev.kernel().evaluate(in, u.length, out);
                names.add(s.id() + "/" + l.id());
                values.add(Stats.mean(out[ev.outputIndex("index")], u.length));
            }
        }
        var order = new ArrayList<Integer>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Double.compare(values.get(y), values.get(x)));
        return order.stream().map(names::get).toList();
    }

    @Test
    void perPanelColumnsAndLowerIsBetterAreSupported() {
        Model m = rich();
        var r = WeightSensitivity.of(m).outcome("index.educators").lowerIsBetter().samples(2000).run();
        assertEquals(List.of("index.educators"), r.outcomes());
        assertTrue(r.intervals("index.educators").stream().allMatch(i -> i.panel().equals("educators")));
        var alts = r.alternatives("index.educators");
        for (int i = 1; i < alts.size(); i++) {
            assertTrue(alts.get(i - 1).expected() <= alts.get(i).expected());
        }
        double total = r.rankings("index.educators").stream().mapToDouble(RankingProbability::probability).sum();
        assertEquals(1, total, 1e-12);
        double first = alts.stream().mapToDouble(RankedAlternative::probabilityFirst).sum();
        assertEquals(1, first, 1e-12);
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCountAndTablesHaveTheDocumentedColumns() {
        var a = WeightSensitivity.of(rich()).samples(5000).seed(9).threads(1).run();
        var b = WeightSensitivity.of(rich()).samples(5000).seed(9).threads(3).run();
        assertEquals(a.rankingTable().printAll(), b.rankingTable().printAll());
        assertArrayEquals(a.alternativeTable().doubleColumn("p_first").asDoubleArray(),
                b.alternativeTable().doubleColumn("p_first").asDoubleArray(), 0);
        assertEquals(List.of("outcome", "panel", "variable", "weight", "low", "high", "swap_at_low", "swap_at_high",
                "best_low", "best_high", "top_two_weight", "top_two_change"), a.table().columnNames());
        assertEquals(List.of("weights", "weight-rankings", "weight-alternatives"),
                a.tables().stream().map(t -> t.name()).toList());
        assertFalse(a.findings().isEmpty());
    }
}

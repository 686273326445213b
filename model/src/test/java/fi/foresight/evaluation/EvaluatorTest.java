package fi.foresight.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.foresight.distributions.Gamma;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    private static final double EPS = 1e-12;

    private static Model model() {
        return Model.builder("m")
                .variable("a", Uniform.of(0, 10))
                .variable("b", Uniform.of(0, 2))
                .panel(Panel.of("p").weight("a", 3).weight("b", 1))
                .panel(Panel.of("q").weight("b", 1).poolWeight(3))
                .weightedIndex("index")
                .outcome("y", "index.p * 100 + b")
                .scenario(Scenario.of("up").shift("a", 5).scale("b", 0.5))
                .lever(Lever.of("half").set("a", 4).weight("p", "b", 3))
                .build();
    }

    @Test
    void weightedIndexScalesNormalisesAndPools() {
        double[] out = Evaluator.of(model()).evaluate(5, 1);
        // p: 0.75*0.5 + 0.25*0.5 = 0.5; q: 0.5; pooled (1*0.5 + 3*0.5)/4 = 0.5
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 51}, out, EPS);
        out = Evaluator.of(model()).evaluate(10, 0);
        // p: 0.75*1 + 0.25*0 = 0.75; q: 0; pooled 0.75/4
        assertArrayEquals(new double[] {0.1875, 0.75, 0, 75}, out, EPS);
    }

    @Test
    void scenarioShiftsAndScalesThenLeverSetsAndReweights() {
        var ev = Evaluator.of(model(), "up", "none");
        // a = 2 + 5 = 7 -> 0.7; b = 2 * 0.5 = 1 -> 0.5
        double[] out = ev.evaluate(2, 2);
        double p = 0.75 * 0.7 + 0.25 * 0.5;
        assertArrayEquals(new double[] {(p + 3 * 0.5) / 4, p, 0.5, p * 100 + 1}, out, EPS);
        ev = Evaluator.of(model(), "up", "half");
        // the lever's set replaces a's distribution and clears the scenario's shift; b stays scaled; weights 3:3
        assertEquals(List.of("a", "b"), ev.inputs().stream().map(Input::name).toList());
        assertEquals(fi.foresight.distributions.Fixed.of(4), ev.inputs().get(0).distribution());
        out = ev.evaluate(4, 2);
        p = 0.5 * 0.4 + 0.5 * 0.5;
        assertArrayEquals(new double[] {(p + 3 * 0.5) / 4, p, 0.5, p * 100 + 1}, out, EPS);
    }

    @Test
    void valuesOutsideTheRangeAreClamped() {
        double[] out = Evaluator.of(model(), "up", "none").evaluate(9, 0);
        assertEquals(1.0 * 0.75, out[1], EPS);
    }

    @Test
    void dirichletWeightsBecomeGammaInputsAndAreNormalisedPerSample() {
        Model m = Model.builder("d")
                .variable("a", Triangular.of(0, 0.5, 1))
                .variable("b", Uniform.of(0, 1))
                .panel(Panel.of("p").weight("a", 3).weight("b", 1).dirichlet(40))
                .weightedIndex("index").build();
        var ev = Evaluator.of(m);
        var names = ev.inputs().stream().map(Input::name).toList();
        assertEquals(List.of("a", "b", "weight:p:a", "weight:p:b"), names);
        assertEquals(Gamma.of(30, 1), ev.inputs().get(2).distribution());
        assertEquals(Gamma.of(10, 1), ev.inputs().get(3).distribution());
        // weights drawn as 1 and 4 -> 0.2 and 0.8
        assertArrayEquals(new double[] {0.2 * 1 + 0.8 * 0.5}, ev.evaluate(1, 0.5, 1, 4), EPS);
    }

    @Test
    void blockEvaluationEqualsPointEvaluation() {
        var ev = Evaluator.of(model(), "up", "half");
        int n = 7;
        double[][] in = new double[2][n];
        for (int k = 0; k < n; k++) {
            in[0][k] = k * 1.7;
            in[1][k] = 2 - k * 0.3;
        }
        double[][] out = new double[4][n];
        ev.kernel().evaluate(in, n, out);
        for (int k = 0; k < n; k++) {
            double[] one = ev.evaluate(in[0][k], in[1][k]);
            for (int j = 0; j < 4; j++) {
                assertEquals(one[j], out[j][k], 0.0, "column " + j + " sample " + k);
            }
        }
    }
}

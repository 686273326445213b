package fi.foresight.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.foresight.distributions.Uniform;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernel's year and prev slots, and evaluators of scenario and lever values. */
class TimeKernelTest {

    private static Model model() {
        return Model.builder("m").horizon(2019, 2030)
                .variable("x", Uniform.of(0, 10))
                .outcome("lagged_level", "prev(level)")
                .outcome("level", "2 * x")
                .outcome("late", "prev(level) + 100")
                .outcome("change", "x - prev(x) + 0 * year")
                .outcome("stock", "prev(stock) + x")
                .outcome("age", "year - 2000")
                .scenario(Scenario.of("up").shift("x", 1))
                .build();
    }

    @Test
    void theFirstYearReadsCurrentValuesOrZeroForOutcomesNotYetComputed() {
        Evaluator ev = Evaluator.of(model(), "up", "none");
        assertEquals(List.of("level", "x", "stock"), ev.previous());
        double[] out = ev.evaluate(3);
        // lagged_level is computed first (it reads level only through prev), so in the first year it reads 0;
        // late is computed after level and reads level's current value
        assertArrayEquals(new double[] {0, 8, 108, 0, 4, 19}, out);
    }

    @Test
    void laterYearsReadTheGivenPreviousColumns() {
        Evaluator ev = Evaluator.of(model(), "up", "none");
        Kernel k = ev.kernel();
        double[][] in = {{3, 5}};
        double[][] out = new double[6][2];
        double[][] previous = {{10, 20}, {1, 2}, {100, 200}};
        k.evaluate(in, 2, out, 2025, previous);
        assertArrayEquals(new double[] {10, 20}, out[0]);
        assertArrayEquals(new double[] {8, 12}, out[1]);
        assertArrayEquals(new double[] {110, 120}, out[2]);
        assertArrayEquals(new double[] {3, 4}, out[3], "x after the scenario's shift minus last year's x");
        assertArrayEquals(new double[] {104, 206}, out[4]);
        assertArrayEquals(new double[] {25, 25}, out[5]);
        assertArrayEquals(new double[] {4, 6}, k.driverColumn(0), "the driver after the scenario's shift");
        assertThrows(IllegalArgumentException.class, () -> k.evaluate(in, 2, out, 2025, new double[1][]));
    }

    @Test
    void anEvaluatorTakesScenarioAndLeverValues() {
        Model m = model();
        Scenario up = m.scenario("up");
        Evaluator ev = Evaluator.of(m, new Scenario("up", null, null, null, null, up.sources(), List.of()),
                Lever.none());
        assertEquals(6.0, ev.evaluate(3)[1], "without the scenario's shift");
    }
}

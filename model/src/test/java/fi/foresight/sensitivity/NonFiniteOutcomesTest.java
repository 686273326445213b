package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import fi.foresight.montecarlo.MonteCarlo;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Tornado, Morris and Sobol' refuse an outcome that is not a finite number exactly as Monte Carlo does. */
class NonFiniteOutcomesTest {

    private static Model model(String expression) {
        return Model.builder("undefined")
                .variable("a", Uniform.of(-1, 1)).variable("b", Uniform.of(0, 1))
                .outcome("fine", "a + b")
                .outcome("y", expression)
                .build();
    }

    private static List<Supplier<Object>> analyses(Model m) {
        return List.of(
                () -> MonteCarlo.of(m).samples(512).seed(1).threads(1).run(),
                () -> Tornado.of(m).run(),
                () -> Morris.of(m).trajectories(4).seed(1).threads(1).run(),
                () -> Sobol.of(m).samples(64).seed(1).threads(1).run());
    }

    @Test
    void everyAnalysisRefusesDivisionByZeroNamingTheOutcomeAndAPoint() {
        for (Supplier<Object> analysis : analyses(model("b / 0"))) {
            var e = assertThrows(IllegalStateException.class, analysis::get);
            assertTrue(e.getMessage().matches("outcome 'y' is (Infinity|NaN) for \\d+ of \\d+ .*"), e.getMessage());
            assertTrue(e.getMessage().contains("statistics need finite outcomes"), e.getMessage());
            assertTrue(e.getMessage().contains("e.g. at a="), e.getMessage());
        }
    }

    @Test
    void everyAnalysisRefusesTheLogarithmOfANegativeValue() {
        for (Supplier<Object> analysis : analyses(model("log(a)"))) {
            var e = assertThrows(IllegalStateException.class, analysis::get);
            assertTrue(e.getMessage().matches("outcome 'y' is (-Infinity|NaN) for \\d+ of \\d+ .*"), e.getMessage());
        }
    }

    @Test
    void anOutcomeThatIsNotAnalysedDoesNotStopTheSensitivityAnalyses() {
        Model m = model("log(a)");
        assertFalse(Tornado.of(m).outcome("fine").run().swings().isEmpty());
        assertFalse(Morris.of(m).outcome("fine").trajectories(4).seed(1).threads(1).run().effects().isEmpty());
        assertFalse(Sobol.of(m).outcome("fine").samples(64).seed(1).threads(1).run().indices().isEmpty());
    }
}

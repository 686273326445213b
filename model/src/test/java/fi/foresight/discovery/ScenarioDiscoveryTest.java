package fi.foresight.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Uniform;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioDiscoveryTest {
    /** y = x1 - x2 with x1, x2, x3 ~ U(0, 1): y >= 0.5 exactly when x1 >= 0.5 + x2. */
    static Model model() {
        return Model.builder("planted").variable("x1", Uniform.of(0, 1)).variable("x2", Uniform.of(0, 1))
                .variable("x3", Uniform.of(0, 1)).outcome("y", "x1 - x2 + 0 * x3")
                .lever(Lever.of("push").shift("x1", 0.2)).build();
    }

    @Test
    void findsTheCornerOfTheDriversAndTheLever() {
        DiscoveryResult r = ScenarioDiscovery.of(model()).outcome("y").atLeast(0.5).levers(List.of("none", "push"))
                .samples(5000).seed(3).run();
        assertEquals(10_000, r.futures());
        assertEquals(List.of("x1", "x2", "x3", "lever"), r.inputs());
        DiscoveryBox b = r.boxes().get(0);
        var inputs = b.restrictions().stream().map(DiscoveryBox.Restriction::input).toList();
        assertTrue(inputs.contains("x1") && inputs.contains("x2") && !inputs.contains("x3"), inputs.toString());
        assertTrue(b.density() >= 0.8, b.toString());
    }

    @Test
    void theTablesDoNotDependOnTheThreadCount() {
        var one = ScenarioDiscovery.of(model()).outcome("y").atLeast(0.5).levers(List.of("none", "push"))
                .samples(3000).seed(9).threads(1).run();
        var two = ScenarioDiscovery.of(model()).outcome("y").atLeast(0.5).levers(List.of("none", "push"))
                .samples(3000).seed(9).threads(2).run();
        assertTrue(one.boxes().size() >= 1);
        for (int t = 0; t < 2; t++) {
            assertEquals(csv(one.tables().get(t)), csv(two.tables().get(t)), one.tables().get(t).name());
        }
    }

    private static String csv(tech.tablesaw.api.Table t) {
        var w = new java.io.StringWriter();
        t.write().csv(w);
        return w.toString();
    }

    @Test
    void tooManyFuturesAreRefusedWithTheSamplesThatFit() {
        var e = assertThrows(IllegalArgumentException.class, () -> ScenarioDiscovery.of(model()).outcome("y")
                .atMost(0).samples(6_000_000).blocks());
        assertTrue(e.getMessage().contains("use at most samples: 5000000"), e.getMessage());
    }
}

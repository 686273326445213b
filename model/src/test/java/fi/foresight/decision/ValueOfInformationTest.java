package fi.foresight.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Normal;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import org.junit.jupiter.api.Test;

class ValueOfInformationTest {
    private static final double PHI0 = 1 / Math.sqrt(2 * Math.PI);

    /** Two levers: none (y = 0) and act (y = x), x ~ N(0, 1); z ~ N(0, 1) does not enter the outcome. */
    static Model twoLevers() {
        return Model.builder("voi").variable("x", Normal.of(0, 1)).variable("z", Normal.of(0, 1))
                .variable("g", Fixed.of(0)).outcome("y", "g * x + 0 * z")
                .lever(Lever.of("act").shift("g", 1)).build();
    }

    private static ValueOfInformationResult.Row row(ValueOfInformationResult r, String input) {
        return r.rows().stream().filter(x -> x.input().equals(input)).findFirst().orElseThrow();
    }

    @Test
    void evpiEqualsTheClosedFormAndAnIrrelevantDriverIsWorthNothing() {
        var r = ValueOfInformation.of(twoLevers()).outcome("y").levers("none", "act").samples(40_000).seed(3).run();
        var evpi = r.evpi();
        // EVPI = E[max(X, 0)] - max(E[X], 0) = phi(0)
        assertEquals(PHI0, evpi.evppi(), 2 * evpi.se(), "EVPI " + evpi);
        assertTrue(evpi.se() > 0 && evpi.se() < 0.01, "se " + evpi.se());
        var z = row(r, "z");
        assertTrue(Math.abs(z.evppi()) <= 2 * z.se(), "EVPPI of z " + z);
        // x is the only uncertainty that matters: its EVPPI is the EVPI
        var x = row(r, "x");
        assertEquals(PHI0, x.evppi(), 2 * x.se() + 2 * evpi.se(), "EVPPI of x " + x);
        assertEquals("x", r.rows().get(1).input());
        assertEquals("value_of_information.first.driver", r.findings().get(1).key());
    }

    @Test
    void minimisingUsesTheOtherTail() {
        var r = ValueOfInformation.of(twoLevers()).outcome("y").minimise(true).levers("none", "act").samples(20_000)
                .seed(5).run();
        assertEquals(PHI0, r.evpi().evppi(), 2 * r.evpi().se());
    }

    @Test
    void sameTablesForOneAndTwoThreads() {
        String one = RobustnessTest.csv(ValueOfInformation.of(twoLevers()).outcome("y").samples(5000).seed(9).threads(1)
                .run().tables().get(0));
        String two = RobustnessTest.csv(ValueOfInformation.of(twoLevers()).outcome("y").samples(5000).seed(9).threads(2)
                .run().tables().get(0));
        assertEquals(one, two);
        assertTrue(one.startsWith("input,kind,evppi,se,share\nall,all,"), one);
    }
}

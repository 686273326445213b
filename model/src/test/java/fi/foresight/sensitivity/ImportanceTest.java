package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Fixed;
import fi.foresight.distributions.Normal;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportanceTest {
    private static final int N = 20_000;

    /** y = 2 x1 + x2 + 0 x3 with independent standard normals; a scenario doubles the spread of x2. */
    private static MonteCarloResult sample() {
        Model m = Model.builder("lin")
                .variable("x1", Normal.of(0, 1)).variable("x2", Normal.of(0, 1)).variable("x3", Normal.of(0, 1))
                .variable("k", Fixed.of(1))
                .outcome("y", "2 * x1 + x2 + 0 * x3 + k")
                .scenario(Scenario.of("wide").set("x2", Normal.of(0, 2)))
                .build();
        return MonteCarlo.of(m).samples(N).keepSamples(true).seed(5).run();
    }

    /** SE of a Spearman correlation near ρ: (1 - ρ²) sqrt(1.06 / (n - 3)) (Fieller et al. 1957). */
    private static double se(double rho) {
        return (1 - rho * rho) * Math.sqrt(1.06 / (N - 3)) + 1e-3 / Math.sqrt(N);
    }

    /** Spearman correlation of a bivariate normal pair with Pearson correlation r. */
    private static double spearman(double r) {
        return 6 / Math.PI * Math.asin(r / 2);
    }

    @Test
    void spearmanAndSrcMatchTheLinearGaussianModel() {
        ImportanceResult r = Importance.of(sample());
        double sdY = Math.sqrt(5);
        double[] src = {2 / sdY, 1 / sdY, 0};
        for (int i = 0; i < 3; i++) {
            ImportanceMeasure m = r.measure("y", "x" + (i + 1));
            double rs = spearman(src[i]);
            assertEquals(rs, m.spearman(), 5 * se(rs), m.toString());
            // the fit is exact (R² = 1); SRC = c_i s_i / s_y differs from the truth only through the sample sds,
            // and sd(log s) ≈ 1 / sqrt(2N) for each, so SE(SRC) <= SRC sqrt(2 / N) <= sqrt(2 / N)
            assertEquals(src[i], m.src(), 5 * Math.sqrt(2.0 / N), m.toString());
            assertEquals(1, m.rSquared(), 1e-9);
        }
        // wide scenario: sd(y) = sqrt(4 + 4), SRC of x2 = 2 / sqrt(8)
        ImportanceMeasure wide = r.measure("wide", "none", "y", "x2");
        assertEquals(2 / Math.sqrt(8), wide.src(), 5 * Math.sqrt(2.0 / N));
        assertEquals(spearman(2 / Math.sqrt(8)), wide.spearman(), 5 * se(spearman(2 / Math.sqrt(8))));
        // the fixed driver is left out
        assertTrue(r.measures().stream().noneMatch(x -> x.variable().equals("k")));
        assertEquals(List.of("scenario", "lever", "outcome", "variable", "spearman", "src", "r_squared"),
                r.table().columnNames());
        assertEquals("importance", r.table().name());
    }

    @Test
    void aRunWithoutKeptSamplesIsRejectedWithAHint() {
        Model m = Model.builder("m").variable("x", Normal.of(0, 1)).outcome("y", "x").build();
        var mc = MonteCarlo.of(m).samples(100).seed(1).run();
        var e = assertThrows(IllegalArgumentException.class, () -> Importance.of(mc));
        assertTrue(e.getMessage().contains("a run that keeps them"), e.getMessage());
        assertFalse(e.getMessage().contains("()"), e.getMessage());
    }
}

package fi.foresight.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.chart.ChartExport;
import fi.foresight.chart.XySpec;
import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import fi.foresight.sampling.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The convergence comparison of the sampling designs on a smooth mean with a known value: E[x1 x2 x3 x4] = 1/16
 * for independent U(0, 1), with sd(y) = √(1/81 − 1/256).
 *
 * <p>With {@code -Ddocs.img=DIR} the test also writes the chart of 2<sup>10</sup> … 2<sup>16</sup> draws, English and
 * Finnish, to {@code DIR/chart-design-convergence.png} and {@code .fi.png} (the pictures in docs/benchmarks.md).
 */
class DesignConvergenceTest {
    private static final double TRUE_MEAN = 1.0 / 16;
    private static final double SD = Math.sqrt(1.0 / 81 - 1.0 / 256);

    static Model product() {
        return Model.builder("prod")
                .variable("x1", Uniform.of(0, 1)).variable("x2", Uniform.of(0, 1))
                .variable("x3", Uniform.of(0, 1)).variable("x4", Uniform.of(0, 1))
                .outcome("y", "x1 * x2 * x3 * x4")
                .build();
    }

    @Test
    void sobolPointsBeatLatinHypercubeWhichBeatsPlainSamplingAndPlainSamplingHasItsTextbookError() throws Exception {
        var r = DesignConvergence.of(product(), "y").sizes(1024, 4096, 16384).replicates(30).truth(TRUE_MEAN).run();
        for (int n : new int[] {1024, 4096, 16384}) {
            double plain = r.rmse(Design.MONTE_CARLO, n);
            double lhs = r.rmse(Design.LATIN_HYPERCUBE, n);
            double sobol = r.rmse(Design.SOBOL, n);
            // 30 · RMSE² / (σ²/n) is χ² with 30 degrees of freedom: between 11.59 and 59.70 with probability 0.998
            double ratio = 30 * plain * plain / (SD * SD / n);
            assertTrue(ratio > 11.59 && ratio < 59.70, "plain RMSE " + plain + " at n = " + n + ": chi2 " + ratio);
            assertTrue(lhs < plain, "latin hypercube " + lhs + " vs plain " + plain + " at n = " + n);
            assertTrue(sobol < lhs / 5, "sobol " + sobol + " vs latin hypercube " + lhs + " at n = " + n);
        }
        assertEquals(9, r.table().rowCount());
        XySpec chart = r.chart();
        assertEquals(3, chart.curves().size());
        assertEquals("Scrambled Sobol' points", chart.curves().get(2).name().en());
        assertTrue(chart.title().fi().contains("otantamenetelmitt\u00e4in"), chart.title().fi());
        String dir = System.getProperty("docs.img");
        if (dir != null) {
            var full = DesignConvergence.of(product(), "y").sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16).replicates(30)
                    .truth(TRUE_MEAN).run();
            System.out.println(full.table().printAll());
            Files.createDirectories(Path.of(dir));
            ChartExport.png(full.chart(), "en", Path.of(dir, "chart-design-convergence.png"), 96);
            ChartExport.png(full.chart(), "fi", Path.of(dir, "chart-design-convergence.fi.png"), 96);
        }
    }

    @Test
    void withoutATrueValueTheErrorIsTheSpreadBetweenRunsAndBadSettingsAreRefused() {
        var r = DesignConvergence.of(product(), "y").sizes(4096).replicates(20).designs(Design.MONTE_CARLO).run();
        double plain = r.rmse(Design.MONTE_CARLO, 4096);
        // 19 · s² / (σ²/n) is χ² with 19 degrees of freedom: between 5.41 and 38.58 with probability 0.998
        double ratio = 19 * plain * plain / (SD * SD / 4096);
        assertTrue(ratio > 5.41 && ratio < 38.58, "spread " + plain + ": chi2 " + ratio);
        assertTrue(r.chart().yAxis().en().startsWith("Spread"), r.chart().yAxis().en());
        assertThrows(IllegalArgumentException.class, () -> DesignConvergence.of(product(), "z"));
        assertThrows(IllegalArgumentException.class, () -> DesignConvergence.of(product(), "y").sizes(4096, 1024));
        assertThrows(IllegalArgumentException.class, () -> DesignConvergence.of(product(), "y").replicates(1));
        assertThrows(IllegalArgumentException.class, () -> r.rmse(Design.SOBOL, 4096));
    }
}

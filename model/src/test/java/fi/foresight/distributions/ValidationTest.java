package fi.foresight.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import java.util.stream.Stream;

/** Every parameter rule rejects with a message that names the parameter, the fault and what is valid. */
class ValidationTest {

    private static String rejected(Executable construction) {
        return assertThrows(IllegalArgumentException.class, construction).getMessage();
    }

    private static void rejects(Executable construction, String... fragments) {
        String message = rejected(construction);
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "message '" + message + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void modeOutsideTheRangeReadsWell() {
        assertEquals("mode (0.9) is outside [min, max] = [0.0, 0.5]; mode must lie between min and max",
                rejected(() -> Triangular.of(0, 0.9, 0.5)));
        rejects(() -> Pert.of(0, -0.1, 0.5), "mode (-0.1)", "must lie between min and max");
    }

    @Test
    void minMustBeBelowMax() {
        assertEquals("min (5.0) is not below max (3.0); min must be < max", rejected(() -> Uniform.of(5, 3)));
        rejects(() -> Uniform.of(2, 2), "min (2.0)", "max (2.0)", "min must be < max");
        rejects(() -> Triangular.of(1, 1, 1), "min must be < max");
        rejects(() -> Pert.of(1, 1, 1), "min must be < max");
        rejects(() -> Beta.of(2, 2, 1, 0), "min (1.0)", "min must be < max");
        rejects(() -> TruncatedNormal.of(0, 1, 1, -1), "min (1.0)", "min must be < max");
    }

    @Test
    void parametersMustBeFinite() {
        rejects(() -> Uniform.of(Double.NaN, 1), "min (NaN) is not a finite number", "min must be finite");
        rejects(() -> Uniform.of(0, Double.POSITIVE_INFINITY), "max (Infinity)", "max must be finite");
        rejects(() -> Triangular.of(0, Double.NaN, 1), "mode (NaN)");
        rejects(() -> Normal.of(Double.NaN, 1), "mean (NaN)");
        rejects(() -> LogNormal.of(Double.NEGATIVE_INFINITY, 1), "mu (-Infinity)");
        rejects(() -> Beta.of(2, 2, Double.NEGATIVE_INFINITY, 1), "min (-Infinity)", "must be finite");
        rejects(() -> Fixed.of(Double.NaN), "value (NaN) is not a finite number; value must be finite");
    }

    @Test
    void spreadsMustBePositive() {
        assertEquals("sd (0.0) is not positive; sd must be > 0", rejected(() -> Normal.of(1, 0)));
        rejects(() -> Normal.of(1, Double.POSITIVE_INFINITY), "sd (Infinity)", "finite");
        rejects(() -> LogNormal.of(0, -0.5), "sigma (-0.5) is not positive");
        rejects(() -> TruncatedNormal.of(0, -1, 0, 1), "sd (-1.0) is not positive");
    }

    @Test
    void shapesMustBePositive() {
        rejects(() -> Pert.of(0, 0.5, 1, 0), "shape (0.0) is not positive; shape must be > 0");
        rejects(() -> Beta.of(0, 1), "alpha (0.0) is not positive");
        rejects(() -> Beta.of(1, -2), "beta (-2.0) is not positive");
        rejects(() -> Gamma.of(-1, 1), "shape (-1.0) is not positive");
        rejects(() -> Gamma.of(1, 0), "scale (0.0) is not positive");
    }

    @Test
    void truncatedNormalEndsMayBeInfiniteOnlyOnTheirOwnSide() {
        rejects(() -> TruncatedNormal.of(0, 1, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY),
                "min (Infinity)", "finite or -infinity");
        rejects(() -> TruncatedNormal.of(0, 1, Double.NaN, 1), "min (NaN)");
        rejects(() -> TruncatedNormal.of(0, 1, 0, Double.NEGATIVE_INFINITY), "max (-Infinity)",
                "finite or +infinity");
    }

    @Test
    void truncatedNormalWindowMustHoldProbability() {
        rejects(() -> TruncatedNormal.of(0, 1, 50, 60), "[min, max] = [50.0, 60.0] holds no probability",
                "mean 0.0, sd 1.0");
    }

    @Test
    void logNormalFromMeanAndSdNeedsPositiveValues() {
        rejects(() -> LogNormal.ofMeanSd(-1, 1), "mean (-1.0) is not positive");
        rejects(() -> LogNormal.ofMeanSd(1, 0), "sd (0.0) is not positive");
    }

    @Test
    void betaCountsMustBeNonNegative() {
        rejects(() -> Beta.fromCounts(-1, 3), "successes -1.0", "counts must be >= 0");
        rejects(() -> Beta.fromCounts(1, Double.NaN), "failures (NaN)");
    }

    @Test
    void bernoulliProbabilityMustBeAProbability() {
        assertEquals("probability (1.5) is outside [0, 1]; probability must be a probability between 0 and 1",
                rejected(() -> Bernoulli.of(1.5)));
        rejects(() -> Bernoulli.of(Double.NaN), "probability (NaN) is outside [0, 1]");
    }

    @Test
    void discreteNeedsValues() {
        rejects(() -> Discrete.of(new double[0], new double[0]), "values are missing");
        rejects(() -> Discrete.of(null, new double[] {1}), "values are missing");
    }

    @Test
    void discreteNeedsOneProbabilityPerValue() {
        rejects(() -> Discrete.of(new double[] {1, 2}, new double[] {1}),
                "probabilities have 1 entries for 2 values");
    }

    @Test
    void discreteProbabilitiesMustBeProbabilities() {
        rejects(() -> Discrete.of(new double[] {1, 2}, new double[] {-0.1, 1.1}),
                "probabilities[0] (-0.1) is outside [0, 1]");
    }

    @Test
    void discreteProbabilitiesMustSumToOneAndTheMessageShowsTheSum() {
        rejects(() -> Discrete.of(new double[] {1, 2, 3}, new double[] {0.5, 0.3, 0.3}),
                "probabilities sum to 1.1", "must sum to 1 (within 1.0E-9)");
        rejects(() -> Discrete.of(new double[] {1, 2}, new double[] {0.5, 0.5 - 1e-8}), "sum to 0.99999999");
    }

    @Test
    void discreteSumToleranceIsOneInABillion() {
        Discrete d = Discrete.of(new double[] {1, 2}, new double[] {0.5, 0.5 + 5e-10});
        assertEquals(1, d.probabilities()[0] + d.probabilities()[1], 1e-15);
    }

    @Test
    void discreteValuesMustBeDistinct() {
        rejects(() -> Discrete.of(new double[] {1, 2, 1}, new double[] {0.2, 0.3, 0.5}),
                "value 1.0 is listed twice; values must be distinct");
    }

    @Test
    void discreteValuesMustBeFinite() {
        rejects(() -> Discrete.of(new double[] {1, Double.NaN}, new double[] {0.5, 0.5}), "values[1] (NaN)");
    }

    @Test
    void empiricalNeedsValues() {
        rejects(() -> Empirical.of(), "values are missing");
    }

    @Test
    void empiricalNeedsOneCountPerValue() {
        rejects(() -> Empirical.ofCounts(new double[] {1, 2, 3}, new double[] {1, 2}),
                "counts have 2 entries for 3 values");
    }

    @Test
    void empiricalCountsMustBeNonNegative() {
        rejects(() -> Empirical.ofCounts(new double[] {1, 2}, new double[] {3, -1}),
                "counts[1] (-1.0) is negative; counts must be >= 0");
    }

    @Test
    void empiricalCountsMustNotAllBeZero() {
        rejects(() -> Empirical.ofCounts(new double[] {1, 2}, new double[] {0, 0}), "counts sum to 0.0",
                "positive count");
    }

    @Test
    void empiricalValuesMustBeFinite() {
        rejects(() -> Empirical.of(1, Double.POSITIVE_INFINITY), "values[1] (Infinity)");
    }

    @TestFactory
    Stream<DynamicTest> everyQuantileRejectsLevelsOutsideZeroOne() {
        return Examples.oneOfEach().stream().map(d -> DynamicTest.dynamicTest(d.type(), () -> {
            for (double p : new double[] {-0.01, 1.01, Double.NaN, Double.NEGATIVE_INFINITY}) {
                rejects(() -> d.quantile(p), "p (" + p + ") is outside [0, 1]");
            }
            rejects(() -> d.quantiles(new double[] {0.5, 2}, new double[2], 2), "p (2.0) is outside [0, 1]");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyColumnSamplerRejectsCountsThatDoNotFit() {
        return Examples.oneOfEach().stream().map(d -> DynamicTest.dynamicTest(d.type(), () -> {
            var rng = org.apache.commons.rng.simple.RandomSource.XO_SHI_RO_256_PP.create(1L);
            rejects(() -> d.sample(rng, new double[3], 4), "n (4) is outside [0, out.length] = [0, 3]");
            rejects(() -> d.quantiles(new double[2], new double[3], 3), "n (3) is outside [0, out.length]");
        }));
    }
}

package fi.foresight.distributions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class DistributionsTest {

    @Test
    void typesListsEveryFamilyOnceInDeclarationOrder() {
        List<String> fromExamples = Examples.oneOfEach().stream().map(Distribution::type).toList();
        assertEquals(fromExamples, Distributions.types());
        // three forms have no type of their own: Mixture and Tabulated (the forms of a pool) and Fitted (type: empirical)
        assertEquals(families(Distribution.class), Distributions.types().size() + 3);
    }

    /** The concrete families below a sealed type (a sealed group such as the point masses counts its members). */
    private static long families(Class<?> type) {
        return type.isSealed() ? java.util.Arrays.stream(type.getPermittedSubclasses())
                .mapToLong(DistributionsTest::families).sum() : 1;
    }

    @Test
    void describeGivesShortTextsWithRoundedNumbers() {
        List<String> expected = List.of(
                "uniform(0.2, 0.6)",
                "triangular(0.3, 0.5, 0.7)",
                "pert(0, 0.02, 0.08)",
                "normal(mean 0.02, sd 0.01)",
                "truncated_normal(mean 0.9, sd 0.1, [0, 1])",
                "lognormal(mu 0, sigma 0.25)",
                "beta(2, 5, [10, 30])",
                "gamma(shape 2, scale 1.5)",
                "discrete(0: 0.5, 1: 0.3, 2: 0.2)",
                "bernoulli(0.15)",
                "fixed(5600000)",
                "empirical(n 32, 5 distinct values in [1, 5])",
                "elicited lognormal(mu 1.6, sigma 0.45)",
                "linear pool of 2 experts");
        assertEquals(expected, Examples.oneOfEach().stream().map(Distributions::describe).toList());
    }

    @Test
    void describeShowsNonDefaultShapesAndRanges() {
        assertEquals("pert(1, 2, 4, shape 6)", Distributions.describe(Pert.of(1, 2, 4, 6)));
        assertEquals("beta(0.5, 0.5)", Distributions.describe(Beta.of(0.5, 0.5)));
        assertEquals("truncated_normal(mean 0, sd 1, [0, inf])",
                Distributions.describe(TruncatedNormal.of(0, 1, 0, Double.POSITIVE_INFINITY)));
        assertEquals("normal(mean 0.333333, sd 1.5E-7)", Distributions.describe(Normal.of(1.0 / 3, 1.5e-7)));
    }

    @Test
    void describeShortensLongDiscreteLists() {
        double[] values = new double[10];
        double[] p = new double[10];
        for (int i = 0; i < 10; i++) {
            values[i] = i;
            p[i] = 0.1;
        }
        assertEquals("discrete(0: 0.1, 1: 0.1, 2: 0.1, 3: 0.1, 4: 0.1, 5: 0.1, … 4 more)",
                Distributions.describe(Discrete.of(values, p)));
    }

    @TestFactory
    Stream<DynamicTest> everyCdfRunsFromZeroToOneAndPassesNaNThrough() {
        return Examples.oneOfEach().stream().map(d -> DynamicTest.dynamicTest(d.type(), () -> {
            assertEquals(0, d.cdf(Double.NEGATIVE_INFINITY), 0);
            assertEquals(1, d.cdf(Double.POSITIVE_INFINITY), 0);
            assertTrue(Double.isNaN(d.cdf(Double.NaN)), d + ": cdf(NaN)");
            assertEquals(1, d.cdf(d.quantile(1)), 0);
            assertEquals(d.support().min(), d.quantile(0), 0);
            assertEquals(d.support().max(), d.quantile(1), 0);
        }));
    }

    @Test
    void requireRepresentableRefusesRangesMeansAndVariancesThatOverflow() {
        var range = assertThrows(IllegalArgumentException.class,
                () -> Distributions.requireRepresentable(Uniform.of(-1e308, 1e308)));
        assertTrue(range.getMessage().startsWith("the range of this uniform"), range.getMessage());
        assertTrue(range.getMessage().contains("valid: a min and max less than 1.8e308 apart"), range.getMessage());
        var variance = assertThrows(IllegalArgumentException.class,
                () -> Distributions.requireRepresentable(Normal.of(0, 1e308)));
        assertTrue(variance.getMessage().startsWith("the variance of this normal"), variance.getMessage());
        var mean = assertThrows(IllegalArgumentException.class,
                () -> Distributions.requireRepresentable(Gamma.of(1e300, 1e10)));
        assertTrue(mean.getMessage().startsWith("the mean of this gamma"), mean.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Distributions.requireRepresentable(LogNormal.of(0, 30)));
    }

    @Test
    void requireRepresentableAcceptsEveryExampleAndWideButFiniteOnes() {
        for (Distribution d : Examples.oneOfEach()) {
            assertDoesNotThrow(() -> Distributions.requireRepresentable(d), d.type());
        }
        assertDoesNotThrow(() -> Distributions.requireRepresentable(Normal.of(0, 1e150)));
        assertDoesNotThrow(() -> Distributions.requireRepresentable(Uniform.of(-1e150, 1e150)));
        assertDoesNotThrow(() -> Distributions.requireRepresentable(Fixed.of(1.7e308)));
    }
}

package fi.foresight.montecarlo;

import fi.foresight.statistics.OutcomeStatistics;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Triangular;
import fi.foresight.sampling.Design;
import org.apache.commons.math3.util.CombinatoricsUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sample statistics against closed forms, within 5 standard errors of the estimator. */
class ClosedFormTest {
    private static final int N = 200_000;

    /** Irwin–Hall CDF of the sum of m U(0, 1). */
    static double irwinHallCdf(int m, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= m) {
            return 1;
        }
        double s = 0;
        for (int k = 0; k <= Math.floor(x); k++) {
            s += (k % 2 == 0 ? 1 : -1) * CombinatoricsUtils.binomialCoefficientDouble(m, k) * Math.pow(x - k, m);
        }
        return s / CombinatoricsUtils.factorialDouble(m);
    }

    static double irwinHallDensity(int m, double x) {
        double s = 0;
        for (int k = 0; k <= Math.floor(x); k++) {
            s += (k % 2 == 0 ? 1 : -1) * CombinatoricsUtils.binomialCoefficientDouble(m, k) * Math.pow(x - k, m - 1);
        }
        return s / CombinatoricsUtils.factorialDouble(m - 1);
    }

    static double irwinHallQuantile(int m, double p) {
        double lo = 0;
        double hi = m;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (irwinHallCdf(m, mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * Tolerance of a sample p-quantile: 5 standard errors √(p(1 − p)/n) / f(q) plus the sketch's guaranteed
     * rank error (and one rank of discreteness) converted to a value through the density.
     */
    static double quantileTolerance(double p, double density, OutcomeStatistics s) {
        double se = Math.sqrt(p * (1 - p) / s.n()) / density;
        return 5 * se + (s.rankErrorBound() + 1.0 / s.n()) / density;
    }

    static void assertMean(double mean, double variance, OutcomeStatistics s) {
        assertEquals(mean, s.mean(), 5 * Math.sqrt(variance / s.n()), s.outcome() + " mean");
    }

    /** Sample variance within 5 SE, SE = σ² √((κ − 1)/n) with κ the kurtosis. */
    static void assertVariance(double variance, double kurtosis, OutcomeStatistics s) {
        assertEquals(variance, s.sd() * s.sd(), 5 * variance * Math.sqrt((kurtosis - 1) / s.n()),
                s.outcome() + " variance");
    }

    @ParameterizedTest
    @EnumSource(Design.class)
    void sumOfUniforms(Design design) {
        MonteCarloResult r = MonteCarlo.of(Models.uniforms()).samples(N).seed(17).threads(2).design(design).run();
        OutcomeStatistics s = r.statistics("base", "none", "sum");
        assertEquals(N, s.n());
        assertFalse(s.exact());
        assertMean(2, 4.0 / 12, s);
        assertVariance(4.0 / 12, 3 - 6.0 / (5 * 4), s);
        double[] pct = s.percentiles();
        for (int i = 0; i < pct.length; i++) {
            double p = OutcomeStatistics.PERCENTILES[i];
            double q = irwinHallQuantile(4, p);
            assertEquals(q, pct[i], quantileTolerance(p, irwinHallDensity(4, q), s), "p=" + p);
        }
        assertTrue(s.min() >= 0 && s.max() <= 4);
        Exceedance e = r.run("base", "none").exceedances().get(0);
        assertEquals(1 - irwinHallCdf(4, 2.5), e.probability(), 5 * e.se(), "P(sum >= 2.5)");
        Exceedance band = r.run("base", "none").exceedances().get(1);
        double pBand = irwinHallCdf(4, 2.0) - irwinHallCdf(4, 1.5);
        assertEquals(pBand, band.probability(), 5 * Math.sqrt(pBand * (1 - pBand) / N), "P(1.5 <= sum <= 2)");
    }

    @ParameterizedTest
    @EnumSource(Design.class)
    void linearWeightedIndexAndSumOfTriangulars(Design design) {
        MonteCarloResult r = MonteCarlo.of(Models.triangles()).samples(N).seed(3).threads(2).design(design)
                .scenarios("base").levers("none").run();
        Triangular[] t = {Models.T1, Models.T2, Models.T3};
        double mean = 0;
        double var = 0;
        double totalMean = 0;
        double totalVar = 0;
        for (int i = 0; i < 3; i++) {
            double w = Models.LINEAR_WEIGHTS[i];
            double width = t[i].max() - t[i].min();
            mean += w * (t[i].mean() - t[i].min()) / width;
            var += w * w * t[i].variance() / (width * width);
            totalMean += t[i].mean();
            totalVar += t[i].variance();
        }
        OutcomeStatistics linear = r.statistics("base", "none", "linear");
        assertMean(mean, var, linear);
        OutcomeStatistics total = r.statistics("base", "none", "total");
        assertMean(totalMean, totalVar, total);
        // a triangular's kurtosis is 2.4 whatever its shape; a sum of three has kurtosis
        // 3 + Σ σᵢ⁴ (2.4 − 3) / (Σ σᵢ²)²
        double fourth = 0;
        for (Triangular ti : t) {
            fourth += ti.variance() * ti.variance();
        }
        assertVariance(totalVar, 3 - 0.6 * fourth / (totalVar * totalVar), total);

        OutcomeStatistics single = r.statistics("base", "none", "single");
        Triangular t1 = Models.T1;
        double width = t1.max() - t1.min();
        double[] pct = single.percentiles();
        for (int i = 0; i < pct.length; i++) {
            double p = OutcomeStatistics.PERCENTILES[i];
            double x = t1.quantile(p);
            double density = width * densityOf(t1, x);
            assertEquals((x - t1.min()) / width, pct[i], quantileTolerance(p, density, single), "p=" + p);
        }
    }

    private static double densityOf(Triangular t, double x) {
        double a = t.min();
        double c = t.mode();
        double b = t.max();
        return x < c ? 2 * (x - a) / ((b - a) * (c - a)) : 2 * (b - x) / ((b - a) * (b - c));
    }
}

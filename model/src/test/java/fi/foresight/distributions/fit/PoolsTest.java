package fi.foresight.distributions.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Mixture;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Pooled;
import fi.foresight.distributions.Tabulated;
import fi.foresight.distributions.Uniform;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Opinion pools with known answers: a linear pool's mean and variance equal the mixture's closed form (exactly for
 * the distribution's own moments, within 3 standard errors for the sampler's draws); a logarithmic pool of two
 * normals equals the precision-weighted normal to the accuracy of its grid; pools that cannot exist are refused.
 */
class PoolsTest {
    private static final List<String> NAMES = List.of("anna", "ben", "cecilia");
    private static final List<Distribution> OPINIONS = List.of(Normal.of(2, 1), Pert.of(1, 4, 10),
            LogNormal.of(1, 0.3));
    private static final double[] WEIGHTS = {2, 1, 1};

    @Test
    void linearPoolHasTheMixturesMeanAndVariance() {
        Pooled pool = Pools.pooled(NAMES, OPINIONS, WEIGHTS, "linear");
        double[] w = {0.5, 0.25, 0.25};
        double mean = 0;
        double second = 0;
        for (int i = 0; i < 3; i++) {
            Distribution d = OPINIONS.get(i);
            mean += w[i] * d.mean();
            second += w[i] * (d.variance() + d.mean() * d.mean());
        }
        assertEquals(mean, pool.mean(), 1e-12 * Math.abs(mean));
        assertEquals(second - mean * mean, pool.variance(), 1e-12 * pool.variance());
        assertTrue(pool.distribution() instanceof Mixture);
    }

    @Test
    void linearPoolSamplerHasTheMixturesMeanAndVarianceWithinSamplingError() {
        Pooled pool = Pools.pooled(NAMES, OPINIONS, WEIGHTS, "linear");
        int n = 200_000;
        double[] x = new double[n];
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(5L);
        pool.sample(rng, x, n);
        double m = 0;
        for (double v : x) {
            m += v / n;
        }
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = (v - m) * (v - m);
            m2 += d / n;
            m4 += d * d / n;
        }
        double seMean = Math.sqrt(m2 / n);
        double seVariance = Math.sqrt((m4 - m2 * m2) / n);
        assertEquals(pool.mean(), m, 3 * seMean);
        assertEquals(pool.variance(), m2, 3 * seVariance);
    }

    @Test
    void mixtureQuantileInvertsItsCdf() {
        Pooled pool = Pools.pooled(NAMES, OPINIONS, WEIGHTS, "linear");
        for (double p : new double[] {0.01, 0.1, 0.5, 0.9, 0.99}) {
            assertEquals(p, pool.cdf(pool.quantile(p)), 1e-12);
        }
    }

    @Test
    void logarithmicPoolOfTwoNormalsIsThePrecisionWeightedNormal() {
        List<Distribution> two = List.of(Normal.of(0, 1), Normal.of(3, 2));
        Pooled pool = Pools.pooled(List.of("anna", "ben"), two, new double[] {2, 1}, "logarithmic");
        // precision 2/3 * 1 + 1/3 * 1/4 = 0.75; mean (2/3 * 0 + 1/3 * 3/4) / 0.75 = 1/3
        Normal exact = Normal.of(1.0 / 3, Math.sqrt(1 / 0.75));
        Tabulated t = (Tabulated) pool.distribution();
        double[] e = t.edges();
        double h = e[1] - e[0];
        assertEquals(exact.mean(), pool.mean(), h * h);
        assertEquals(exact.sd(), pool.sd(), h * h);
        for (double p : new double[] {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99}) {
            assertEquals(exact.quantile(p), pool.quantile(p), h, "quantile " + p);
        }
    }

    @Test
    void logarithmicPoolWithEqualOpinionsIsThatOpinion() {
        Pert one = Pert.of(1, 4, 10);
        Pooled pool = Pools.pooled(List.of("anna", "ben"), List.of(one, one), new double[] {1, 1}, "logarithmic");
        double h = (10 - 1.0) / Pools.CELLS;
        assertEquals(one.mean(), pool.mean(), h * h);
        for (double p : new double[] {0.05, 0.5, 0.95}) {
            assertEquals(one.quantile(p), pool.quantile(p), h);
        }
    }

    @Test
    void refusesPoolsThatCannotExist() {
        var apart = assertThrows(IllegalArgumentException.class, () -> Pools.pooled(List.of("anna", "ben"),
                List.of(Uniform.of(0, 1), Uniform.of(2, 3)), new double[] {1, 1}, "logarithmic"));
        assertTrue(apart.getMessage().contains("ranges do not overlap (anna: [0, 1], ben: [2, 3])"),
                apart.getMessage());
        assertTrue(apart.getMessage().contains("use method: linear"), apart.getMessage());
        var points = assertThrows(IllegalArgumentException.class, () -> Pools.pooled(List.of("anna", "ben"),
                List.of(Normal.of(0, 1), Discrete.of(new double[] {0, 1}, new double[] {0.5, 0.5})),
                new double[] {1, 1}, "logarithmic"));
        assertTrue(points.getMessage().contains("ben's discrete distribution"), points.getMessage());
        // a linear pool of the same is fine
        assertEquals(0.5 * 0 + 0.5 * 0.5, Pools.pooled(List.of("anna", "ben"), List.of(Normal.of(0, 1),
                Discrete.of(new double[] {0, 1}, new double[] {0.5, 0.5})), new double[] {1, 1}, "linear").mean(),
                1e-15);
    }
}

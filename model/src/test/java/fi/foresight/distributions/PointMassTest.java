package fi.foresight.distributions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Discrete, empirical, Bernoulli and fixed: quantile conventions, draw frequencies, content equality. */
class PointMassTest {

    private static final int DRAWS = 60_000;

    /** A random discrete distribution with {@code size} points, some with probability 0. */
    private static Discrete randomDiscrete(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = random.doubles(size, -50, 50).toArray();
        double[] weights = new double[size];
        double total = 0;
        for (int i = 0; i < size; i++) {
            weights[i] = random.nextInt(5) == 0 ? 0 : random.nextDouble();
            total += weights[i];
        }
        if (total == 0) {
            weights[0] = 1;
            total = 1;
        }
        for (int i = 0; i < size; i++) {
            weights[i] /= total;
        }
        return Discrete.of(values, weights);
    }

    @Test
    void quantileIsTheSmallestPointWhoseCdfReachesTheLevel() {
        // sizes above 32 exercise the binary search, smaller ones the branch-free count
        qt().withFixedSeed(21).withExamples(60).forAll(integers().between(1, 80), longs().all())
                .as(PointMassTest::randomDiscrete)
                .checkAssert(d -> {
                    double[] values = d.values();
                    double[] p = d.probabilities();
                    for (int k = 0; k <= 100; k++) {
                        double level = k / 100.0;
                        double q = d.quantile(level);
                        assertTrue(d.cdf(q) >= level, () -> d + ": cdf(quantile(" + level + ")) < level");
                        for (int i = 0; i < values.length; i++) {
                            if (values[i] < q && p[i] > 0) {
                                int at = i;
                                assertTrue(d.cdf(values[at]) < level,
                                        () -> d + ": smaller point " + values[at] + " reaches " + level);
                            }
                        }
                        int index = java.util.Arrays.binarySearch(values, q);
                        assertTrue(index >= 0 && p[index] > 0, () -> d + ": quantile " + q + " is not drawable");
                    }
                });
    }

    @Test
    void drawFrequenciesMatchTheProbabilities() {
        qt().withFixedSeed(22).withExamples(10).forAll(integers().between(1, 50), longs().all())
                .as(PointMassTest::randomDiscrete)
                .checkAssert(d -> frequenciesMatch(d, d.values(), d.probabilities()));
    }

    /** Each point's share of the draws is within 5 standard errors sqrt(p (1 - p) / n) of its probability. */
    private static void frequenciesMatch(Distribution d, double[] values, double[] probabilities) {
        long seed = 0xD15C_0000L + d.hashCode();
        double[] draws = new double[DRAWS];
        d.sample(RandomSource.XO_SHI_RO_256_PP.create(seed), draws, DRAWS);
        UniformRandomProvider single = RandomSource.XO_SHI_RO_256_PP.create(seed);
        UniformRandomProvider uniforms = RandomSource.XO_SHI_RO_256_PP.create(seed);
        int[] counts = new int[values.length];
        for (int i = 0; i < DRAWS; i++) {
            assertEquals(d.sample(single), draws[i], 0, "column draw equals the single draw");
            assertEquals(d.quantile(uniforms.nextDouble()), draws[i], 0, "draw is quantile(nextDouble())");
            int index = java.util.Arrays.binarySearch(values, draws[i]);
            assertTrue(index >= 0, () -> "draw " + " is not a listed value");
            counts[index]++;
        }
        for (int i = 0; i < values.length; i++) {
            double p = probabilities[i];
            double se = Math.sqrt(p * (1 - p) / DRAWS);
            assertEquals(p, counts[i] / (double) DRAWS, 5 * se, d + ": share of " + values[i]);
        }
    }

    @Test
    void zeroProbabilityValuesAreKeptButNeverDrawnNorInTheSupport() {
        Discrete d = Discrete.of(new double[] {-1, 0, 1, 2, 3}, new double[] {0, 0.4, 0, 0.6, 0});
        assertEquals(5, d.size());
        assertEquals(new Support(0, 2), d.support());
        assertEquals(0, d.quantile(0), 0);
        assertEquals(0, d.quantile(0.4), 0);
        assertEquals(2, d.quantile(0.41), 0);
        assertEquals(2, d.quantile(1), 0);
        assertEquals(0.4, d.cdf(1.5), 1e-15);
    }

    @Test
    void discreteQuantileConventionOnAKnownCase() {
        Discrete d = Discrete.of(new double[] {0, 1, 2}, new double[] {0.5, 0.3, 0.2});
        assertEquals(0, d.quantile(0), 0);
        assertEquals(0, d.quantile(0.5), 0);
        assertEquals(1, d.quantile(Math.nextUp(0.5)), 0);
        assertEquals(1, d.quantile(0.79), 0);
        assertEquals(2, d.quantile(0.81), 0);
        assertEquals(2, d.quantile(1), 0);
    }

    @Test
    void discreteIsCanonicalComparedByContentAndDefensivelyCopied() {
        double[] values = {2, 0, 1};
        double[] p = {0.2, 0.5, 0.3};
        Discrete d = Discrete.of(values, p);
        Discrete same = Discrete.of(new double[] {0, 1, 2}, new double[] {0.5, 0.3, 0.2});
        assertEquals(same, d);
        assertEquals(same.hashCode(), d.hashCode());
        assertEquals("Discrete[values=[0.0, 1.0, 2.0], probabilities=[0.5, 0.3, 0.2]]", d.toString());
        values[0] = 99;
        d.values()[0] = 99;
        d.probabilities()[0] = 0;
        assertArrayEquals(new double[] {0, 1, 2}, d.values());
        assertArrayEquals(new double[] {0.5, 0.3, 0.2}, d.probabilities());
        assertNotEquals(Discrete.of(new double[] {0, 1, 2}, new double[] {0.5, 0.2, 0.3}), d);
    }

    @Test
    void empiricalResamplesTheDistinctValuesByCount() {
        Empirical likert = Empirical.ofCounts(new double[] {1, 2, 3, 4, 5}, new double[] {2, 5, 9, 12, 4});
        double[] shares = {2 / 32.0, 5 / 32.0, 9 / 32.0, 12 / 32.0, 4 / 32.0};
        frequenciesMatch(likert, likert.values(), shares);
        assertEquals(likert.asDiscrete().mean(), likert.mean(), 1e-15);
        for (int k = 0; k <= 64; k++) {
            assertEquals(likert.asDiscrete().quantile(k / 64.0), likert.quantile(k / 64.0), 0);
        }
    }

    @Test
    void empiricalQuantileOnRawAnswers() {
        Empirical d = Empirical.of(3, 4, 4, 5, 2, 4); // sorted 2 3 4 4 4 5
        assertEquals(2, d.quantile(0), 0);
        assertEquals(2, d.quantile(0.1), 0);
        assertEquals(3, d.quantile(0.2), 0);
        assertEquals(4, d.quantile(0.5), 0);
        assertEquals(4, d.quantile(0.8), 0);
        assertEquals(5, d.quantile(0.9), 0);
    }

    @Test
    void empiricalIsCanonicalAndComparedByContent() {
        Empirical raw = Empirical.of(4, 3, 4);
        Empirical counted = Empirical.ofCounts(new double[] {3, 4}, new double[] {1, 2});
        assertEquals(counted, raw);
        assertEquals(counted.hashCode(), raw.hashCode());
        assertEquals(Empirical.ofCounts(new double[] {4, 3, 4}, new double[0]), raw);
        assertEquals("Empirical[values=[3.0, 4.0], counts=[1.0, 2.0]]", raw.toString());
        assertEquals(3, raw.total(), 0);
        raw.counts()[0] = 100;
        assertArrayEquals(new double[] {1, 2}, raw.counts());
        assertNotEquals(Empirical.of(3, 4), raw);
    }

    @Test
    void empiricalHandlesManyDistinctValues() {
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 0.5;
        }
        Empirical d = Empirical.of(values);
        assertEquals(124.75, d.mean(), 1e-12);
        assertEquals(0.5 * 0.5 * (500.0 * 500 - 1) / 12, d.variance(), 1e-9);
        assertEquals(0, d.quantile(1.0 / 500), 0);
        assertEquals(0.5, d.quantile(Math.nextUp(1.0 / 500)), 0);
        assertEquals(249.5, d.quantile(1), 0);
    }

    @Test
    void bernoulliDrawsAreEventsWithTheGivenProbability() {
        Bernoulli event = Bernoulli.of(0.15);
        frequenciesMatch(event, new double[] {0, 1}, new double[] {0.85, 0.15});
        assertEquals(0, event.quantile(0.85), 0);
        assertEquals(1, event.quantile(Math.nextUp(0.85)), 0);
    }

    @Test
    void bernoulliEdgesAreCertain() {
        Bernoulli never = Bernoulli.of(0);
        Bernoulli always = Bernoulli.of(1);
        assertEquals(0, never.quantile(1), 0);
        assertEquals(1, always.quantile(0), 0);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(5L);
        double[] out = new double[1000];
        never.sample(rng, out, out.length);
        assertEquals(0, java.util.Arrays.stream(out).sum(), 0);
        always.sample(rng, out, out.length);
        assertEquals(1000, java.util.Arrays.stream(out).sum(), 0);
    }

    @Test
    void fixedConsumesOneUniformPerDrawSoOtherDriversKeepTheirNumbers() {
        UniformRandomProvider a = RandomSource.XO_SHI_RO_256_PP.create(8L);
        UniformRandomProvider b = RandomSource.XO_SHI_RO_256_PP.create(8L);
        double[] out = new double[10];
        Fixed.of(3).sample(a, out, 10);
        Triangular.of(0, 1, 2).sample(b, new double[10], 10);
        assertArrayEquals(new double[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, out);
        assertEquals(b.nextLong(), a.nextLong());
        assertEquals(3, Fixed.of(3).sample(a), 0);
        b.nextDouble();
        assertEquals(b.nextLong(), a.nextLong());
    }
}

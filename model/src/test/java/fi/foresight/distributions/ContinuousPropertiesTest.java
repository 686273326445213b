package fi.foresight.distributions;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** QuickTheories over random valid parameters of each continuous family: see {@link ContinuousLaws}. */
class ContinuousPropertiesTest {

    private static final int EXAMPLES = 25;

    private static QuickTheory theory(long seed) {
        return qt().withFixedSeed(seed).withExamples(EXAMPLES);
    }

    private static void lawsAndInversion(Distribution d) {
        ContinuousLaws.hold(d);
        ContinuousLaws.drawsInvertTheNextUniform(d);
    }

    @Test
    void uniform() {
        theory(1).forAll(doubles().between(-100, 100), doubles().between(1e-3, 100))
                .as((lo, width) -> Uniform.of(lo, lo + width))
                .checkAssert(ContinuousPropertiesTest::lawsAndInversion);
    }

    @Test
    void triangular() {
        theory(2).forAll(doubles().between(-100, 100), doubles().between(1e-3, 100), doubles().between(0, 1))
                .as((lo, width, at) -> Triangular.of(lo, lo + at * width, lo + width))
                .checkAssert(ContinuousPropertiesTest::lawsAndInversion);
    }

    @Test
    void pert() {
        theory(3).forAll(doubles().between(-100, 100), doubles().between(1e-3, 100), doubles().between(0, 1),
                        doubles().between(0.5, 20))
                .as((lo, width, at, shape) -> Pert.of(lo, lo + at * width, lo + width, shape))
                // PERT draws by a gamma-ratio rejection sampler, so drawsInvertTheNextUniform does not apply (documented)
                .checkAssert(ContinuousLaws::hold);
    }

    @Test
    void normal() {
        theory(4).forAll(doubles().between(-1000, 1000), doubles().between(1e-3, 1000))
                .as(Normal::of)
                .checkAssert(ContinuousPropertiesTest::lawsAndInversion);
    }

    @Test
    void truncatedNormal() {
        // the window starts between 3 sd below and 2.5 sd above the parent mean, 0.1 to 5 sd wide
        theory(5).forAll(doubles().between(-10, 10), doubles().between(0.01, 10), doubles().between(-3, 2.5),
                        doubles().between(0.1, 5))
                .as((mu, sigma, from, width) -> TruncatedNormal.of(mu, sigma, mu + from * sigma,
                        mu + (from + width) * sigma))
                .checkAssert(ContinuousPropertiesTest::lawsAndInversion);
    }

    @Test
    void truncatedNormalOneSided() {
        theory(6).forAll(doubles().between(-10, 10), doubles().between(0.01, 10), doubles().between(-3, 3))
                .as((mu, sigma, cut) -> cut < 0
                        ? TruncatedNormal.of(mu, sigma, Double.NEGATIVE_INFINITY, mu - cut * sigma)
                        : TruncatedNormal.of(mu, sigma, mu + cut * sigma, Double.POSITIVE_INFINITY))
                .checkAssert(ContinuousPropertiesTest::lawsAndInversion);
    }

    @Test
    void logNormal() {
        // sigma up to 1: heavier tails make the 20,000-draw mean too slow to settle for a 5 SE check
        theory(7).forAll(doubles().between(-3, 3), doubles().between(0.05, 1))
                .as(LogNormal::of)
                .checkAssert(ContinuousPropertiesTest::lawsAndInversion);
    }

    @Test
    void beta() {
        theory(8).forAll(doubles().between(0.3, 20), doubles().between(0.3, 20), doubles().between(-10, 10),
                        doubles().between(0.1, 100))
                .as((alpha, beta, lo, width) -> Beta.of(alpha, beta, lo, lo + width))
                // Beta draws by rejection samplers (gamma ratio or Cheng), so drawsInvertTheNextUniform does not apply (documented)
                .checkAssert(ContinuousLaws::hold);
    }

    @Test
    void gamma() {
        // Gamma draws by rejection sampling, so drawsInvertTheNextUniform does not apply (documented)
        theory(9).forAll(doubles().between(0.2, 20), doubles().between(0.01, 100))
                .as(Gamma::of)
                .checkAssert(ContinuousLaws::hold);
    }
}

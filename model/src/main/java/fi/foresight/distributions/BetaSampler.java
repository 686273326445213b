package fi.foresight.distributions;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Exact, fast draws of a unit Beta(alpha, beta) for {@link Beta} and {@link Pert}. When both shapes are at
 * least 1 (every PERT), {@code X / (X + Y)} with X ~ Gamma(alpha) then Y ~ Gamma(beta) drawn by Marsaglia–Tsang
 * (one normal and one uniform per gamma, rarely more); otherwise Cheng's (1978) algorithm BC
 * ({@code ChengBetaSampler}), which stays exact for small shapes where the gammas could underflow to 0 together.
 * Both are rejection samplers: a draw uses a varying number of uniforms and is not an inverse CDF.
 */
final class BetaSampler {
    private BetaSampler() {
    }

    static ContinuousSampler of(UniformRandomProvider rng, double alpha, double beta) {
        if (alpha >= 1 && beta >= 1) {
            ContinuousSampler x = AhrensDieterMarsagliaTsangGammaSampler.of(rng, alpha, 1);
            ContinuousSampler y = AhrensDieterMarsagliaTsangGammaSampler.of(rng, beta, 1);
            return () -> {
                double a = x.sample();
                return a / (a + y.sample());
            };
        }
        return ChengBetaSampler.of(rng, alpha, beta);
    }
}

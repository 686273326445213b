package fi.foresight.montecarlo;

import fi.foresight.statistics.Moments;

/**
 * A stopping rule: stop sampling a scenario × lever once the 95% confidence interval of the mean of one outcome
 * is narrow enough, {@code 1.96 · se ≤ relativeHalfWidth · |mean|}, checked every {@code checkEvery} samples
 * (rounded up to whole blocks), and in any case at {@code maxSamples}.
 *
 * <pre>{@code
 * MonteCarlo.of(model).precision("index", 0.005, 10_000, 1_000_000).run();   // ±0.5% of the mean
 * }</pre>
 *
 * @param outcome           an outcome column of the model
 * @param relativeHalfWidth the wanted half-width as a fraction of |mean|, in (0, 1]
 * @param checkEvery        samples between checks, &ge; 1
 * @param maxSamples        the most samples to draw, &ge; checkEvery
 */
public record Precision(String outcome, double relativeHalfWidth, long checkEvery, long maxSamples) {
    /** The two-sided 95% normal quantile Φ⁻¹(0.975). */
    public static final double Z95 = fi.foresight.statistics.ConvergencePoint.Z95;

    /**
     * Checks the parts.
     *
     * @param outcome           an outcome column of the model
     * @param relativeHalfWidth the wanted half-width as a fraction of |mean|, in (0, 1]
     * @param checkEvery        samples between checks, &ge; 1
     * @param maxSamples        the most samples to draw, &ge; checkEvery
     * @throws IllegalArgumentException when the outcome is missing, the relative half-width is outside (0, 1],
     *                                  {@code checkEvery < 1} or {@code maxSamples < checkEvery}
     */
    public Precision {
        if (outcome == null || outcome.isBlank()) {
            throw new IllegalArgumentException("precision needs an outcome column");
        }
        if (!(relativeHalfWidth > 0 && relativeHalfWidth <= 1)) {
            throw new IllegalArgumentException("relative half-width is " + relativeHalfWidth
                    + "; must be in (0, 1], e.g. 0.005 for ±0.5% of the mean");
        }
        if (checkEvery < 1) {
            throw new IllegalArgumentException("checkEvery is " + checkEvery + "; must be >= 1 sample");
        }
        if (maxSamples < checkEvery) {
            throw new IllegalArgumentException("maxSamples (" + maxSamples + ") < checkEvery (" + checkEvery
                    + "); the maximum must allow at least one check");
        }
    }

    /** True when the interval of {@code m} is narrow enough. */
    boolean isMet(Moments m) {
        return m.n() >= 2 && halfWidth(m) <= relativeHalfWidth * Math.abs(m.mean());
    }

    static double halfWidth(Moments m) {
        return Z95 * m.se();
    }
}

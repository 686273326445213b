package fi.foresight.sensitivity;

import java.util.List;

/**
 * The settings of one Sobol' analysis, frozen when it runs ({@link Sobol#run()}) or is cut into tasks
 * ({@link Sobol#blocks()}), so later changes to the builder cannot reach a running plan.
 *
 * @param scenario      the scenario analysed
 * @param lever         the lever analysed
 * @param outcomes      the outcome columns (empty: all)
 * @param year          the year of the horizon, or null without one
 * @param samples       the base sample N
 * @param secondOrder   whether second-order indices are estimated
 * @param bootstrap     bootstrap resamples (for {@link Sobol.Method#BOOTSTRAP})
 * @param replicates    randomised replicates (for {@link Sobol.Method#REPLICATES})
 * @param method        how the intervals are computed
 * @param confidence    the intervals' confidence level
 * @param seed          the seed of all random numbers
 * @param sobolSequence whether the design is the Sobol' sequence (else plain Monte Carlo)
 * @param threads       worker threads (never change the numbers)
 */
record SobolSettings(String scenario, String lever, List<String> outcomes, Integer year, int samples,
                     boolean secondOrder, int bootstrap, int replicates, Sobol.Method method, double confidence,
                     long seed, boolean sobolSequence, int threads) {
    SobolSettings {
        outcomes = List.copyOf(outcomes);
    }
}

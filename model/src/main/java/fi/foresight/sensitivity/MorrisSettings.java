package fi.foresight.sensitivity;

import java.util.List;

/**
 * The settings of one Morris screening, frozen when it runs ({@link Morris#run()}) or is cut into tasks
 * ({@link Morris#blocks()}), so later changes to the builder cannot reach a running plan.
 *
 * @param scenario     the scenario analysed
 * @param lever        the lever analysed
 * @param outcomes     the outcome columns (empty: all)
 * @param year         the year of the horizon, or null without one
 * @param trajectories the trajectories r
 * @param levels       the grid levels p
 * @param pool         the pool the trajectories are chosen from (0: none)
 * @param bootstrap    bootstrap resamples of the intervals
 * @param confidence   the intervals' confidence level
 * @param tails        the tail probability τ left out of unbounded inputs
 * @param seed         the seed of all random numbers
 * @param threads      worker threads (never change the numbers)
 */
record MorrisSettings(String scenario, String lever, List<String> outcomes, Integer year, int trajectories,
                      int levels, int pool, int bootstrap, double confidence, double tails, long seed, int threads) {
    MorrisSettings {
        outcomes = List.copyOf(outcomes);
    }
}

package fi.foresight.sensitivity;

import java.util.List;

/**
 * The settings of one weight sensitivity analysis, frozen when it runs ({@link WeightSensitivity#run()}), so
 * changes to the builder while it runs cannot reach it.
 *
 * @param outcomes       the weighted-index columns (empty: every weighted index)
 * @param scenarios      the scenarios (empty: all)
 * @param levers         the levers (empty: all)
 * @param higherIsBetter whether a higher index ranks first
 * @param samples        draws of uncertain weights (0: none)
 * @param seed           the seed of the draws and of the moving drivers' states
 * @param concentration  the Dirichlet concentration κ
 * @param uniform        whether weights are drawn from a flat Dirichlet
 * @param threads        worker threads (never change the numbers)
 * @param year           the year of the horizon, or null without one
 */
record WeightSettings(List<String> outcomes, List<String> scenarios, List<String> levers, boolean higherIsBetter,
                      int samples, long seed, double concentration, boolean uniform, int threads, Integer year) {
    WeightSettings {
        outcomes = List.copyOf(outcomes);
        scenarios = List.copyOf(scenarios);
        levers = List.copyOf(levers);
    }
}

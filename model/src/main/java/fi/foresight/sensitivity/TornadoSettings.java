package fi.foresight.sensitivity;

import java.util.List;

/**
 * The settings of one tornado, frozen when it runs ({@link Tornado#run()}), so changes to the builder while it runs
 * cannot reach it.
 *
 * @param scenario the scenario analysed
 * @param lever    the lever analysed
 * @param outcomes the outcome columns (empty: all)
 * @param year     the year of the horizon, or null without one
 * @param seed     the seed of the moving drivers' states
 * @param low      the low quantile of each swing
 * @param high     the high quantile of each swing
 * @param mean     whether the other inputs are held at their mean (else their median)
 */
record TornadoSettings(String scenario, String lever, List<String> outcomes, Integer year, long seed, double low,
                       double high, boolean mean) {
    TornadoSettings {
        outcomes = List.copyOf(outcomes);
    }
}

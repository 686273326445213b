package fi.foresight.decision;

import fi.foresight.model.Target;
import java.util.List;

/**
 * The settings of one goal seek, frozen when it starts ({@link GoalSeek#run(GoalSeek.Runner)}): its rounds may run
 * for long on the job's engine, and changes to the builder meanwhile cannot reach them.
 *
 * @param lever       the lever whose strength is sought, or null
 * @param driver      the driver whose value is sought, or null
 * @param target      the target to meet
 * @param probability the chance of meeting it that is asked for
 * @param lower       the lower end of the searched range
 * @param upper       the upper end of the searched range
 * @param tolerance   the bracket width at which the search stops, or NaN for a thousandth of the range
 * @param scenarios   the scenarios searched
 * @param samples     futures per study
 * @param seed        the seed of the studies
 * @param threads     worker threads (never change the numbers)
 */
record GoalSeekSettings(String lever, String driver, Target target, double probability, double lower, double upper,
                        double tolerance, List<String> scenarios, int samples, long seed, int threads) {
    GoalSeekSettings {
        scenarios = List.copyOf(scenarios);
    }
}

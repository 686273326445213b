package fi.foresight.time;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trajectories of one scenario × lever: each tracked outcome's statistics by year, and per target of the
 * model the yearly exceedance and the first-passage distribution.
 *
 * @param scenario      scenario id
 * @param lever         lever id
 * @param outcomes      outcome column → its trajectory, in tracking order
 * @param exceedance    per target, how often it is met in each year
 * @param firstPassages per target, when it is first reached
 * @param eventEffects  per time event and outcome, its effect at the horizon's end (empty without events)
 */
public record RunTrajectories(String scenario, String lever, Map<String, OutcomeTrajectory> outcomes,
                              List<TargetExceedance> exceedance, List<FirstPassage> firstPassages,
                              List<EventEffect> eventEffects) {
    /**
     * Copies the parts, keeping the outcomes' order.
     *
     * @param scenario      scenario id
     * @param lever         lever id
     * @param outcomes      outcome column → its trajectory, in tracking order
     * @param exceedance    per target, how often it is met in each year
     * @param firstPassages per target, when it is first reached
     * @param eventEffects  per time event and outcome, its effect at the horizon's end (empty without events)
     */
    public RunTrajectories {
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        exceedance = List.copyOf(exceedance);
        firstPassages = List.copyOf(firstPassages);
        eventEffects = eventEffects == null ? List.of() : List.copyOf(eventEffects);
    }

    /**
     * Without event effects.
     *
     * @param scenario      scenario id
     * @param lever         lever id
     * @param outcomes      outcome column → its trajectory, in tracking order
     * @param exceedance    per target, how often it is met in each year
     * @param firstPassages per target, when it is first reached
     */
    public RunTrajectories(String scenario, String lever, Map<String, OutcomeTrajectory> outcomes,
                           List<TargetExceedance> exceedance, List<FirstPassage> firstPassages) {
        this(scenario, lever, outcomes, exceedance, firstPassages, List.of());
    }

    /**
     * The trajectory of one tracked outcome column.
     *
     * @param column the outcome column, as named in {@code outcomes}
     * @return the trajectory of that outcome
     * @throws IllegalArgumentException when the outcome was not tracked
     */
    public OutcomeTrajectory outcome(String column) {
        OutcomeTrajectory t = outcomes.get(column);
        if (t == null) {
            throw new IllegalArgumentException("outcome '" + column + "' was not tracked; tracked are "
                    + outcomes.keySet());
        }
        return t;
    }
}

package fi.foresight.cib;

import fi.foresight.model.CibScenario;
import java.util.List;
import java.util.Objects;

/**
 * The trajectory of global succession from one start scenario.
 *
 * @param steps     the scenarios visited, from the start up to (not repeating) the first scenario seen twice
 * @param attractor the fixed point or cycle the trajectory ends in
 */
public record SuccessionPath(List<CibScenario> steps, Attractor attractor) {

    /**
     * Checks the parts.
     *
     * @param steps     the scenarios visited, from the start up to (not repeating) the first scenario seen twice
     * @param attractor the fixed point or cycle the trajectory ends in
     * @throws NullPointerException     when the attractor is null
     * @throws IllegalArgumentException when there is no step (the path holds at least its start)
     */
    public SuccessionPath {
        steps = List.copyOf(steps);
        Objects.requireNonNull(attractor, "attractor");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a succession path holds at least its start scenario");
        }
    }

    /**
     * The start scenario.
     *
     * @return the scenario the succession started from
     */
    public CibScenario start() {
        return steps.get(0);
    }

    /**
     * Number of succession steps taken before the attractor was first reached.
     *
     * @return the number of steps from the start to the first scenario of the attractor (0 when the start lies on it)
     */
    public int stepsToAttractor() {
        for (int i = 0; i < steps.size(); i++) {
            if (attractor.scenarios().contains(steps.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("path does not reach its attractor");
    }
}

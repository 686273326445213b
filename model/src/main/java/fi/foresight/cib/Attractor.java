package fi.foresight.cib;

import fi.foresight.model.CibScenario;
import java.util.List;

/**
 * Where global succession ends: a fixed point (one scenario, which is then consistent) or a cycle of scenarios
 * that succession visits in turn. A cycle is listed in succession order starting from its lexicographically
 * smallest scenario, so equal cycles are equal values.
 *
 * @param scenarios the fixed point, or the cycle in succession order
 */
public record Attractor(List<CibScenario> scenarios) implements Comparable<Attractor> {

    /**
     * Checks the cycle and rotates it to start at its smallest scenario, so equal attractors compare equal.
     *
     * @param scenarios the fixed point, or the cycle in succession order
     * @throws IllegalArgumentException when there is no scenario
     */
    public Attractor {
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("an attractor holds at least one scenario");
        }
        int min = 0;
        for (int i = 1; i < scenarios.size(); i++) {
            if (scenarios.get(i).compareTo(scenarios.get(min)) < 0) {
                min = i;
            }
        }
        if (min != 0) {
            List<CibScenario> rotated = new java.util.ArrayList<>(scenarios.subList(min, scenarios.size()));
            rotated.addAll(scenarios.subList(0, min));
            scenarios = List.copyOf(rotated);
        }
    }

    /**
     * A fixed point.
     *
     * @param fixedPoint the scenario that succession maps to itself
     * @return the attractor of that single scenario
     */
    public static Attractor of(CibScenario fixedPoint) {
        return new Attractor(List.of(fixedPoint));
    }

    /**
     * True for a single scenario that succession does not leave.
     *
     * @return true when the attractor is one scenario
     */
    public boolean isFixedPoint() {
        return scenarios.size() == 1;
    }

    /**
     * True for a cycle of two or more scenarios.
     *
     * @return true when the attractor holds two or more scenarios
     */
    public boolean isCycle() {
        return scenarios.size() > 1;
    }

    /**
     * The fixed point, or the first (smallest) scenario of the cycle.
     *
     * @return the fixed point, or the cycle's lexicographically smallest scenario
     */
    public CibScenario first() {
        return scenarios.get(0);
    }

    @Override
    public int compareTo(Attractor o) {
        int c = first().compareTo(o.first());
        return c != 0 ? c : Integer.compare(scenarios.size(), o.scenarios.size());
    }

    @Override
    public String toString() {
        return isFixedPoint() ? first().toString() : "cycle" + scenarios;
    }
}

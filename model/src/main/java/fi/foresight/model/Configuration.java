package fi.foresight.model;

import java.util.Arrays;

/**
 * One path through a futures table: a state for every factor (0-based indices, printed 1-based).
 * Configurations order lexicographically.
 */
public final class Configuration implements Comparable<Configuration> {

    private final int[] states;

    private Configuration(int[] states) {
        this.states = states;
    }

    /**
     * A configuration from 0-based state indices, one per factor.
     *
     * @param states the 0-based state index of each factor, in factor order, each &ge; 0
     * @return the configuration (holding a copy of {@code states})
     * @throws IllegalArgumentException when an index is negative
     */
    public static Configuration of(int... states) {
        for (int s : states) {
            if (s < 0) {
                throw new IllegalArgumentException("state index " + s + " < 0; indices are 0-based");
            }
        }
        return new Configuration(states.clone());
    }

    /**
     * The number of factors.
     *
     * @return the number of factors
     */
    public int size() {
        return states.length;
    }

    /**
     * 0-based state of factor {@code f}.
     *
     * @param f the 0-based factor index
     * @return the 0-based state index chosen for factor {@code f}
     */
    public int state(int f) {
        return states[f];
    }

    /**
     * The 0-based state of every factor, in factor order.
     *
     * @return a copy of the states
     */
    public int[] states() {
        return states.clone();
    }

    /**
     * 1-based state numbers joined by spaces.
     *
     * @return the 1-based state numbers, e.g. {@code "1 3 2"}
     */
    public String toOneBased() {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < states.length; f++) {
            sb.append(f == 0 ? "" : " ").append(states[f] + 1);
        }
        return sb.toString();
    }

    @Override
    public int compareTo(Configuration o) {
        return Arrays.compare(states, o.states);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Configuration c && Arrays.equals(states, c.states);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(states);
    }

    @Override
    public String toString() {
        return "[" + toOneBased() + "]";
    }
}

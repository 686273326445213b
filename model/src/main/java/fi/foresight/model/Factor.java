package fi.foresight.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A row of a futures table: a factor of the future with its alternative states.
 *
 * @param id      identifier unique within the table
 * @param label   English label (defaults to the id)
 * @param labelFi Finnish label, or {@code null}
 * @param states  one or more states, ids unique
 */
public record Factor(String id, String label, String labelFi, List<State> states) {

    /**
     * Checks the parts; a blank label becomes the id and a blank Finnish label null.
     *
     * @param id      identifier unique within the table
     * @param label   English label (defaults to the id)
     * @param labelFi Finnish label, or {@code null}
     * @param states  one or more states, ids unique
     * @throws NullPointerException     when the id or states are null
     * @throws IllegalArgumentException when the id is blank, there is no state or a state id occurs twice
     */
    public Factor {
        Objects.requireNonNull(id, "factor id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("factor id is blank; give a short name such as \"energy\"");
        }
        if (label == null || label.isBlank()) {
            label = id;
        }
        if (labelFi != null && labelFi.isBlank()) {
            labelFi = null;
        }
        states = List.copyOf(Objects.requireNonNull(states, "states of factor " + id));
        if (states.isEmpty()) {
            throw new IllegalArgumentException("factor " + id + " has no states; give at least one");
        }
        Set<String> seen = new HashSet<>();
        for (State s : states) {
            if (!seen.add(s.id())) {
                throw new IllegalArgumentException("factor " + id + " has state \"" + s.id() + "\" twice");
            }
        }
    }

    /**
     * A factor whose labels are its ids.
     *
     * @param id       the factor id
     * @param stateIds its state ids, at least one
     * @return the factor
     * @throws IllegalArgumentException when an id is blank, there is no state or a state occurs twice
     */
    public static Factor of(String id, String... stateIds) {
        return new Factor(id, id, null, Arrays.stream(stateIds).map(State::of).toList());
    }

    /**
     * The number of states.
     *
     * @return the number of states, at least 1
     */
    public int size() {
        return states.size();
    }

    /**
     * 0-based index of the state with this id.
     *
     * @param stateId a state id
     * @return its index
     * @throws IllegalArgumentException when there is no such state
     */
    public int indexOf(String stateId) {
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).id().equals(stateId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("factor " + id + " has no state \"" + stateId + "\"; known: "
                + states.stream().map(State::id).toList());
    }
}

package fi.foresight.model;

import java.util.Objects;

/**
 * A cross-consistency judgement on a pair of states of two different factors: compatible (with an optional
 * score, e.g. −2..+2 for how well the states fit together) or incompatible (they cannot occur in one future).
 * Pairs without a judgement are compatible with score 0.
 *
 * @param factor      first factor id
 * @param state       its state id
 * @param otherFactor second factor id (not the first)
 * @param otherState  its state id
 * @param compatible  false when the two states exclude each other
 * @param score       fit of a compatible pair (must be 0 for an incompatible one)
 */
public record Judgement(String factor, String state, String otherFactor, String otherState, boolean compatible,
                        int score) {

    /**
     * Checks the parts.
     *
     * @param factor      first factor id
     * @param state       its state id
     * @param otherFactor second factor id (not the first)
     * @param otherState  its state id
     * @param compatible  false when the two states exclude each other
     * @param score       fit of a compatible pair (must be 0 for an incompatible one)
     * @throws NullPointerException     when a factor or state is null
     * @throws IllegalArgumentException when both factors are the same or an incompatible pair has a score other than 0
     */
    public Judgement {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(otherFactor, "otherFactor");
        Objects.requireNonNull(otherState, "otherState");
        if (factor.equals(otherFactor)) {
            throw new IllegalArgumentException("judgement pairs two states of factor " + factor + "; cross-consistency "
                    + "is judged between different factors (states of one factor exclude each other anyway)");
        }
        if (!compatible && score != 0) {
            throw new IllegalArgumentException("incompatible pair " + factor + "=" + state + " / " + otherFactor + "="
                    + otherState + " has score " + score + "; an excluded pair has no score, use 0");
        }
    }

    /**
     * Two states that cannot occur in one future.
     *
     * @param factor      a factor id
     * @param state       its state id
     * @param otherFactor another factor id
     * @param otherState  its state id
     * @return the judgement
     * @throws IllegalArgumentException when both factors are the same
     */
    public static Judgement incompatible(String factor, String state, String otherFactor, String otherState) {
        return new Judgement(factor, state, otherFactor, otherState, false, 0);
    }

    /**
     * Two compatible states and how well they fit together.
     *
     * @param factor      a factor id
     * @param state       its state id
     * @param otherFactor another factor id
     * @param otherState  its state id
     * @param score       the fit, e.g. -2 (poor) to +2 (good)
     * @return the judgement
     * @throws IllegalArgumentException when both factors are the same
     */
    public static Judgement scored(String factor, String state, String otherFactor, String otherState, int score) {
        return new Judgement(factor, state, otherFactor, otherState, true, score);
    }
}

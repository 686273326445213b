package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * One scenario × lever in a weight sensitivity analysis: its expected outcome at the point weights, its rank there
 * (1 = best) and the probability of ranking first under uncertain weights.
 *
 * @param outcome          index column
 * @param alternative      the scenario × lever, as {@code scenario/lever}
 * @param scenario         scenario id
 * @param lever            lever id
 * @param expected         expected value of the index at the point weights
 * @param rank             rank at the point weights, 1 = best
 * @param probabilityFirst probability of ranking first under uncertain weights (NaN without weight draws)
 */
public record RankedAlternative(String outcome, String alternative, String scenario, String lever, double expected,
                                int rank, double probabilityFirst) {
    /**
     * Checks the parts.
     *
     * @param outcome          index column
     * @param alternative      the scenario × lever, as {@code scenario/lever}
     * @param scenario         scenario id
     * @param lever            lever id
     * @param expected         expected value of the index at the point weights
     * @param rank             rank at the point weights, 1 = best
     * @param probabilityFirst probability of ranking first under uncertain weights (NaN without weight draws)
     * @throws NullPointerException when the outcome or alternative is null
     */
    public RankedAlternative {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(alternative, "alternative");
    }
}

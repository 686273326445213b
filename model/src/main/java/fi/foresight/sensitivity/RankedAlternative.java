package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * One scenario × lever in a weight sensitivity analysis: its expected outcome at the point weights, its rank there
 * (1 = best) and the probability of ranking first under uncertain weights.
 */
public record RankedAlternative(String outcome, String alternative, String scenario, String lever, double expected,
                                int rank, double probabilityFirst) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException when the outcome or alternative is null
     */
    public RankedAlternative {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(alternative, "alternative");
    }
}

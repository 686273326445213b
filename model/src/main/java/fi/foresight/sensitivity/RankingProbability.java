package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * The probability of one complete ranking of the alternatives (best first, joined by {@code " > "}).
 *
 * @param outcome     index column
 * @param ranking     the alternatives, best first, joined by {@code " > "}
 * @param probability share of weight draws giving this ranking, in [0, 1]
 */
public record RankingProbability(String outcome, String ranking, double probability) {
    /**
     * Checks the parts.
     *
     * @param outcome     index column
     * @param ranking     the alternatives, best first, joined by {@code " > "}
     * @param probability share of weight draws giving this ranking, in [0, 1]
     * @throws NullPointerException     when the outcome or ranking is null
     * @throws IllegalArgumentException when {@code probability} is outside [0, 1]
     */
    public RankingProbability {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(ranking, "ranking");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability is " + probability + "; must be in [0, 1]");
        }
    }
}

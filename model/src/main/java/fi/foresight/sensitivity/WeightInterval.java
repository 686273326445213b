package fi.foresight.sensitivity;

import java.util.Objects;

/**
 * How far one weight of a panel may move, the other weights of the panel keeping their proportions, before the
 * ranking of the alternatives (scenario × lever) by expected outcome changes. Weights are shares of the panel's
 * total absolute weight.
 *
 * @param outcome      index column
 * @param panel        panel id
 * @param variable     driver id whose weight moves
 * @param weight       the current share
 * @param low          the smallest share with the same ranking (0 when it holds down to 0)
 * @param high         the largest share with the same ranking (1 when it holds up to 1)
 * @param swapAtLow    the two alternatives that swap places just below {@code low}, e.g. {@code "a/none <> b/none"};
 *                     empty when the ranking holds to the end
 * @param swapAtHigh   the two alternatives that swap places just above {@code high}, or empty
 * @param bestLow      the smallest share at which the currently best alternative is still the best
 * @param bestHigh     the largest share at which it is still the best
 * @param topTwoWeight the share nearest to the current one at which the second-ranked alternative overtakes the
 *                     first; NaN when no share in the domain does that
 * @param topTwoChange {@code topTwoWeight - weight}
 */
public record WeightInterval(String outcome, String panel, String variable, double weight, double low, double high,
                             String swapAtLow, String swapAtHigh, double bestLow, double bestHigh,
                             double topTwoWeight, double topTwoChange) {
    /**
     * Checks the parts; null swap labels become empty.
     *
     * @param outcome      index column
     * @param panel        panel id
     * @param variable     driver id whose weight moves
     * @param weight       the current share
     * @param low          the smallest share with the same ranking (0 when it holds down to 0)
     * @param high         the largest share with the same ranking (1 when it holds up to 1)
     * @param swapAtLow    the two alternatives that swap places just below {@code low}, e.g.
     *                     {@code "a/none <> b/none"}; empty when the ranking holds to the end
     * @param swapAtHigh   the two alternatives that swap places just above {@code high}, or empty
     * @param bestLow      the smallest share at which the currently best alternative is still the best
     * @param bestHigh     the largest share at which it is still the best
     * @param topTwoWeight the share nearest to the current one at which the second-ranked alternative overtakes the
     *                     first; NaN when no share in the domain does that
     * @param topTwoChange {@code topTwoWeight - weight}
     * @throws NullPointerException     when the outcome, panel or variable is null
     * @throws IllegalArgumentException when [low, high] does not contain the weight or [bestLow, bestHigh] does not
     *                                  contain [low, high]
     */
    public WeightInterval {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(variable, "variable");
        swapAtLow = swapAtLow == null ? "" : swapAtLow;
        swapAtHigh = swapAtHigh == null ? "" : swapAtHigh;
        if (!(low <= weight && weight <= high)) {
            throw new IllegalArgumentException("interval [" + low + ", " + high + "] must contain the weight " + weight);
        }
        if (!(bestLow <= low && high <= bestHigh)) {
            throw new IllegalArgumentException("the best alternative's interval [" + bestLow + ", " + bestHigh
                    + "] must contain the ranking's interval [" + low + ", " + high + "]");
        }
    }

    /**
     * Whether the ranking holds whatever this weight is (within its sign).
     *
     * @return true when no two alternatives swap places at either end (no {@code swapAtLow} or {@code swapAtHigh})
     */
    public boolean robust() {
        return swapAtLow.isEmpty() && swapAtHigh.isEmpty();
    }
}

package fi.foresight.discovery;

import java.util.List;

/**
 * One box found by scenario discovery: its restricted inputs, and how much of the condition it holds.
 *
 * @param number       the box's number, from 1 (the covering order)
 * @param restrictions the inputs the box restricts, in input order
 * @param coverage     the share of all futures meeting the condition that lie in the box
 * @param density      the share of the box's futures that meet the condition
 * @param mass         the share of all futures that lie in the box
 * @param trajectory   the steps of the search that led to it (PRIM's peeling and pasting; empty for CART)
 */
public record DiscoveryBox(int number, List<Restriction> restrictions, double coverage, double density, double mass,
                           List<Step> trajectory) {
    /**
     * Copies the lists.
     *
     * @param number       the box's number, from 1
     * @param restrictions the inputs the box restricts
     * @param coverage     the share of the cases in the box
     * @param density      the share of the box's futures that are cases
     * @param mass         the share of all futures in the box
     * @param trajectory   the search steps
     */
    public DiscoveryBox {
        restrictions = List.copyOf(restrictions);
        trajectory = List.copyOf(trajectory);
    }

    /**
     * One restricted input: a numeric input between {@code lower} and {@code upper} (NaN for a side left open), or a
     * categorical input limited to {@code values}.
     *
     * @param input  the input name
     * @param lower  the lower limit (the box holds values at or above it), NaN when open
     * @param upper  the upper limit (the box holds values at or below it), NaN when open
     * @param values the categories kept, empty for a numeric input
     * @param quasiP the one-sided binomial p of the box's density against the box without this restriction
     *               (NaN when not computed)
     */
    public record Restriction(String input, double lower, double upper, List<String> values, double quasiP) {
        /**
         * Copies the values.
         *
         * @param input  the input name
         * @param lower  the lower limit, NaN when open
         * @param upper  the upper limit, NaN when open
         * @param values the categories kept
         * @param quasiP the quasi-p value
         */
        public Restriction {
            values = List.copyOf(values);
        }
    }

    /**
     * One step of PRIM's search.
     *
     * @param step       its number from 0 (the unrestricted start)
     * @param phase      {@code peel} or {@code paste}
     * @param coverage   the share of all cases in the box
     * @param density    the share of the box's futures that are cases
     * @param mass       the share of all futures in the box
     * @param restricted the number of restricted inputs
     * @param chosen     whether this is the box reported
     */
    public record Step(int step, String phase, double coverage, double density, double mass, int restricted,
                       boolean chosen) {
    }
}

package fi.foresight.distributions.fit;

import fi.foresight.distributions.Distribution;

/**
 * One family matched to elicited quantiles by least squares.
 *
 * @param family       the family: {@code pert}, {@code beta}, {@code normal} or {@code lognormal}
 * @param distribution the matched distribution
 * @param parameters   the number of parameters matched
 * @param sse          the sum of squared differences between the elicited probabilities and the matched CDF at the
 *                     elicited values (SHELF's criterion; 0 is a perfect match)
 */
public record Match(String family, Distribution distribution, int parameters, double sse) {
}

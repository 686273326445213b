package fi.foresight.distributions.fit;

import fi.foresight.distributions.Distribution;

/**
 * One family fitted to observed values by maximum likelihood, with its goodness of fit.
 *
 * @param family        the family: {@code normal}, {@code lognormal}, {@code beta} or {@code pert}
 * @param distribution  the fitted distribution
 * @param parameters    the number of parameters estimated (for the AIC)
 * @param logLikelihood the log-likelihood of the values at the estimate
 * @param aic           Akaike's information criterion, {@code 2 parameters - 2 logLikelihood} (less is better)
 * @param ks            the Kolmogorov–Smirnov distance between the values' empirical CDF and the fitted CDF
 */
public record Candidate(String family, Distribution distribution, int parameters, double logLikelihood, double aic,
                        double ks) {
}

package fi.foresight.distributions;

import java.util.Objects;

/**
 * A distribution fitted to observed values by maximum likelihood ({@code {type: empirical, values: […], fit: pert,
 * min: 0.5, max: 5.5}}): the fit replaces the observed values in sampling, and the values stay here so that the
 * report can show the fit's goodness (log-likelihood, AIC of every candidate family, Kolmogorov–Smirnov distance,
 * Q–Q chart).
 *
 * <pre>{@code
 * Fitted f = MaximumLikelihood.fitted(Empirical.of(2, 3, 3, 4, 5), "auto", 0.5, 5.5); // in .fit
 * f.distribution();   // the candidate with the least AIC
 * }</pre>
 *
 * @param distribution the fitted distribution (sampled)
 * @param data         the observed values it was fitted to
 * @param family       the family asked for: {@code normal}, {@code lognormal}, {@code beta}, {@code pert} or
 *                     {@code auto}
 * @param min          the lower bound of the support of beta and PERT fits, NaN when not given
 * @param max          the upper bound of the support of beta and PERT fits, NaN when not given
 */
public record Fitted(Distribution distribution, Empirical data, String family, double min, double max)
        implements Derived {

    /**
     * Checks that the parts are there.
     *
     * @param distribution the fitted distribution (sampled)
     * @param data         the observed values it was fitted to
     * @param family       the family asked for
     * @param min          the lower bound of the support of beta and PERT fits, NaN when not given
     * @param max          the upper bound of the support of beta and PERT fits, NaN when not given
     */
    public Fitted {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(family, "family");
    }

    /**
     * The name in model files: a fit is written as {@code type: empirical} with {@code fit:}.
     *
     * @return {@code "empirical"}
     */
    @Override
    public String type() {
        return "empirical";
    }
}

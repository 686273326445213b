/**
 * Distributions from people's views: fitted to observed answers by maximum likelihood
 * ({@link fi.foresight.distributions.fit.MaximumLikelihood}: normal, lognormal, beta, PERT, or the least AIC),
 * matched to an expert's quantiles by least squares as SHELF does ({@link fi.foresight.distributions.fit.Elicitation}),
 * and several experts pooled linearly or logarithmically ({@link fi.foresight.distributions.fit.Pools}).
 * The results are the records {@link fi.foresight.distributions.Fitted}, {@link fi.foresight.distributions.Elicited}
 * and {@link fi.foresight.distributions.Pooled}, which sample as the distribution they derived and keep the views
 * they came from for the report.
 */
package fi.foresight.distributions.fit;

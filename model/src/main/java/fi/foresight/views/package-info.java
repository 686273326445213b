/**
 * The views behind a model's drivers, shown: for every driver fitted to answers, elicited from an expert or pooled
 * from several, {@link fi.foresight.views.Views} gives the candidate families with their goodness of fit (AIC,
 * Kolmogorov–Smirnov distance), the asked and achieved quantiles, each expert's distribution beside the pool, and the
 * charts (a Q–Q chart of each fit, each pool's densities with its experts' in one chart).
 */
package fi.foresight.views;

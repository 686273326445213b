/**
 * Futures tables (morphological fields, Zwicky's morphological analysis with cross-consistency assessment):
 * factors with alternative states, pairwise compatibility judgements and scores, the solution space of
 * consistent configurations (pruned search), fixing states, and the 2 × 2 scenario cross of two key
 * uncertainties. Entry points: {@link fi.foresight.futurestable.FuturesTable},
 * {@link fi.foresight.futurestable.ScenarioCross}.
 */
package fi.foresight.futurestable;

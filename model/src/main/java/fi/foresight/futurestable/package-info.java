/**
 * Futures tables (morphological fields, Zwicky's morphological analysis with cross-consistency assessment):
 * factors with alternative states, pairwise compatibility judgements and scores, the solution space of
 * consistent configurations (pruned search), fixing states, and the 2 × 2 scenario cross of two key
 * uncertainties. The table and the cross themselves are data of the model
 * ({@link fi.foresight.model.FuturesTable}, {@link fi.foresight.model.ScenarioCross}); this package lists and charts the
 * solution space ({@link fi.foresight.futurestable.SolutionSpace#of(fi.foresight.model.FuturesTable)}).
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code model} and on no
 * other; none of them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.futurestable;

/**
 * Sensitivity analysis: which assumption decides the outcome, and whose views matter.
 *
 * <ul>
 *   <li>{@link fi.foresight.sensitivity.Tornado}: one-at-a-time swings (tornado, P10/P90 by default, others at
 *       their median) and spider data;</li>
 *   <li>{@link fi.foresight.sensitivity.Morris}: elementary-effects screening in SALib's units (mu, mu*, sigma,
 *       bootstrap interval of mu*), optionally with Campolongo's spread-optimised trajectories;</li>
 *   <li>{@link fi.foresight.sensitivity.Sobol}: first-order and total Sobol' indices (Saltelli 2010, Jansen 1999),
 *       optional second order, on independently shifted copies of a Sobol' sequence or plain Monte Carlo, with
 *       Student t intervals from the independent replicates (or bootstrap percentile intervals) and a convergence
 *       table;</li>
 *   <li>{@link fi.foresight.sensitivity.Importance}: Spearman rank correlations and standardised regression
 *       coefficients from a Monte Carlo sample;</li>
 *   <li>{@link fi.foresight.sensitivity.DistributionSensitivity}: moment-independent measures from a Monte Carlo
 *       sample, valid with correlated drivers: Borgonovo's delta (bias-reduced, bootstrap interval) and PAWN;</li>
 *   <li>{@link fi.foresight.sensitivity.WeightSensitivity}: how far each stakeholder weight may move before the
 *       ranking of scenarios × levers changes, the smallest move that swaps the best two, and the probability of
 *       each ranking under uncertain weights.</li>
 * </ul>
 *
 * <pre>{@code
 * Tornado.of(model).run();
 * Morris.of(model).trajectories(50).levels(4).seed(1).run();
 * Sobol.of(model).outcome("y").samples(1 << 14).seed(42).run();
 * Importance.of(MonteCarlo.of(model).samples(20_000).keepSamples(true).seed(1).run());
 * WeightSensitivity.of(model).run();
 * }</pre>
 *
 * Every design is evaluated through the evaluator's column-wise kernel in blocks, in parallel; a block's content
 * depends only on the seed and its index, so results are bit-identical for any thread count. Every result is an
 * {@link fi.foresight.analysis.AnalysisResult} with Tablesaw tables and charts in the shared style.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code distributions},
 * {@code evaluation}, {@code model}, {@code montecarlo}, {@code sampling}, {@code time} and on no other; none of
 * them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.sensitivity;

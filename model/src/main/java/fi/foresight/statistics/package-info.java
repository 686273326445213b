/**
 * Mergeable, deterministic statistics of simulated outcomes, shared by Monte Carlo and trajectories:
 * {@link fi.foresight.statistics.Moments} (mean and variance merged in block order), the quantile sketch
 * {@link fi.foresight.statistics.QuantileSketch} with its proven rank error, and what they give per outcome
 * ({@link fi.foresight.statistics.OutcomeStatistics}: percentiles, histograms, CDF, convergence).
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis} and on no other; none of them depends back
 * on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.statistics;

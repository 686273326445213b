/**
 * Monte Carlo simulation of a model over scenarios × levers: {@link fi.foresight.montecarlo.MonteCarlo} runs
 * it, {@link fi.foresight.montecarlo.MonteCarloResult} holds the statistics and turns them into Tablesaw
 * tables and charts.
 *
 * <pre>{@code
 * MonteCarloResult r = MonteCarlo.of(model).samples(1_000_000).seed(42).run();
 * System.out.println(r.summary().printAll());
 * Charts.show(MonteCarloCharts.exceedance(r, "index"));
 * }</pre>
 *
 * <p><b>Statistics and their accuracy.</b>
 * <ul>
 *   <li>Mean, sd, se, min, max: per block (two-pass), merged in block order with the update of Chan, Golub
 *       and LeVeque; exact up to rounding.</li>
 *   <li>Percentiles 1, 5, 10, 25, 50, 75, 90, 95, 99: the smallest value with at least p·n samples at or
 *       below it. Exact below {@value fi.foresight.statistics.QuantileSketch#EXACT_LIMIT} samples; from then on
 *       from a deterministic merge-and-reduce {@link fi.foresight.statistics.QuantileSketch} whose proven rank
 *       error is at most 0.1% of n for n up to 10<sup>9</sup> (the bound actually achieved is reported by
 *       {@link fi.foresight.statistics.OutcomeStatistics#rankErrorBound()}).</li>
 *   <li>Exceedance probabilities of the model's targets: exact counts.</li>
 *   <li>Histograms, CDF and exceedance curves after the run: exact while every value is retained, otherwise
 *       from 4097 quantiles of the sketch.</li>
 *   <li>Convergence: the running mean and its standard error after block 1, 2, … 20, then about every 5% more
 *       blocks, and at the end.</li>
 * </ul>
 *
 * <p><b>Reproducibility.</b> The numbers depend on the model, seed, design, block size and number of samples,
 * never on the number of threads. Memory does not grow with the number of samples unless raw samples are
 * kept.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code distributions},
 * {@code evaluation}, {@code model}, {@code sampling}, {@code statistics}, {@code time} and on no other; none of
 * them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.montecarlo;

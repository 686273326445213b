/**
 * The sealed family of uncertain values ({@link fi.foresight.distributions.Distribution}): each validates itself,
 * knows its moments, CDF and quantile, and samples column-wise from a stream it is handed.
 *
 * <pre>{@code
 * Distribution d = Triangular.of(0.3, 0.5, 0.7);
 * d.mean();                                    // 0.5
 * }</pre>
 *
 * <p><b>Depends on</b> no other package of the workbench (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.distributions;

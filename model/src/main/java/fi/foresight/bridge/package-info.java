/**
 * The bridge from qualitative to quantitative futures: each consistent CIB scenario (or consistent futures-table
 * configuration) becomes an ordinary {@link fi.foresight.model.Scenario} whose overrides are those its variants
 * (states) declare, so that Monte Carlo can run "all consistent scenarios" and show which qualitative futures
 * lead where. Entry point: {@link fi.foresight.bridge.Bridge}.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code cib}, {@code futurestable}, {@code model} and on no
 * other; none of them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.bridge;

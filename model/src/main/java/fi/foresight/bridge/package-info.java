/**
 * The bridge from qualitative to quantitative futures: each consistent CIB scenario (or consistent futures-table
 * configuration) becomes an ordinary {@link fi.foresight.model.Scenario} whose overrides are those its variants
 * (states) declare, so that Monte Carlo can run "all consistent scenarios" and show which qualitative futures
 * lead where. Entry point: {@link fi.foresight.bridge.Bridge}.
 */
package fi.foresight.bridge;

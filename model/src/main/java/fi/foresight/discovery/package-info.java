/**
 * Scenario discovery: under which conditions of the uncertain inputs an outcome meets (or misses) a condition of
 * interest, found over simulated futures with PRIM (the Patient Rule Induction Method of Friedman and Fisher 1999,
 * as used for scenario discovery by Bryant and Lempert 2010 and the EMA Workbench) and with a shallow
 * classification tree (CART). {@link fi.foresight.discovery.ScenarioDiscovery} samples the futures on the job's
 * engine; {@link fi.foresight.discovery.Prim} and {@link fi.foresight.discovery.Cart} work on any
 * {@link fi.foresight.discovery.DiscoveryData}.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code evaluation},
 * {@code model}, {@code sampling} and on no other; none of them depends back on it (PackageCyclesTest; the map in
 * docs/architecture.md).
 */
package fi.foresight.discovery;

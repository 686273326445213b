/**
 * Scenario discovery: under which conditions of the uncertain inputs an outcome meets (or misses) a condition of
 * interest, found over simulated futures with PRIM (the Patient Rule Induction Method of Friedman and Fisher 1999,
 * as used for scenario discovery by Bryant and Lempert 2010 and the EMA Workbench) and with a shallow
 * classification tree (CART). {@link fi.foresight.discovery.ScenarioDiscovery} samples the futures on the job's
 * engine; {@link fi.foresight.discovery.Prim} and {@link fi.foresight.discovery.Cart} work on any
 * {@link fi.foresight.discovery.DiscoveryData}.
 */
package fi.foresight.discovery;

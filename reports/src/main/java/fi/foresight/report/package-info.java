/**
 * Report rendering: the HTML, PDF and XLSX reports of a run in English and Finnish (decision brief, sections,
 * tables, charts, provenance), from the run's results and the message bundles.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis} (its one local runner, {@code LocalPlans}),
 * {@code distributions}, {@code job}, {@code model},
 * {@code rundir} and on no other; none of them depends back on it (PackageCyclesTest; the map in
 * docs/architecture.md).
 */
package fi.foresight.report;

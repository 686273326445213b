/**
 * Job files and what an analysis type needs to take part in a run: reading jobs with every problem at its
 * {@code file:line:col} ({@link fi.foresight.job.JobFiles}; the text is read by {@code io}'s tree reader under the
 * job's rules, {@code JobTreeRules}, and problems are gathered in {@code io}'s {@code Problems}), the registry of analysis types by name
 * ({@link fi.foresight.job.AnalysisRegistry}; the standard one is {@code job.types.AnalysisTypes}), the run
 * context and engines an analysis runs on ({@link fi.foresight.job.RunContext}, {@link fi.foresight.job.Engine}),
 * and the test for text fit to show users ({@link fi.foresight.job.UserText}).
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code cib}, {@code io},
 * {@code model}, {@code time} and on no other; none of them depends back on it (PackageCyclesTest; the map in
 * docs/architecture.md).
 */
package fi.foresight.job;

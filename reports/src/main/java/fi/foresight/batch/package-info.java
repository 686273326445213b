/**
 * Running a job: {@link fi.foresight.batch.JobRunner} plans and runs the job's analyses on its engine, draws their
 * charts in every language ({@code ChartJobs}) and writes the run directory and its reports.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code job}, {@code model},
 * {@code report}, {@code rundir} and on no other; none of them depends back on it (PackageCyclesTest; the map in
 * docs/architecture.md).
 */
package fi.foresight.batch;

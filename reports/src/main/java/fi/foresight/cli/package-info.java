/**
 * The {@code foresight} command line ({@link fi.foresight.cli.Main}, {@link fi.foresight.cli.Foresight}): run,
 * validate, report and the structure commands, with exit codes and error messages in the workbench's words.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code batch}, {@code io}, {@code job}, {@code job.types},
 * {@code model}, {@code report}, {@code rundir} and on no other; none of them depends back on it
 * (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.cli;

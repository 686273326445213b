/**
 * The Foresight Jupyter kernel: JShell with the workbench behind Jupyter's protocol (from {@code jjava-jupyter}),
 * showing tables, charts, models and run directories inline, and reporting errors in the workbench's words.
 * {@link fi.foresight.jupyter.KernelMain} is the jar's entry point; notebook code calls
 * {@link fi.foresight.jupyter.Notebook}.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code chart}, {@code job}, {@code model} and on no other;
 * none of them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.jupyter;

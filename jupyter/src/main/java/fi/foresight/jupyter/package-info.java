/**
 * The Foresight Jupyter kernel: JShell with the workbench behind Jupyter's protocol (from {@code jjava-jupyter}),
 * showing tables, charts, models and run directories inline, and reporting errors in the workbench's words.
 * {@link fi.foresight.jupyter.KernelMain} is the jar's entry point; notebook code calls
 * {@link fi.foresight.jupyter.Notebook}.
 */
package fi.foresight.jupyter;

/**
 * The evaluator: {@link fi.foresight.evaluation.Evaluator#of(fi.foresight.model.Model, String, String)} resolves a
 * scenario's and a lever's overrides, lists the {@link fi.foresight.evaluation.Input}s a design must sample
 * (drivers, then uncertain weights) and compiles the outcomes in dependency order;
 * {@link fi.foresight.evaluation.Kernel} is the one column-wise hot loop every analysis and the Spark module feed.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code distributions}, {@code expression}, {@code model} and
 * on no other; none of them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.evaluation;

/**
 * The seams every analysis shares: {@link fi.foresight.analysis.AnalysisResult} (kind, tables, chart
 * specifications, findings), which the job runner and the report writer loop over without naming a kind; and the
 * seam for running elsewhere: a {@link fi.foresight.analysis.BlockAnalysis} runs here or gives its
 * {@link fi.foresight.analysis.BlockPlan} of numbered tasks whose byte partials ({@link fi.foresight.analysis.PartialBytes})
 * merge in task order; a {@link fi.foresight.analysis.BlockStudy} configures one over a model. The one local runner,
 * {@link fi.foresight.analysis.LocalPlans}, runs plans (and any numbered tasks or list of items) on this machine's
 * threads and is the only class of model/ that makes threads (ThreadPoolTest). Also the model's texts for tables and
 * charts ({@link fi.foresight.analysis.ModelTexts}).
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code chart}, {@code model} and on no other; none of them
 * depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.analysis;

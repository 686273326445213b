/**
 * The analysis types a job file may name, one small class each (options read, analysis planned, results turned
 * into report sections), and {@link fi.foresight.job.types.AnalysisTypes#standard()}, the registry of this build.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code bridge}, {@code chart}, {@code cib},
 * {@code decision}, {@code discovery}, {@code distributions}, {@code evaluation}, {@code futurestable},
 * {@code job}, {@code model}, {@code montecarlo}, {@code sampling}, {@code sensitivity}, {@code statistics},
 * {@code structure}, {@code time} and on no other; none of them depends back on it (PackageCyclesTest; the map in
 * docs/architecture.md).
 */
package fi.foresight.job.types;

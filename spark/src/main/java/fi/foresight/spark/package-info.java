/**
 * The same jobs on Apache Spark, block by block: {@link fi.foresight.spark.SparkEngines} runs a block plan's tasks
 * as Spark tasks and merges their partials in task order on the driver, so results equal the local engine's;
 * {@link fi.foresight.spark.SparkJob} is the spark-submit entry point.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code cib}, {@code cli}, {@code job},
 * {@code job.types}, {@code model}, {@code report} and on no other; none of them depends back on it
 * (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.spark;

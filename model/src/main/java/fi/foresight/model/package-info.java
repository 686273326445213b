/**
 * The scenario model as immutable, always valid records: {@link fi.foresight.model.Model} and its parts (drivers,
 * panels and weights, outcomes, targets, scenarios, levers and their {@link fi.foresight.model.Change}s, time),
 * and its qualitative parts, which are data of the model too: a cross-impact balance system
 * ({@link fi.foresight.model.CrossImpactSystem}: descriptors, variants, matrix; {@link fi.foresight.model.CibScenario}),
 * a MICMAC influence matrix ({@link fi.foresight.model.InfluenceMatrix}) and a futures table
 * ({@link fi.foresight.model.FuturesTable}: factors, states, judgements, configurations; its
 * {@link fi.foresight.model.ScenarioCross}). The analyses of these ({@code cib}, {@code structure},
 * {@code futurestable}) depend on this package, never the reverse. Files are read by {@code fi.foresight.io}
 * ({@code ModelFiles.load(path)}); the constructor of {@code Model} checks every cross-reference and reports all
 * problems at once. A model is built by {@link fi.foresight.model.ModelBuilder} ({@code Model.builder(id)}, or
 * {@code model.toBuilder()} to derive one that keeps every part it does not change); its absent parts are
 * {@code Optional}s, its collections empty, never null.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code distributions}, {@code expression} and on no other;
 * none of them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.model;

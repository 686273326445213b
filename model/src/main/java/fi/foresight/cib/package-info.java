/**
 * Cross-impact balance analysis (CIB, Weimer-Jehle 2006): qualitative systems of descriptors with alternative
 * variants, judged pairwise in an integer cross-impact matrix, and the scenarios that are internally consistent.
 *
 * <h2>Definitions</h2>
 * For a scenario s (one variant s_i per descriptor i) the impact balance of variant b of descriptor j is
 * θ_jb(s) = Σ_i C[(i, s_i), (j, b)] (row = impacting variant, column = impacted variant). Classic CIB has zero
 * diagonal blocks; ScenarioWizard adds diagonal-block "self-impacts" like any other impact, and so does this
 * package when a matrix holds them ({@link fi.foresight.model.CibMatrix#withSelfImpacts}). s is consistent when
 * every chosen variant has a maximal balance in its descriptor. Inconsistency IC(s) = max_j (max_b θ_jb −
 * θ_j,s_j), consistency value CV(s) = min_j (θ_j,s_j − max_{b≠s_j} θ_jb) over descriptors with a rival variant,
 * total impact score TIS(s) = Σ_j θ_j,s_j.
 *
 * <h2>What is computed</h2>
 * <ul>
 * <li>{@link fi.foresight.cib.Cib#consistent()}: every scenario with IC &le; tolerance, by an exact depth-first
 * search that bounds, for each descriptor and pair of its variants, what the unassigned descriptors can still add
 * to the balance difference, and cuts partial scenarios that can no longer be consistent (the 408 million
 * scenarios of the CIB_nested sample take milliseconds). Results are lexicographic by variant indices.</li>
 * <li>Global succession: all descriptors move at once to a variant of maximal balance; a descriptor whose
 * current variant is among the tied maxima keeps it, otherwise the lowest-index tied maximum wins (this
 * reproduces ScenarioWizard's basin counts). Fixed points are exactly the consistent scenarios.
 * {@link fi.foresight.cib.Cib#basins()} scans the whole space with incremental balance updates and a memo of
 * traced successors; {@link fi.foresight.cib.Cib#basins(long, long)} samples seeded random starts.</li>
 * <li>{@link fi.foresight.cib.CibEnsemble}: one matrix per expert (a model's experts are
 * {@link fi.foresight.model.CibJudgements}); {@link fi.foresight.cib.JudgementUncertainty}: exact robust/possible
 * scenarios under ± intervals (uniform or per judgement, {@link fi.foresight.model.JudgementSpread}) and seeded random
 * perturbations; {@link fi.foresight.cib.EnsembleAnalysis}: both for a model's experts, as the job type
 * {@code cib_ensemble} runs them ({@link fi.foresight.cib.EnsembleReport}).</li>
 * <li>{@link fi.foresight.cib.ScenarioWizard}: {@code .scw} projects and {@code .sl} solution files.</li>
 * <li>Charts: {@link fi.foresight.cib.CibResult#tableau()} (descriptors × scenarios) and
 * {@link fi.foresight.cib.CibResult#balanceChart} (the impact balances of one scenario).</li>
 * </ul>
 *
 * <h2>In a model</h2>
 * The system itself (descriptors, variants, matrix, scenarios) is data of the model, in {@code fi.foresight.model}.
 * A model's {@code cib:} section is a {@link fi.foresight.model.CrossImpactSystem} whose
 * {@link fi.foresight.model.Variant}s may declare the overrides of model drivers they imply;
 * {@code fi.foresight.bridge.Bridge} turns the consistent scenarios into Monte Carlo scenarios.
 *
 * <h2>Determinism</h2>
 * Multi-threaded work is split into tasks whose results merge in task order; random draws come from streams
 * derived from (seed, block or draw index) on the calling thread. Results are identical for any thread count.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code io}, {@code model}
 * and on no other; none of them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.cib;

/**
 * Decisions under deep uncertainty over the model's scenarios and levers (the strategy's theses): which lever is
 * robust ({@link fi.foresight.decision.Robustness}: mean, worst scenario, maximum regret, satisficing share), what is
 * worth finding out before choosing ({@link fi.foresight.decision.ValueOfInformation}: EVPI and EVPPI per input) and
 * how strong a lever must be to reach a target with a given probability ({@link fi.foresight.decision.GoalSeek}).
 *
 * <p>All three evaluate one outcome over a set of scenario × lever runs with {@link fi.foresight.decision.FutureGrid}:
 * every run draws its futures from the same block streams (common random numbers, derived from the seed and the
 * block index), so differences between levers are not blurred by sampling noise, and the same seed gives
 * bit-identical results for any thread count and on any engine.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code distributions},
 * {@code evaluation}, {@code model}, {@code sampling} and on no other; none of them depends back on it
 * (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.decision;

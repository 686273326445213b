/**
 * Where the points of a simulation come from: random streams keyed by (seed, block index)
 * ({@link fi.foresight.sampling.BlockStreams}), sampling designs ({@link fi.foresight.sampling.Design}: plain
 * Monte Carlo and Latin hypercube, both per block), and the Iman–Conover rank-correlation method
 * ({@link fi.foresight.sampling.RankCorrelation}), applied within each block. Plain Monte Carlo blocks draw
 * triangular and uniform inputs with a {@link fi.foresight.sampling.SamplingKernel}: PORTABLE (default) or
 * VECTOR (lane generators, on the Vector API when {@code jdk.incubator.vector} is present; other numbers).
 *
 * <pre>{@code
 * Evaluator ev = Evaluator.of(model, "base", "none");
 * BlockSampler s = SamplingPlan.of(ev.inputs(), model.correlations(), Design.MONTE_CARLO).sampler();
 * double[][] in = new double[ev.inputs().size()][4096];
 * s.fill(BlockStreams.forBlock(42, 7), in, 4096);          // block 7 of seed 42, on any thread, any machine
 * }</pre>
 *
 * <p><b>Iman–Conover within a block.</b> The rank correlation is imposed on each block separately: the
 * block's own values are rearranged, never exchanged with other blocks, so blocks stay independent and can be
 * drawn in parallel or on a cluster. The target Spearman ρ is first converted to the Pearson correlation of
 * normal scores that produces it, 2 sin(πρ/6); with blocks of a few thousand points the achieved rank
 * correlation over a whole run is within about 0.005 of the target (tests require 0.02 at 10<sup>5</sup>
 * points). Blocks smaller than the number of correlated inputs plus two are left uncorrelated.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code distributions}, {@code evaluation},
 * {@code model} and on no other; none of them depends back on it (PackageCyclesTest; the map in
 * docs/architecture.md).
 */
package fi.foresight.sampling;

package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CibScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How the consistent scenarios respond to uncertain judgements: every judged impact may lie anywhere within
 * ± {@code halfWidth} of its value. Self-impacts in diagonal blocks are never perturbed; by default neither are
 * the cells judged 0 ("no impact" is taken as certain), see {@link #includeZeros}.
 *
 * <pre>{@code
 * JudgementUncertainty u = Cib.of(system).uncertainty(1);
 * u.bounds();               // exact: robust (consistent for every admissible matrix) and possible scenarios
 * u.sample(1000, 42L);      // 1000 seeded random matrices: how often each scenario is consistent
 * }</pre>
 *
 * <p>Bounds are exact and need no sampling: the difference θ_jb − θ_j,s_j sums, over the impacting
 * descriptors, one cell of column b minus one cell of column s_j, and all these cells can be moved independently.
 * The largest admissible difference therefore adds halfWidth for every perturbable cell involved, the smallest
 * subtracts it. A scenario is <em>robust</em> when even the largest differences stay within the tolerance, and
 * <em>possible</em> when the smallest do (the same admissible matrix achieves all smallest differences at once:
 * it raises the cells of the chosen variants and lowers all others).
 *
 * <p>Sampling draws, for each draw, an integer uniformly from [−halfWidth, halfWidth] for every perturbable cell
 * (row by row) from the draw's own random stream, derived from (seed, draw index); the result does not depend on
 * the number of threads.
 */
public final class JudgementUncertainty {

    private final CrossImpactSystem system;
    private final int halfWidth;
    private final int tolerance;
    private final int threads;
    private final boolean includeZeros;

    JudgementUncertainty(CrossImpactSystem system, int halfWidth, int tolerance, int threads, boolean includeZeros) {
        this.system = Objects.requireNonNull(system, "system");
        if (halfWidth < 0) {
            throw new IllegalArgumentException("half-width " + halfWidth + " < 0; judgements vary by ± a width >= 0");
        }
        this.halfWidth = halfWidth;
        this.tolerance = tolerance;
        this.threads = threads;
        this.includeZeros = includeZeros;
    }

    /**
     * Also perturb cells judged 0 (default false: a judged "no impact" is certain).
     *
     * @param include true to let judged zeros vary by ± the half-width as well
     * @return a copy of this analysis with that setting
     */
    public JudgementUncertainty includeZeros(boolean include) {
        return new JudgementUncertainty(system, halfWidth, tolerance, threads, include);
    }

    /** True when a cell takes part in the uncertainty. */
    private boolean perturbable(int row, int column) {
        CibMatrix m = system.matrix();
        return descriptorOf(m, row) != descriptorOf(m, column) && (includeZeros || m.cell(row, column) != 0);
    }

    private static int descriptorOf(CibMatrix m, int index) {
        int d = 0;
        while (d + 1 < m.descriptors() && m.offset(d + 1) <= index) {
            d++;
        }
        return d;
    }

    /**
     * Robust and possible scenarios for the whole interval of judgements (exact).
     *
     * @return the nominal, robust and possible scenarios over the interval of judgements
     */
    public UncertaintyBounds bounds() {
        CibMatrix m = system.matrix();
        int total = m.size();
        int[] low = m.cells().clone();
        int[] high = m.cells().clone();
        for (int r = 0; r < total; r++) {
            for (int c = 0; c < total; c++) {
                if (perturbable(r, c)) {
                    low[r * total + c] -= halfWidth;
                    high[r * total + c] += halfWidth;
                }
            }
        }
        List<CibScenario> robust = new ConsistencySearch(m, high, low, tolerance).run(threads, Long.MAX_VALUE);
        List<CibScenario> possible = new ConsistencySearch(m, low, high, tolerance).run(threads, Long.MAX_VALUE);
        List<CibScenario> nominal = new ConsistencySearch(m, tolerance).run(threads, Long.MAX_VALUE);
        return new UncertaintyBounds(system, halfWidth, includeZeros, tolerance, nominal, robust, possible);
    }

    /** One perturbed matrix of draw {@code draw}'s stream (cells row by row). */
    CibMatrix perturbed(UniformRandomProvider rng) {
        CibMatrix m = system.matrix();
        int total = m.size();
        int[] cells = m.cells().clone();
        for (int r = 0; r < total; r++) {
            for (int c = 0; c < total; c++) {
                if (perturbable(r, c)) {
                    cells[r * total + c] += rng.nextInt(2 * halfWidth + 1) - halfWidth;
                }
            }
        }
        return CibMatrix.ofCells(m.variantCounts(), cells, false);
    }

    /**
     * Consistent scenarios of {@code draws} random matrices drawn with {@code seed}, with their frequencies.
     *
     * @param draws the number of random matrices, at least 1
     * @param seed the seed of the draws' random streams
     * @return for each scenario, in how many draws it was consistent
     */
    public UncertaintySample sample(int draws, long seed) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws = " + draws + "; use at least 1 random matrix");
        }
        List<UniformRandomProvider> streams = BlockStreams.of(seed, draws);
        List<List<CibScenario>> found = new ArrayList<>(draws);
        if (threads <= 1) {
            for (int d = 0; d < draws; d++) {
                found.add(new ConsistencySearch(perturbed(streams.get(d)), tolerance).run(1, Long.MAX_VALUE));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "cib-uncertainty");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<List<CibScenario>>> fs = new ArrayList<>();
                for (int d = 0; d < draws; d++) {
                    UniformRandomProvider rng = streams.get(d);
                    fs.add(pool.submit(() -> new ConsistencySearch(perturbed(rng), tolerance).run(1, Long.MAX_VALUE)));
                }
                for (Future<List<CibScenario>> f : fs) {
                    found.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("uncertainty sampling interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Map<CibScenario, Integer> counts = new TreeMap<>();
        for (List<CibScenario> draw : found) {
            for (CibScenario s : draw) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        List<CibScenario> nominal = new ConsistencySearch(system.matrix(), tolerance).run(threads, Long.MAX_VALUE);
        return new UncertaintySample(system, halfWidth, includeZeros, tolerance, draws, seed, counts, nominal);
    }
}

package fi.foresight.cib;

import fi.foresight.analysis.LocalPlans;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibMatrix;
import fi.foresight.model.CibScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * How the consistent scenarios respond to uncertain judgements: every judged impact may lie anywhere within
 * ± {@code halfWidth} of its value. Self-impacts in diagonal blocks are never perturbed; by default neither are
 * the cells judged 0 ("no impact" is taken as certain), see {@link #includeZeros}. With {@link #spreads} each
 * judgement has its own spread ± k instead (cells of spread 0 stay as judged, zeros included); with
 * {@link #step} each unit of spread moves the cell by a step, so that the summed matrix of experts of total
 * weight W varies as its mean does (a step of W).
 *
 * <pre>{@code
 * JudgementUncertainty u = Cib.of(system).uncertainty(1);
 * u.bounds();               // exact: robust (consistent for every admissible matrix) and possible scenarios
 * u.sample(1000, 42L);      // 1000 seeded random matrices: how often each scenario is consistent
 * }</pre>
 *
 * <p>Bounds are exact and need no sampling: the difference θ_jb − θ_j,s_j sums, over the impacting
 * descriptors, one cell of column b minus one cell of column s_j, and all these cells can be moved independently.
 * The largest admissible difference therefore adds the spread for every perturbable cell involved, the smallest
 * subtracts it. A scenario is <em>robust</em> when even the largest differences stay within the tolerance, and
 * <em>possible</em> when the smallest do (the same admissible matrix achieves all smallest differences at once:
 * it raises the cells of the chosen variants and lowers all others).
 *
 * <p>Sampling draws, for each draw, an integer uniformly from [−k, k] for every perturbable cell of spread k
 * (row by row) from the draw's own random stream, derived from (seed, draw index); the result does not depend on
 * the number of threads.
 */
public final class JudgementUncertainty {

    private final CrossImpactSystem system;
    private final int halfWidth;
    private final int tolerance;
    private final int threads;
    private final boolean includeZeros;
    /** Per-cell spreads, or null for the uniform half-width. */
    private final CibMatrix spreads;
    private final int step;

    JudgementUncertainty(CrossImpactSystem system, int halfWidth, int tolerance, int threads, boolean includeZeros) {
        this(system, halfWidth, tolerance, threads, includeZeros, null, 1);
    }

    private JudgementUncertainty(CrossImpactSystem system, int halfWidth, int tolerance, int threads,
                                 boolean includeZeros, CibMatrix spreads, int step) {
        this.system = Objects.requireNonNull(system, "system");
        if (halfWidth < 0) {
            throw new IllegalArgumentException("half-width " + halfWidth + " < 0; judgements vary by ± a width >= 0");
        }
        if (step < 1) {
            throw new IllegalArgumentException("step " + step + " < 1; a unit of spread moves a cell by at least 1");
        }
        if (spreads != null && !java.util.Arrays.equals(spreads.sizes(), system.matrix().sizes())) {
            throw new IllegalArgumentException("the spreads have variants " + java.util.Arrays.toString(spreads.sizes())
                    + " but the system has " + java.util.Arrays.toString(system.matrix().sizes()));
        }
        if (spreads != null) {
            for (int c : spreads.cells()) {
                if (c < 0) {
                    throw new IllegalArgumentException("a spread is " + c + "; spreads are whole numbers >= 0");
                }
            }
        }
        this.halfWidth = halfWidth;
        this.tolerance = tolerance;
        this.threads = threads;
        this.includeZeros = includeZeros;
        this.spreads = spreads;
        this.step = step;
    }

    /**
     * Also perturb cells judged 0 (default false: a judged "no impact" is certain). Has no effect with
     * {@link #spreads}, which name every cell's spread.
     *
     * @param include true to let judged zeros vary by ± the half-width as well
     * @return a copy of this analysis with that setting
     */
    public JudgementUncertainty includeZeros(boolean include) {
        return new JudgementUncertainty(system, halfWidth, tolerance, threads, include, spreads, step);
    }

    /**
     * A spread per judgement instead of the uniform half-width: cell (r, c) varies within ± spreads(r, c)
     * (times the {@linkplain #step step}); cells of spread 0, and the diagonal blocks, stay as judged.
     *
     * @param perCell whole numbers &ge; 0, of the system's shape
     * @return a copy of this analysis with these spreads
     * @throws IllegalArgumentException when the shape differs or a spread is negative
     */
    public JudgementUncertainty spreads(CibMatrix perCell) {
        return new JudgementUncertainty(system, halfWidth, tolerance, threads, includeZeros,
                Objects.requireNonNull(perCell, "spreads"), step);
    }

    /**
     * How far one unit of spread moves a cell (default 1). For the weighted sum of experts' matrices of total
     * weight W, a step of W lets the sum vary exactly as the mean matrix varies by ± its spread.
     *
     * @param cellsPerUnit at least 1
     * @return a copy of this analysis with that step
     * @throws IllegalArgumentException when {@code cellsPerUnit < 1}
     */
    public JudgementUncertainty step(int cellsPerUnit) {
        return new JudgementUncertainty(system, halfWidth, tolerance, threads, includeZeros, spreads, cellsPerUnit);
    }

    /** The spread of every cell, row-major; 0 where the cell stays as judged. */
    int[] widths() {
        CibMatrix m = system.matrix();
        int total = m.size();
        int[] w = new int[total * total];
        for (int r = 0; r < total; r++) {
            for (int c = 0; c < total; c++) {
                if (descriptorOf(m, r) == descriptorOf(m, c)) {
                    continue;
                }
                if (spreads != null) {
                    w[r * total + c] = spreads.cell(r, c);
                } else if (includeZeros || m.cell(r, c) != 0) {
                    w[r * total + c] = halfWidth;
                }
            }
        }
        return w;
    }

    /** The largest spread of a cell. */
    private int largest(int[] widths) {
        int max = 0;
        for (int w : widths) {
            max = Math.max(max, w);
        }
        return spreads == null ? halfWidth : max;
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
        int[] widths = widths();
        int[] low = m.cells().clone();
        int[] high = m.cells().clone();
        for (int k = 0; k < widths.length; k++) {
            low[k] = Math.subtractExact(low[k], Math.multiplyExact(step, widths[k]));
            high[k] = Math.addExact(high[k], Math.multiplyExact(step, widths[k]));
        }
        List<CibScenario> robust = new ConsistencySearch(m, high, low, tolerance).run(threads, Long.MAX_VALUE);
        List<CibScenario> possible = new ConsistencySearch(m, low, high, tolerance).run(threads, Long.MAX_VALUE);
        List<CibScenario> nominal = new ConsistencySearch(m, tolerance).run(threads, Long.MAX_VALUE);
        return new UncertaintyBounds(system, largest(widths), includeZeros, tolerance, nominal, robust, possible);
    }

    /** One perturbed matrix of draw {@code draw}'s stream (cells row by row). */
    CibMatrix perturbed(UniformRandomProvider rng, int[] widths) {
        CibMatrix m = system.matrix();
        int[] cells = m.cells().clone();
        for (int k = 0; k < cells.length; k++) {
            int w = widths[k];
            if (w > 0) {
                cells[k] += step * (rng.nextInt(2 * w + 1) - w);
            }
        }
        return CibMatrix.ofCells(m.variantCounts(), cells, false);
    }

    /** One perturbed matrix of draw {@code draw}'s stream (cells row by row). */
    CibMatrix perturbed(UniformRandomProvider rng) {
        return perturbed(rng, widths());
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
        List<UniformRandomProvider> streams = CibStreams.of(seed, draws);
        int[] widths = widths();
        List<List<CibScenario>> found = LocalPlans.mapAll(streams, threads, "foresight-cib-uncertainty",
                rng -> new ConsistencySearch(perturbed(rng, widths), tolerance).run(1, Long.MAX_VALUE));
        Map<CibScenario, Integer> counts = new TreeMap<>();
        for (List<CibScenario> draw : found) {
            for (CibScenario s : draw) {
                counts.merge(s, 1, Integer::sum);
            }
        }
        List<CibScenario> nominal = new ConsistencySearch(system.matrix(), tolerance).run(threads, Long.MAX_VALUE);
        return new UncertaintySample(system, largest(widths), includeZeros, tolerance, draws, seed, counts, nominal);
    }
}

package fi.foresight.sampling;

import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.Uniform;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Fills the input columns of one block following a {@link SamplingPlan}. Holds scratch arrays, so use one
 * sampler per thread ({@link SamplingPlan#sampler()}).
 */
public final class BlockSampler {
    private final SamplingPlan plan;
    private final ImanConover imanConover;
    /** The lane stream of the VECTOR kernel when some column uses it, else null. */
    private final Lanes lanes;
    /** The scrambled Sobol' points of the {@link Design#SOBOL} design, else null. */
    private final ScrambledSobol sobol;
    private int[] strata = new int[0];
    private double[] uniforms = new double[0];

    BlockSampler(SamplingPlan plan) {
        this(plan, plan.kernel() == SamplingKernel.VECTOR ? Lanes.create() : null);
    }

    /** With a given lane implementation (tests compare the scalar and the Vector API ones). */
    BlockSampler(SamplingPlan plan, Lanes lanes) {
        this.plan = plan;
        this.imanConover = plan.correlation() == null ? null : new ImanConover(plan.correlation());
        boolean anyLaneColumn = plan.design() == Design.MONTE_CARLO
                && plan.distributions().stream().anyMatch(BlockSampler::onLanes);
        this.lanes = anyLaneColumn ? lanes : null;
        this.sobol = plan.design() == Design.SOBOL ? new ScrambledSobol(plan.distributions().size()) : null;
    }

    /** Families the VECTOR kernel draws from its lanes. */
    static boolean onLanes(Distribution d) {
        return d instanceof Triangular || d instanceof Uniform;
    }

    /**
     * Draws {@code columns[i][0..n)} for every input i from {@code rng}, in the order described in
     * {@link SamplingPlan}.
     *
     * @param rng the block's random stream, e.g. {@link BlockStreams#forBlock(long, long)}
     * @param columns the input columns to fill, {@code columns[i][0..n)} for input i, one per distribution of the plan
     * @param n the number of points in the block, &ge; 0
     * @throws IllegalArgumentException when the number of columns does not match the plan or {@code n} is negative
     */
    public void fill(UniformRandomProvider rng, double[][] columns, int n) {
        List<Distribution> ds = plan.distributions();
        if (columns.length != ds.size()) {
            throw new IllegalArgumentException("expected " + ds.size() + " input columns, got " + columns.length);
        }
        if (n < 0) {
            throw new IllegalArgumentException("block size is " + n + "; must be >= 0");
        }
        if (plan.design() == Design.LATIN_HYPERCUBE) {
            if (strata.length < n) {
                strata = new int[n];
            }
            for (int i = 0; i < ds.size(); i++) {
                LatinHypercube.fill(rng, columns[i], strata, n);
                ds.get(i).quantiles(columns[i], columns[i], n);
            }
        } else if (sobol != null) {
            sobol.fill(rng, columns, n);
            for (int i = 0; i < ds.size(); i++) {
                ds.get(i).quantiles(columns[i], columns[i], n);
            }
        } else if (lanes != null) {
            lanes.seed(rng);
            if (uniforms.length < n) {
                uniforms = new double[n];
            }
            for (int i = 0; i < ds.size(); i++) {
                Distribution d = ds.get(i);
                if (d instanceof Triangular t) {
                    lanes.uniforms(uniforms, n);
                    double width = t.max() - t.min();
                    lanes.triangular(uniforms, columns[i], n, t.min(), t.max(), (t.mode() - t.min()) / width,
                            width * (t.mode() - t.min()), width * (t.max() - t.mode()));
                } else if (d instanceof Uniform un) {
                    lanes.uniforms(uniforms, n);
                    lanes.uniform(uniforms, columns[i], n, un.min(), un.max() - un.min(), un.max());
                } else {
                    d.sample(rng, columns[i], n);
                }
            }
        } else {
            for (int i = 0; i < ds.size(); i++) {
                ds.get(i).sample(rng, columns[i], n);
            }
        }
        if (imanConover != null) {
            imanConover.apply(rng, columns, n);
        }
    }
}

package fi.foresight.sampling;

import fi.foresight.distributions.Distribution;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Fills the input columns of one block following a {@link SamplingPlan}. Holds scratch arrays, so use one
 * sampler per thread ({@link SamplingPlan#sampler()}).
 */
public final class BlockSampler {
    private final SamplingPlan plan;
    private final ImanConover imanConover;
    private int[] strata = new int[0];

    BlockSampler(SamplingPlan plan) {
        this.plan = plan;
        this.imanConover = plan.correlation() == null ? null : new ImanConover(plan.correlation());
    }

    /**
     * Draws {@code columns[i][0..n)} for every input i from {@code rng}, in the order described in
     * {@link SamplingPlan}.
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

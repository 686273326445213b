package fi.foresight.sampling;

import fi.foresight.distributions.Distribution;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Correlation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to draw for a block: one distribution per input column, a {@link Design}, and optionally target rank
 * correlations imposed with Iman–Conover. Immutable and thread-safe; each thread draws through its own
 * {@link #sampler()}.
 *
 * <p>Within a block of {@code n} points, the block's stream is consumed in this fixed order: the input columns
 * in input order (plain Monte Carlo: the distribution's column sampler; Latin hypercube: a permutation of
 * strata and n positions, then the quantile function; Sobol': 53 longs per input for the block's scramble, then the
 * quantile functions), then, when correlations are present, one permutation of
 * the normal scores per correlated column. With the {@link SamplingKernel#VECTOR} kernel, a plain Monte Carlo
 * block that has a triangular or uniform input first takes 8 {@code nextLong()}s to seed its lanes, and those
 * columns draw from the lanes instead of the stream (see {@link SamplingKernel}). Everything therefore depends on (seed, block index, block size)
 * only.
 *
 * <pre>{@code
 * Evaluator ev = Evaluator.of(model, "base", "none");
 * SamplingPlan plan = SamplingPlan.of(ev.inputs(), model.correlations(), Design.LATIN_HYPERCUBE);
 * BlockSampler s = plan.sampler();
 * double[][] in = new double[ev.inputs().size()][4096];
 * s.fill(BlockStreams.forBlock(42, 0), in, 4096);
 * }</pre>
 */
public final class SamplingPlan {
    private final List<Distribution> distributions;
    private final Design design;
    private final RankCorrelation correlation;
    private final SamplingKernel kernel;

    private SamplingPlan(List<Distribution> distributions, Design design, RankCorrelation correlation,
                         SamplingKernel kernel) {
        this.distributions = distributions;
        this.design = design;
        this.correlation = correlation;
        this.kernel = kernel;
    }

    /**
     * Independent inputs.
     *
     * @param distributions the distribution of each input column, in column order
     * @param design how the points of a block are placed
     * @return the plan, with the {@link SamplingKernel#PORTABLE} kernel
     */
    public static SamplingPlan of(List<Distribution> distributions, Design design) {
        return of(distributions, design, null);
    }

    /**
     * Inputs with rank correlations among some columns ({@code correlation} may be null for none).
     *
     * @param distributions the distribution of each input column, in column order
     * @param design how the points of a block are placed
     * @param correlation the target rank correlations among some columns, or null for independent inputs
     * @return the plan, with the {@link SamplingKernel#PORTABLE} kernel
     * @throws IllegalArgumentException when a correlated column does not exist or the Sobol' design cannot take that
     *     many inputs
     */
    public static SamplingPlan of(List<Distribution> distributions, Design design, RankCorrelation correlation) {
        Objects.requireNonNull(design, "design");
        var ds = List.copyOf(distributions);
        if (design == Design.SOBOL && !ds.isEmpty()) {
            ScrambledSobol.check(ds.size());
        }
        if (correlation != null) {
            for (int c : correlation.columns()) {
                if (c >= ds.size()) {
                    throw new IllegalArgumentException("correlated column " + c + " does not exist; there are "
                            + ds.size() + " inputs");
                }
            }
        }
        return new SamplingPlan(ds, design, correlation, SamplingKernel.PORTABLE);
    }

    /**
     * The inputs of an evaluator with a model's correlations between drivers (each correlation names two
     * inputs; correlations naming inputs that are absent are an error).
     *
     * @param inputs the evaluator's inputs, in column order
     * @param correlations the model's correlations between drivers
     * @param design how the points of a block are placed
     * @return the plan, with the {@link SamplingKernel#PORTABLE} kernel
     * @throws IllegalArgumentException when a correlation names an input that is not sampled
     */
    public static SamplingPlan of(List<Input> inputs, List<Correlation> correlations, Design design) {
        var ds = new ArrayList<Distribution>();
        var names = new ArrayList<String>();
        for (Input in : inputs) {
            ds.add(in.distribution());
            names.add(in.name());
        }
        if (correlations.isEmpty()) {
            return of(ds, design, null);
        }
        var involved = new ArrayList<Integer>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (correlations.stream().anyMatch(c -> c.a().equals(name) || c.b().equals(name))) {
                involved.add(i);
            }
        }
        int m = involved.size();
        double[][] s = new double[m][m];
        for (int i = 0; i < m; i++) {
            s[i][i] = 1;
        }
        for (Correlation c : correlations) {
            int a = involved.indexOf(names.indexOf(c.a()));
            int b = involved.indexOf(names.indexOf(c.b()));
            if (a < 0 || b < 0) {
                throw new IllegalArgumentException("correlation " + c.a() + " ~ " + c.b()
                        + " names an input that is not sampled; inputs are " + names);
            }
            s[a][b] = c.rho();
            s[b][a] = c.rho();
        }
        int[] cols = involved.stream().mapToInt(Integer::intValue).toArray();
        return of(ds, design, RankCorrelation.of(cols, s));
    }

    /**
     * The distribution of each input column, in column order.
     *
     * @return the distributions
     */
    public List<Distribution> distributions() {
        return distributions;
    }

    /**
     * How the points of a block are placed.
     *
     * @return the design
     */
    public Design design() {
        return design;
    }

    /**
     * The same plan drawing plain Monte Carlo blocks with another kernel (default
     * {@link SamplingKernel#PORTABLE}); AUTO is resolved here, once.
     *
     * @param kernel the kernel to use; AUTO becomes VECTOR or PORTABLE
     * @return a copy of this plan with the resolved kernel
     */
    public SamplingPlan withKernel(SamplingKernel kernel) {
        Objects.requireNonNull(kernel, "kernel");
        return new SamplingPlan(distributions, design, correlation, kernel.resolve());
    }

    /**
     * The kernel of plain Monte Carlo blocks, PORTABLE or VECTOR (AUTO is resolved by {@link #withKernel}).
     *
     * @return {@link SamplingKernel#PORTABLE} or {@link SamplingKernel#VECTOR}
     */
    public SamplingKernel kernel() {
        return kernel;
    }

    /**
     * The imposed rank correlations, or null.
     *
     * @return the rank correlations imposed by Iman–Conover, or null when the inputs are independent
     */
    public RankCorrelation correlation() {
        return correlation;
    }

    /**
     * A sampler with its own scratch, for one thread.
     *
     * @return a new sampler for one thread
     */
    public BlockSampler sampler() {
        return new BlockSampler(this);
    }
}

package fi.foresight.sensitivity;

import fi.foresight.montecarlo.MonteCarloResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import tech.tablesaw.api.Table;

/**
 * Moment-independent sensitivity from a given Monte Carlo sample: Borgonovo's δ (see {@link BorgonovoDelta}) with
 * the bias correction and bootstrap interval of Plischke et al. (2013), and the PAWN statistics (see {@link Pawn}),
 * per scenario × lever × outcome × input. They need no design of their own and keep the sample's correlations
 * between drivers as they are, so they stay valid where Sobol' indices are only approximate.
 *
 * <pre>{@code
 * MonteCarloResult mc = MonteCarlo.of(model).samples(4096).keepSamples(true).seed(1).run();
 * DistributionSensitivityResult r = DistributionSensitivity.of(mc).resamples(100).seed(1).run();
 * r.table();   // scenario, lever, outcome, variable, delta, delta_low, delta_high, pawn_minimum, …
 * }</pre>
 *
 * <p><b>Bias correction and interval.</b> With δ̂ the estimate on the sample and δ̂<sub>1…B</sub> the estimates on
 * B bootstrap resamples of its rows (each from its own seeded stream; one resample serves every input), the
 * reported δ is the mean of 2δ̂ - δ̂<sub>b</sub>, i.e. 2δ̂ - mean(δ̂<sub>b</sub>), and the interval δ ± z · sd(δ̂<sub>b</sub>)
 * with z the normal quantile of the level, as SALib reports it. (SALib 1.4.8 computes δ̂ itself on one more
 * resample, so its reported value has the expectation mean(δ̂<sub>b</sub>), the bias added rather than removed, and
 * twice the bootstrap's spread; here δ̂ is the sample's own estimate, as in Plischke et al.'s eqn 30.) Results are
 * bit-identical for any thread count.
 *
 * <p>The estimators need the whole sample in memory: n rows × (inputs + outcomes) doubles.
 */
public final class DistributionSensitivity {
    private final Table samples;
    private final List<String> outcomes;
    private Map<String, String> labels;
    private int resamples = 100;
    private double confidence = 0.95;
    private int slices = 10;
    private long seed = 1;
    private int threads = BlockRunner.defaultThreads();

    private DistributionSensitivity(Table samples, List<String> outcomes, Map<String, String> labels) {
        for (String o : outcomes) {
            if (!samples.containsColumn(o)) {
                throw new IllegalArgumentException("the sample table has no outcome column '" + o + "'; columns are "
                        + samples.columnNames());
            }
        }
        this.samples = samples;
        this.outcomes = List.copyOf(outcomes);
        this.labels = labels;
    }

    /**
     * Moment-independent sensitivity of a Monte Carlo run that kept its samples ({@code keepSamples(true)}).
     *
     * @param result a Monte Carlo result with samples
     * @return the analysis, to configure and {@link #run()}
     * @throws IllegalArgumentException when the run did not keep its samples
     */
    public static DistributionSensitivity of(MonteCarloResult result) {
        if (!result.hasSamples()) {
            throw new IllegalArgumentException("the Monte Carlo run did not keep its samples; distribution "
                    + "sensitivity needs a run that keeps them");
        }
        var labels = new HashMap<String, String>();
        result.model().drivers().forEach(d -> labels.put(d.id(), d.label()));
        return new DistributionSensitivity(result.samples(), result.outcomes(), labels);
    }

    /**
     * Moment-independent sensitivity from a sample table: every numeric column that is not an outcome (nor
     * {@code sample}) is an input; rows are grouped by the {@code scenario} and {@code lever} columns when present.
     *
     * @param samples  a sample table such as {@link MonteCarloResult#samples()}
     * @param outcomes the outcome columns in it
     * @return the analysis, to configure and {@link #run()}
     * @throws IllegalArgumentException when an outcome column is missing from the table
     */
    public static DistributionSensitivity of(Table samples, List<String> outcomes) {
        return new DistributionSensitivity(samples, outcomes, Map.of());
    }

    /**
     * Human labels of the inputs, for tables and charts (default: the drivers' labels, or the column names).
     *
     * @param labels input column → label; inputs missing from it keep their default label
     * @return this analysis, for chaining
     */
    public DistributionSensitivity labels(Map<String, String> labels) {
        var merged = new HashMap<>(this.labels);
        merged.putAll(labels);
        this.labels = merged;
        return this;
    }

    /**
     * Bootstrap resamples for δ's bias correction and interval (default 100; 0 for the uncorrected estimate and no
     * interval).
     *
     * @param resamples at least 0
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when {@code resamples < 0}
     */
    public DistributionSensitivity resamples(int resamples) {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples is " + resamples + "; must be >= 0");
        }
        this.resamples = resamples;
        return this;
    }

    /**
     * Level of δ's interval (default 0.95).
     *
     * @param level in (0, 1)
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when {@code level} is outside (0, 1)
     */
    public DistributionSensitivity confidence(double level) {
        Stats.checkConfidence(level);
        this.confidence = level;
        return this;
    }

    /**
     * Number of PAWN slices S (default 10, as SALib).
     *
     * @param slices at least 2
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when {@code slices < 2}
     */
    public DistributionSensitivity slices(int slices) {
        if (slices < 2) {
            throw new IllegalArgumentException("slices is " + slices + "; must be >= 2, e.g. 10");
        }
        this.slices = slices;
        return this;
    }

    /**
     * Seed of the bootstrap resamples (default 1).
     *
     * @param seed any value
     * @return this analysis, for chaining
     */
    public DistributionSensitivity seed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Worker threads (default: available processors); results do not depend on it.
     *
     * @param threads at least 1
     * @return this analysis, for chaining
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public DistributionSensitivity threads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads is " + threads + "; must be >= 1");
        }
        this.threads = threads;
        return this;
    }

    /**
     * Computes δ and PAWN for every scenario × lever × outcome × input that varies, with the settings as they stand
     * when it starts (a {@link DistributionSettings} record).
     *
     * @return the measures
     */
    public DistributionSensitivityResult run() {
        DistributionSettings s = settings();
        List<String> inputs = Importance.inputs(samples, outcomes);
        Map<String, List<Integer>> groups = Importance.groups(samples);
        var measures = new ArrayList<DistributionMeasure>();
        for (var g : groups.entrySet()) {
            String[] sl = g.getKey().split("\u0000", -1);
            int[] rows = g.getValue().stream().mapToInt(Integer::intValue).toArray();
            for (String outcome : outcomes) {
                measures.addAll(outcome(s, sl[0], sl[1], outcome, rows, inputs));
            }
        }
        return new DistributionSensitivityResult(measures, s.confidence());
    }

    /** The settings as they stand, frozen. */
    DistributionSettings settings() {
        return new DistributionSettings(labels, resamples, confidence, slices, seed, threads);
    }

    private List<DistributionMeasure> outcome(DistributionSettings s, String scenario, String lever, String outcome,
                                              int[] allRows, List<String> inputs) {
        int resamples = s.resamples();
        double confidence = s.confidence();
        int slices = s.slices();
        long seed = s.seed();
        int threads = s.threads();
        Map<String, String> labels = s.labels();
        double[] yAll = values(outcome, allRows);
        int[] rows = java.util.stream.IntStream.range(0, allRows.length).filter(r -> Double.isFinite(yAll[r]))
                .map(r -> allRows[r]).toArray();
        double[] y = values(outcome, rows);
        var used = new ArrayList<String>();
        var columns = new ArrayList<double[]>();
        for (String name : inputs) {
            double[] x = values(name, rows);
            if (Importance.varies(x)) {
                used.add(name);
                columns.add(x);
            }
        }
        var out = new ArrayList<DistributionMeasure>();
        int n = y.length;
        if (used.isEmpty() || n < 2) {
            return out;
        }
        int k = used.size();
        double[] sortedY = y.clone();
        Arrays.sort(sortedY);
        boolean constant = sortedY[0] == sortedY[n - 1];
        double[] grid = constant ? null : BorgonovoDelta.grid(y);
        double[] fy = constant ? null : BorgonovoDelta.density(y, grid);
        double[][] boot = new double[resamples][];
        if (!constant && resamples > 0) {
            UniformRandomProvider[] streams = Stats.streams(Stats.derive(seed, Stats.BOOTSTRAP), resamples);
            BlockRunner.run(resamples, threads, b -> boot[b] = resampled(streams[b], y, columns, grid));
        }
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + confidence) / 2);
        for (int i = 0; i < k; i++) {
            double[] x = columns.get(i);
            double delta = constant ? 0 : BorgonovoDelta.estimate(y, x, fy, grid);
            double low = constant ? 0 : Double.NaN;
            double high = low;
            if (!constant && resamples > 0) {
                double[] d = new double[resamples];
                for (int b = 0; b < resamples; b++) {
                    d[b] = boot[b][i];
                }
                delta = 2 * delta - Stats.mean(d, resamples);
                double h = resamples > 1 ? z * Stats.sd(d, resamples) : Double.NaN;
                low = delta - h;
                high = delta + h;
            }
            var p = Pawn.of(y, sortedY, x, slices);
            String name = used.get(i);
            out.add(new DistributionMeasure(scenario, lever, outcome, name, labels.get(name), delta, low, high,
                    p.minimum(), p.mean(), p.median(), p.maximum(), p.cv()));
        }
        return out;
    }

    /** δ̂ of every input on one bootstrap resample of the rows. */
    private static double[] resampled(UniformRandomProvider rng, double[] y, List<double[]> columns, double[] grid) {
        int n = y.length;
        int[] idx = Stats.resample(rng, n);
        double[] yr = new double[n];
        for (int r = 0; r < n; r++) {
            yr[r] = y[idx[r]];
        }
        double[] fy = BorgonovoDelta.density(yr, grid);
        double[] d = new double[columns.size()];
        double[] xr = new double[n];
        for (int i = 0; i < d.length; i++) {
            double[] x = columns.get(i);
            for (int r = 0; r < n; r++) {
                xr[r] = x[idx[r]];
            }
            d[i] = BorgonovoDelta.estimate(yr, xr, fy, grid);
        }
        return d;
    }

    private double[] values(String column, int[] rows) {
        return Importance.values(samples, column, rows);
    }
}

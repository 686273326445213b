package fi.foresight.bench;

import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Discrete;
import fi.foresight.distributions.Distribution;
import fi.foresight.distributions.Empirical;
import fi.foresight.distributions.Gamma;
import fi.foresight.distributions.LogNormal;
import fi.foresight.distributions.Normal;
import fi.foresight.distributions.Pert;
import fi.foresight.distributions.Triangular;
import fi.foresight.distributions.TruncatedNormal;
import fi.foresight.distributions.Uniform;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Column sampling, {@code Distribution.sample(rng, out, n)}, per family: the Monte Carlo hot path. Reported
 * per column of {@link #N} draws; divide by N for ns per draw. Baselines for the same run are in
 * {@link DistributionBaselineBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DistributionSamplingBench {
    static final int N = 10_000;

    @Param({"uniform", "triangular", "pert", "normal", "truncated_normal", "lognormal", "beta", "gamma",
        "discrete", "empirical"})
    public String family;

    private Distribution distribution;
    private UniformRandomProvider rng;
    private final double[] out = new double[N];

    @Setup(Level.Trial)
    public void setUp() {
        rng = RandomSource.XO_SHI_RO_256_PP.create(20240601L);
        distribution = switch (family) {
            case "uniform" -> Uniform.of(0.2, 0.6);
            case "triangular" -> Triangular.of(0.3, 0.45, 0.7);
            case "pert" -> Pert.of(0.3, 0.45, 0.7);
            case "normal" -> Normal.of(0.5, 0.1);
            case "truncated_normal" -> TruncatedNormal.of(0.9, 0.1, 0, 1);
            case "lognormal" -> LogNormal.ofMeanSd(100, 30);
            case "beta" -> Beta.of(2, 5);
            case "gamma" -> Gamma.of(2, 1.5);
            case "discrete" -> Discrete.of(new double[] {0, 1, 2}, new double[] {0.5, 0.3, 0.2});
            case "empirical" -> Empirical.ofCounts(new double[] {1, 2, 3, 4, 5}, new double[] {2, 5, 9, 12, 4});
            default -> throw new IllegalArgumentException(family);
        };
    }

    @Benchmark
    public double[] column() {
        distribution.sample(rng, out, N);
        return out;
    }
}

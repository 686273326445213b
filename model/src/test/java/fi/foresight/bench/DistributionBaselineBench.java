package fi.foresight.bench;

import fi.foresight.distributions.Beta;
import fi.foresight.distributions.Pert;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Baselines for {@link DistributionSamplingBench}, same column size: the textbook two-branch triangular
 * inverse (what the branch-light loop of {@code Triangular} replaces), and PERT through commons-math's
 * general bracketing inverse (what {@code UnitBeta}'s Halley inverse replaces), and PERT and Beta(2, 5) through
 * {@code UnitBeta}'s exact inverse (the column samplers before the rejection samplers replaced them).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DistributionBaselineBench {
    private UniformRandomProvider rng;
    private BetaDistribution pertAsBeta;
    private final double[] out = new double[DistributionSamplingBench.N];
    private final double[] u = new double[DistributionSamplingBench.N];
    private final Pert pert = Pert.of(0.3, 0.45, 0.7);
    private final Beta beta = Beta.of(2, 5);

    @Setup(Level.Trial)
    public void setUp() {
        rng = RandomSource.XO_SHI_RO_256_PP.create(20240601L);
        Pert pert = Pert.of(0.3, 0.45, 0.7);
        pertAsBeta = new BetaDistribution((RandomGenerator) null, pert.alpha(), pert.beta(), Double.MIN_NORMAL);
    }

    @Benchmark
    public double[] naiveTriangular() {
        double a = 0.3;
        double c = 0.45;
        double b = 0.7;
        for (int i = 0; i < out.length; i++) {
            double p = rng.nextDouble();
            if (p < (c - a) / (b - a)) {
                out[i] = a + Math.sqrt(p * (b - a) * (c - a));
            } else {
                out[i] = b - Math.sqrt((1 - p) * (b - a) * (b - c));
            }
        }
        return out;
    }

    /** The column sampler of PERT before the rejection sampler: exact inverse CDF (UnitBeta) of the next uniforms. */
    @Benchmark
    public double[] pertInverseCdf() {
        for (int i = 0; i < u.length; i++) {
            u[i] = rng.nextDouble();
        }
        pert.quantiles(u, out, u.length);
        return out;
    }

    /** The column sampler of Beta(2, 5) before the rejection sampler: exact inverse CDF of the next uniforms. */
    @Benchmark
    public double[] betaInverseCdf() {
        for (int i = 0; i < u.length; i++) {
            u[i] = rng.nextDouble();
        }
        beta.quantiles(u, out, u.length);
        return out;
    }

    @Benchmark
    public double[] pertCommonsMathInverse() {
        for (int i = 0; i < out.length; i++) {
            out[i] = 0.3 + 0.4 * pertAsBeta.inverseCumulativeProbability(rng.nextDouble());
        }
        return out;
    }
}

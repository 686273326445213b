package fi.foresight.bench;

import fi.foresight.distributions.Uniform;
import fi.foresight.model.Model;
import fi.foresight.sensitivity.Sobol;
import fi.foresight.sensitivity.SobolResult;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sobol' indices of the Ishigami function end to end, as SALib's {@code saltelli.sample} + evaluate +
 * {@code sobol.analyze(calc_second_order=False, num_resamples=100)}: N = 2^14 base samples (81 920 evaluations),
 * no second order, 100 bootstrap resamples. {@code run} also computes the convergence table (indices and
 * bootstrap intervals at N = 2^8 … 2^14), which SALib does not; {@code noBootstrap} shows the cost of design,
 * evaluation and point estimates alone. Reported in milliseconds per analysis.
 *
 * <pre>./mvnw -o -Pbench -pl model test-compile exec:exec -Dbench=SobolBench</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class SobolBench {

    @Param({"1", "2"})
    public int threads;

    private Model ishigami;
    private long cpuAtStart;
    private long ops;

    @Setup
    public void setUp() {
        ishigami = Model.builder("ishigami")
                .variable("x1", Uniform.of(-Math.PI, Math.PI))
                .variable("x2", Uniform.of(-Math.PI, Math.PI))
                .variable("x3", Uniform.of(-Math.PI, Math.PI))
                .outcome("y", "sin(x1) + 7 * sin(x2)^2 + 0.1 * x3^4 * sin(x1)")
                .build();
    }

    @Setup(Level.Iteration)
    public void startCpu() {
        cpuAtStart = processCpuNanos();
        ops = 0;
    }

    @TearDown(Level.Iteration)
    public void reportCpu() {
        System.out.printf(Locale.ROOT, " [cpu %.1f ms/op]", (processCpuNanos() - cpuAtStart) / 1e6 / Math.max(1, ops));
    }

    /** CPU time of the whole benchmark JVM (all threads). */
    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean b ? b.getProcessCpuTime() : -1;
    }

    @Benchmark
    public SobolResult run() {
        ops++;
        return Sobol.of(ishigami).outcome("y").samples(1 << 14).bootstrap(100).seed(42).threads(threads).run();
    }

    @Benchmark
    public SobolResult noBootstrap() {
        ops++;
        return Sobol.of(ishigami).outcome("y").samples(1 << 14).bootstrap(0).seed(42).threads(threads).run();
    }
}

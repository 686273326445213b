package fi.foresight.bench;

import fi.foresight.distributions.Triangular;
import fi.foresight.model.Model;
import fi.foresight.model.Panel;
import fi.foresight.montecarlo.MonteCarlo;
import fi.foresight.montecarlo.MonteCarloResult;
import fi.foresight.sampling.SamplingKernel;
import java.lang.management.ManagementFactory;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.random.Well19937c;
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
 * The Monte Carlo job of issue 3: 10,000,000 samples of 8 triangular drivers, their weighted sum, and its 9
 * percentiles (1, 5, 10, 25, 50, 75, 90, 95, 99), timed per job.
 *
 * <ul>
 *   <li>{@code engine}: {@link MonteCarlo} on 1 thread and on all cores, with the PORTABLE and the VECTOR
 *       sampling kernel ({@link SamplingKernel}; the fork adds {@code jdk.incubator.vector}), in a JVM capped at
 *       64 MiB of heap;
 *       the largest heap still in use after any garbage collection (the live set) is printed at the end of
 *       each trial.</li>
 *   <li>Each iteration also prints the CPU time of the benchmark JVM ("[cpu … ms]", all threads), which a
 *       shared, busy machine distorts far less than the wall time.</li>
 *   <li>{@code naive}: what a Java user would write without the workbench: commons-math3
 *       {@code TriangularDistribution.sample()} (default Well19937c generator) in a loop, all sums stored in a
 *       {@code double[]}, sorted, percentiles read off (needs ~80 MB for the array alone, so its JVM gets 1 GiB).</li>
 * </ul>
 *
 * Run: {@code mvn -o -Pbench -pl model test-compile exec:exec -Dbench=MonteCarloBench}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class MonteCarloBench {
    static final int SAMPLES = 10_000_000;
    static final double[] MODES = {0.2, 0.5, 0.8, 0.3, 0.6, 0.4, 0.7, 0.1};
    static final double[] WEIGHTS = {0.20, 0.15, 0.15, 0.10, 0.10, 0.10, 0.10, 0.10};
    static final double[] PERCENTILES = {0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99};

    /** Eight triangular drivers on [0, 1] and their weighted sum (a weighted index; scaling is the identity). */
    static Model model() {
        var b = Model.builder("bench");
        var w = new LinkedHashMap<String, Double>();
        for (int i = 0; i < MODES.length; i++) {
            b.variable("x" + (i + 1), Triangular.of(0, MODES[i], 1));
            w.put("x" + (i + 1), WEIGHTS[i]);
        }
        return b.panel(Panel.of("weights").weights(w).normalise(false)).weightedIndex("sum").build();
    }

    @State(Scope.Benchmark)
    public static class Engine {
        @Param({"1", "0"})
        public int threads;
        @Param({"PORTABLE", "VECTOR"})
        public SamplingKernel kernel;
        Model model;
        double[] last;

        @Setup(Level.Trial)
        public void setUp() {
            model = model();
            if (threads == 0) {
                threads = Runtime.getRuntime().availableProcessors();
            }
            resetPeaks();
        }

        long cpuAtStart;

        @Setup(Level.Iteration)
        public void startCpu() {
            cpuAtStart = processCpuNanos();
        }

        @TearDown(Level.Iteration)
        public void reportCpu() {
            System.out.printf(Locale.ROOT, " [cpu %.0f ms]", (processCpuNanos() - cpuAtStart) / 1e6);
        }

        @TearDown(Level.Trial)
        public void report() {
            System.out.printf(Locale.ROOT, "%n[engine threads=%d kernel=%s vectorised=%b] largest live heap after a GC %.1f MiB (max heap %.1f MiB); p50=%.6f%n",
                    threads, kernel, SamplingKernel.vectorised(), peakHeapMiB(), Runtime.getRuntime().maxMemory() / 1048576.0, last[4]);
        }
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m", "--add-modules", "jdk.incubator.vector"})
    public double[] engine(Engine s) {
        MonteCarloResult r = MonteCarlo.of(s.model).samples(SAMPLES).seed(42).threads(s.threads).kernel(s.kernel)
                .run();
        s.last = r.statistics("base", "none", "sum").percentiles();
        return s.last;
    }

    @State(Scope.Benchmark)
    public static class Naive {
        long cpuAtStart;

        @Setup(Level.Trial)
        public void setUp() {
            resetPeaks();
        }

        @Setup(Level.Iteration)
        public void startCpu() {
            cpuAtStart = processCpuNanos();
        }

        @TearDown(Level.Iteration)
        public void reportCpu() {
            System.out.printf(Locale.ROOT, " [cpu %.0f ms]", (processCpuNanos() - cpuAtStart) / 1e6);
        }

        @TearDown(Level.Trial)
        public void report() {
            // its live set is the array itself, which a young-generation GC never sees collected
            System.out.printf(Locale.ROOT, "%n[naive] keeps %d doubles = %.1f MiB live until sorted%n", SAMPLES,
                    SAMPLES * 8 / 1048576.0);
        }
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
    public double[] naive(Naive s) {
        var rng = new Well19937c(42);
        var ds = new TriangularDistribution[MODES.length];
        for (int i = 0; i < ds.length; i++) {
            ds[i] = new TriangularDistribution(rng, 0, MODES[i], 1);
        }
        double[] sums = new double[SAMPLES];
        for (int k = 0; k < SAMPLES; k++) {
            double x = 0;
            for (int i = 0; i < ds.length; i++) {
                x += WEIGHTS[i] * ds[i].sample();
            }
            sums[k] = x;
        }
        Arrays.sort(sums);
        double[] q = new double[PERCENTILES.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = sums[(int) Math.ceil(PERCENTILES[i] * SAMPLES) - 1];
        }
        return q;
    }

    /** CPU time of the whole benchmark JVM (all threads), robust to other load on a shared machine. */
    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean b ? b.getProcessCpuTime() : -1;
    }

    /** Largest heap in use right after any garbage collection since {@link #resetPeaks()}: the live set. */
    static final AtomicLong LIVE_AFTER_GC = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                    used += u.getUsed();
                }
                LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    static void resetPeaks() {
        LIVE_AFTER_GC.set(0);
    }

    /** The largest live heap seen after a collection (includes non-heap pools reported by the collector). */
    static double peakHeapMiB() {
        return LIVE_AFTER_GC.get() / 1048576.0;
    }
}
